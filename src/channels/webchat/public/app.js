/* The website chat page: a language picker, a Direct Line token kept for this tab, and the official Web Chat. */
(function () {
  'use strict';

  var LOCALES = { en: 'en-SG', ms: 'ms-SG', zh: 'zh-SG', ta: 'ta-SG' };
  var LANGUAGE_KEY = 'eAdviser.language';
  var SESSION_KEY = 'eAdviser.directLine';
  var DIRECT_LINE = new URL('/v3/directline', location.href).href;
  var TOKEN_SAVE_INTERVAL_MS = 60000;

  var picker = document.getElementById('language');
  var status = document.getElementById('status');
  var host = document.getElementById('webchat');
  var stringsCache = {};
  var current = { lang: document.body.getAttribute('data-language') || 'en', strings: null };
  var chat = null;
  /** The language most recently asked for (by the picker or by the conversation). */
  var wanted = current.lang;
  /** The conversation's language as its latest reply says, applied once a batch of replies is in. */
  var followed = null;
  /** Which page string the status line shows: 'connecting', 'unavailable' or '' (hidden). */
  var statusKey = 'connecting';

  function storage(kind) {
    try {
      return window[kind];
    } catch {
      return null; // storage disabled: the chat still works, it just forgets on reload
    }
  }

  function remembered(kind, key) {
    var store = storage(kind);
    return store ? store.getItem(key) : null;
  }

  function remember(kind, key, value) {
    var store = storage(kind);
    if (store) store.setItem(key, value);
  }

  /** The picker's last choice, else ?lang=, else the browser's languages, else English. */
  function initialLanguage() {
    var candidates = [remembered('localStorage', LANGUAGE_KEY), new URLSearchParams(location.search).get('lang')]
      .concat(navigator.languages || [navigator.language]);
    for (var i = 0; i < candidates.length; i += 1) {
      var code = String(candidates[i] || '').toLowerCase().split(/[-_]/)[0];
      if (LOCALES[code]) return code;
    }
    return 'en';
  }

  function loadStrings(lang) {
    if (!stringsCache[lang]) {
      stringsCache[lang] = fetch('/webchat/i18n/' + lang + '.json', { credentials: 'same-origin' }).then(function (res) {
        if (!res.ok) throw new Error('strings ' + res.status);
        return res.json();
      });
    }
    return stringsCache[lang];
  }

  function setText(id, value) {
    var element = document.getElementById(id);
    if (element) element.textContent = value;
  }

  function applyPageStrings(lang, strings) {
    document.documentElement.lang = lang;
    document.title = strings.page.title;
    setText('heading', strings.page.heading);
    setText('tagline', strings.page.tagline);
    setText('language-label', strings.language.label);
    setText('chat-label', strings.page.chatLabel);
    setText('disclaimer', strings.footer.disclaimer);
    showStatus(statusKey);
    picker.value = lang;
  }

  function showStatus(key) {
    statusKey = key;
    status.textContent = key && current.strings ? current.strings.page[key] : status.textContent;
    status.hidden = !key;
  }

  function request(path, token) {
    var headers = { Accept: 'application/json' };
    if (token) headers.Authorization = 'Bearer ' + token;
    return fetch(DIRECT_LINE + path, { method: 'POST', headers: headers, credentials: 'omit' }).then(function (res) {
      return res.ok ? res.json() : null;
    });
  }

  function saveSession(session) {
    remember('sessionStorage', SESSION_KEY, JSON.stringify({ token: session.token, conversationId: session.conversationId }));
    return session;
  }

  /** The tab's conversation: refresh the saved token so a reload resumes it, or start a new one. */
  function obtainSession() {
    var saved = null;
    try {
      saved = JSON.parse(remembered('sessionStorage', SESSION_KEY) || 'null');
    } catch {
      saved = null;
    }
    var refreshed = saved && saved.token ? request('/tokens/refresh', saved.token) : Promise.resolve(null);
    return refreshed
      .then(function (session) {
        return session || request('/tokens/generate');
      })
      .then(function (session) {
        if (!session) throw new Error('no Direct Line token');
        return saveSession(session);
      });
  }

  function focusInput() {
    var input = host.querySelector('[data-id="webchat-sendbox-input"]') || host.querySelector('textarea, input[type="text"]');
    if (input) input.focus();
    return Boolean(input);
  }

  var styleOptions = {
    hideUploadButton: true,
    maxMessageLength: 1000,
    suggestedActionLayout: 'flow',
    suggestedActionHeight: 44,
    richCardWrapTitle: true,
    sendBoxTextWrap: true,
    primaryFont: "system-ui, 'Segoe UI', Roboto, 'Noto Sans', 'Noto Sans Tamil', 'Noto Sans CJK SC', sans-serif",
    accent: '#005ea5',
    subtle: '#595959',
    timestampColor: '#595959',
    bubbleBackground: '#f1f3f5',
    bubbleFromUserBackground: '#e3eefa',
    bubbleBorderRadius: 8,
    bubbleFromUserBorderRadius: 8,
    botAvatarInitials: '',
    userAvatarInitials: ''
  };

  function render() {
    window.WebChat.renderWebChat(
      {
        directLine: chat.directLine,
        store: chat.store,
        locale: LOCALES[current.lang],
        overrideLocalizedStrings: current.strings.webChat,
        styleOptions: styleOptions,
        sendTypingIndicator: false
      },
      host
    );
  }

  /** Switches the page and Web Chat to `lang`; with `tellBot`, the conversation too (the CONTRACT's language payload). */
  function setLanguage(lang, tellBot) {
    if (!LOCALES[lang]) return Promise.resolve();
    wanted = lang;
    remember('localStorage', LANGUAGE_KEY, lang);
    return loadStrings(lang).then(function (strings) {
      if (wanted !== lang) return; // a later choice won while these strings loaded
      var changed = lang !== current.lang || !current.strings;
      current = { lang: lang, strings: strings };
      applyPageStrings(lang, strings);
      if (chat && changed) render();
      if (chat && tellBot) {
        chat.store.dispatch({
          type: 'WEB_CHAT/SEND_MESSAGE_BACK',
          payload: { value: { field: 'language', value: lang }, displayText: strings.language.name }
        });
      }
    });
  }

  /** Keeps the picker in step when the conversation changes language (a language button, or a message in another language). */
  function followConversation() {
    return function (next) {
      return function (action) {
        var activity = action.type === 'DIRECT_LINE/INCOMING_ACTIVITY' && action.payload && action.payload.activity;
        var data = activity && activity.from && activity.from.role === 'bot' && activity.channelData && activity.channelData.eAdviser;
        if (data && LOCALES[data.language]) {
          if (followed === null) {
            setTimeout(function () {
              if (followed !== wanted) setLanguage(followed, false);
              followed = null;
            }, 0);
          }
          followed = data.language;
        }
        if (action.type === 'DIRECT_LINE/CONNECT_FULFILLED') {
          setTimeout(function () {
            showStatus('');
            focusInput();
          }, 0);
        }
        if (action.type === 'DIRECT_LINE/CONNECT_REJECTED') showStatus('unavailable');
        return next(action);
      };
    };
  }

  function start() {
    var lang = initialLanguage();
    picker.addEventListener('change', function () {
      setLanguage(picker.value, true);
    });
    return setLanguage(lang, false)
      .then(obtainSession)
      .then(function (session) {
        var directLine = window.WebChat.createDirectLine({
          domain: DIRECT_LINE,
          token: session.token,
          webSocket: false,
          conversationStartProperties: { locale: LOCALES[current.lang] }
        });
        chat = { directLine: directLine, store: window.WebChat.createStore({}, followConversation) };
        // Web Chat refreshes the token every 15 minutes; the tab keeps the newest one for the next reload.
        var keep = function () {
          if (directLine.token) saveSession({ token: directLine.token, conversationId: session.conversationId });
        };
        setInterval(keep, TOKEN_SAVE_INTERVAL_MS);
        window.addEventListener('pagehide', keep);
        render();
      });
  }

  start().catch(function () {
    // Without the strings file, the server-rendered text of the page's first language is the fallback.
    if (!current.strings) status.textContent = status.getAttribute('data-unavailable');
    showStatus('unavailable');
  });
})();
