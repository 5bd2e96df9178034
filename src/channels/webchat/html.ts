/** The chat page's HTML: server-rendered in one language, then run by /webchat/app.js (no inline script, strict CSP). */
import { LANGUAGES, type Language } from '../../core/taxonomy.js';
import type { AllPageStrings } from './strings.js';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escape = (value: string): string => value.replace(/[&<>"']/g, (ch) => ESCAPES[ch]!);

export interface PageOptions {
  lang: Language;
  strings: AllPageStrings;
  embed: boolean;
  /** Cache-busting versions of the scripts. */
  webChatVersion: string;
  assetVersion: string;
}

/** The chat page in `lang`: header with the language picker, the Web Chat host, the footer disclaimer. */
export function renderPage({ lang, strings, embed, webChatVersion, assetVersion }: PageOptions): string {
  const s = strings[lang];
  const options = LANGUAGES.map(
    (code) => `<option value="${code}" lang="${code}"${code === lang ? ' selected' : ''}>${escape(strings[code].language.name)}</option>`,
  ).join('');
  return `<!doctype html>
<html lang="${lang}" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light">
<link rel="icon" href="data:,">
<title>${escape(s.page.title)}</title>
<link rel="stylesheet" href="/webchat/app.css?v=${assetVersion}">
<script src="/webchat/webchat.js?v=${webChatVersion}" defer></script>
<script src="/webchat/app.js?v=${assetVersion}" defer></script>
</head>
<body class="${embed ? 'embedded' : 'standalone'}" data-language="${lang}">
<header class="bar">
  <div class="brand">
    <h1 id="heading">${escape(s.page.heading)}</h1>
    <p id="tagline" class="tagline">${escape(s.page.tagline)}</p>
  </div>
  <div class="picker">
    <label id="language-label" for="language">${escape(s.language.label)}</label>
    <select id="language" name="language" autocomplete="off">${options}</select>
  </div>
</header>
<main id="chat" aria-labelledby="chat-label">
  <h2 id="chat-label" class="visually-hidden">${escape(s.page.chatLabel)}</h2>
  <p id="status" class="status" role="status" data-unavailable="${escape(s.page.unavailable)}">${escape(s.page.connecting)}</p>
  <div id="webchat" class="webchat"></div>
  <noscript><p class="status">${escape(s.page.noScript)}</p></noscript>
</main>
<footer class="footer">
  <p id="disclaimer">${escape(s.footer.disclaimer)}</p>
</footer>
</body>
</html>
`;
}
