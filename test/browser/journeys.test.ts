/** In a real browser, per language: pick the language, chat by typing and by buttons, get scheme cards, reload and resume. */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser, requireChromium, screenshot } from './chromium.js';
import { nextTurn, openChat, pageProblems, SEND_BOX, transcript } from './chat-page.js';
import { startChatServer, type ChatServer } from './chat-server.js';
import { completeJourney, TYPED } from './journey.js';

/** Browser globals, for code that page.evaluate runs in the page (the project's TypeScript has no DOM library). */
declare const document: any;

/** Each journey starts in another language, so that picking one always switches. */
const JOURNEYS = [
  { lang: 'en', browserLocale: 'zh-SG' },
  { lang: 'ms', browserLocale: 'en-SG' },
  { lang: 'zh', browserLocale: 'en-SG' },
  { lang: 'ta', browserLocale: 'en-SG' },
] as const;
/** Web Chat's own Malay and Chinese interface strings, which must be what the page shows. */
const shipped = (file: string) => JSON.parse(readFileSync(`node_modules/botframework-webchat-api/lib/localization/${file}`, 'utf8')) as Record<string, string>;
const ours = (lang: string) => JSON.parse(readFileSync(`locales/${lang}/webchat.json`, 'utf8')) as { webChat: Record<string, string>; footer: { disclaimer: string } };

describe.sequential('the website chat in a real browser', () => {
  let server: ChatServer;
  beforeAll(async () => {
    requireChromium();
    server = await startChatServer();
  });
  afterAll(async () => server?.close());

  for (const { lang, browserLocale } of JOURNEYS) {
    it(`${lang}: picks the language, chats by typing and buttons, shows scheme cards, resumes after a reload`, async () => {
      const browser = await openBrowser({ locale: browserLocale });
      const { page } = browser;
      const problems = pageProblems(page);
      try {
        await openChat(page, `${server.url}/`);
        let log = await nextTurn(page, 0, browserLocale.slice(0, 2));

        await page.selectOption('#language', lang);
        log = await nextTurn(page, log.length, lang);
        expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
        expect(await page.locator('#disclaimer').innerText()).toBe(ours(lang).footer.disclaimer.replace('{{days}}', '30'));
        const placeholder = await page.locator(SEND_BOX).getAttribute('placeholder');
        expect(placeholder).toBe(ours(lang).webChat.TEXT_INPUT_PLACEHOLDER);
        if (lang === 'ms') expect(placeholder).toBe(shipped('ms-MY.json').TEXT_INPUT_PLACEHOLDER);
        if (lang === 'zh') expect(placeholder).toBe(shipped('zh-CN.json').TEXT_INPUT_PLACEHOLDER);

        const { log: final, psgTitle } = await completeJourney(page, lang, log);
        await page.getByText(psgTitle, { exact: true }).first().waitFor({ state: 'visible' });
        expect(final.filter((a) => a.from.role === 'user').map((a) => a.text)).toContain(TYPED.employees);
        await screenshot(page, `webchat-${lang}-results`);
        // Web Chat keeps to the newest message; a tall window shows the cards whole.
        await page.setViewportSize({ width: 1280, height: 1280 });
        await page.waitForTimeout(300);
        await screenshot(page, `webchat-${lang}-desktop`);
        await page.setViewportSize({ width: 390, height: 844 });

        await page.reload();
        await page.locator(SEND_BOX).waitFor({ state: 'visible' });
        await page.getByText(psgTitle, { exact: true }).first().waitFor({ state: 'visible' });
        await page.locator('#webchat').getByText(TYPED.employees!, { exact: true }).first().waitFor({ state: 'visible' });
        expect(await page.inputValue('#language')).toBe(lang);
        expect((await transcript(page)).length).toBe(final.length);
        await screenshot(page, `webchat-${lang}-reloaded`);
        expect(problems).toEqual([]);
      } finally {
        await browser.close();
      }
    }, 90_000);
  }
});
