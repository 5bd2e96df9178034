/*
 * e-adviser embed: adds a chat button and a chat panel to any page.
 *   <script src="https://your-host/embed.js" async></script>
 * Optional attributes: data-bot-origin="https://your-host" (defaults to where this script came from),
 * data-language="en|ms|zh|ta" (defaults to the page's lang). The page's origin must be in the bot's EMBED_ORIGINS.
 */
(function () {
  'use strict';

  var STRINGS = /*__STRINGS__*/ {};
  var script = document.currentScript;
  if (!script || window.eAdviserEmbed) return;

  var origin = new URL(script.getAttribute('data-bot-origin') || script.src, location.href).origin;
  var requested = String(script.getAttribute('data-language') || document.documentElement.lang || 'en').toLowerCase().split(/[-_]/)[0];
  var lang = STRINGS[requested] ? requested : 'en';
  var text = STRINGS[lang];
  var PANEL_ID = 'e-adviser-chat-panel';

  function style(element, rules) {
    for (var name in rules) element.style[name] = rules[name];
    return element;
  }

  var button = style(document.createElement('button'), {
    position: 'fixed', right: '1rem', bottom: '1rem', zIndex: '2147483000', minHeight: '48px', padding: '0 1.25rem',
    border: '0', borderRadius: '24px', background: '#00386b', color: '#ffffff', font: '600 1rem system-ui, sans-serif',
    boxShadow: '0 2px 8px rgba(0,0,0,0.3)', cursor: 'pointer'
  });
  button.type = 'button';
  button.textContent = text.open;
  button.setAttribute('aria-expanded', 'false');
  button.setAttribute('aria-controls', PANEL_ID);

  var panel = style(document.createElement('div'), {
    position: 'fixed', right: '1rem', bottom: '5rem', zIndex: '2147483000', width: '400px', maxWidth: 'calc(100vw - 2rem)',
    height: '640px', maxHeight: 'calc(100vh - 6rem)', display: 'none', flexDirection: 'column', background: '#ffffff',
    border: '1px solid #c8ccd0', borderRadius: '8px', boxShadow: '0 4px 16px rgba(0,0,0,0.3)', overflow: 'hidden'
  });
  panel.id = PANEL_ID;
  panel.setAttribute('role', 'dialog');
  panel.setAttribute('aria-label', text.panel);

  var header = style(document.createElement('div'), {
    display: 'flex', alignItems: 'center', justifyContent: 'space-between', padding: '0.25rem 0.25rem 0.25rem 0.75rem',
    background: '#00386b', color: '#ffffff', font: '600 1rem system-ui, sans-serif'
  });
  var title = document.createElement('span');
  title.textContent = text.panel;
  var close = style(document.createElement('button'), {
    minWidth: '44px', minHeight: '44px', border: '0', background: 'transparent', color: '#ffffff', font: '1.5rem system-ui, sans-serif', cursor: 'pointer'
  });
  close.type = 'button';
  close.textContent = '\u00d7';
  close.setAttribute('aria-label', text.close);
  close.title = text.close;
  header.appendChild(title);
  header.appendChild(close);
  panel.appendChild(header);

  var frame = null;

  function fitScreen() {
    var phone = window.innerWidth < 600;
    style(panel, phone
      ? { right: '0', bottom: '0', width: '100vw', maxWidth: '100vw', height: '100%', maxHeight: '100%', borderRadius: '0' }
      : { right: '1rem', bottom: '5rem', width: '400px', maxWidth: 'calc(100vw - 2rem)', height: '640px', maxHeight: 'calc(100vh - 6rem)', borderRadius: '8px' });
  }

  function open() {
    if (!frame) {
      // The chat loads only when first opened, so the host page stays light.
      frame = style(document.createElement('iframe'), { flex: '1 1 auto', width: '100%', border: '0' });
      frame.title = text.panel;
      frame.src = origin + '/?embed=1&lang=' + encodeURIComponent(lang);
      panel.appendChild(frame);
    }
    fitScreen();
    panel.style.display = 'flex';
    button.setAttribute('aria-expanded', 'true');
    frame.focus();
  }

  function hide() {
    panel.style.display = 'none';
    button.setAttribute('aria-expanded', 'false');
    button.focus();
  }

  button.addEventListener('click', function () {
    if (panel.style.display === 'none') open();
    else hide();
  });
  close.addEventListener('click', hide);
  panel.addEventListener('keydown', function (event) {
    if (event.key === 'Escape') hide();
  });
  window.addEventListener('resize', function () {
    if (panel.style.display !== 'none') fitScreen();
  });

  window.eAdviserEmbed = { open: open, close: hide, origin: origin };
  function mount() {
    document.body.appendChild(panel);
    document.body.appendChild(button);
  }
  if (document.body) mount();
  else document.addEventListener('DOMContentLoaded', mount);
})();
