/** In a real browser: conversations are kept apart, the page passes axe and works by keyboard, and the embed works only where allowed. */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openBrowser, requireChromium, screenshot } from './chromium.js';
import { lastQuestion, nextTurn, openChat, pageProblems, SEND_BOX, session, transcript, typeMessage } from './chat-page.js';
import { startChatServer, type ChatServer } from './chat-server.js';
import { completeJourney } from './journey.js';

/** Browser globals, for code that page.evaluate runs in the page (the project's TypeScript has no DOM library). */
declare const document: any;
declare const window: any;

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Runs axe-core in the page (evaluated, so the page's CSP needs no exception) and returns serious or critical violations. */
async function seriousViolations(page: Page): Promise<{ id: string; impact: string; nodes: string[] }[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = window.axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
    return result.violations
      .filter((v: { impact: string }) => v.impact === 'serious' || v.impact === 'critical')
      .map((v: { id: string; impact: string; nodes: { target: string[]; html: string }[] }) => ({
        id: v.id, impact: v.impact, nodes: v.nodes.map((n) => `${n.target.join(' ')}: ${n.html.slice(0, 300)}`),
      }));
  });
}

/** An agency's page on its own origin, embedding the chat with the documented snippet (the bot's address given later). */
async function agencyPage(botUrl: () => string): Promise<{ url: string; close(): Promise<void> }> {
  const server: Server = createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(`<!doctype html><html lang="ta"><head><meta charset="utf-8">
<title>Agency</title></head><body><main><h1>Agency</h1></main><script src="${botUrl()}/embed.js" async></script></body></html>`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

async function focusedText(page: Page): Promise<string> {
  return page.evaluate(() => document.activeElement?.innerText?.trim() ?? '');
}

describe.sequential('the website chat: isolation, accessibility, embedding', () => {
  let server: ChatServer;
  beforeAll(async () => {
    requireChromium();
    server = await startChatServer();
  });
  afterAll(async () => server?.close());

  it('a token for conversation A can neither read nor post to conversation B', async () => {
    const a = await openBrowser();
    const b = await openBrowser();
    try {
      await openChat(a.page, `${server.url}/`);
      await openChat(b.page, `${server.url}/`);
      await nextTurn(a.page, 0, 'en');
      const before = (await transcript(a.page)).length;
      await typeMessage(a.page, 'only for conversation A');
      await nextTurn(a.page, before, 'en');
      const sessionA = await session(a.page);
      const sessionB = await session(b.page);
      expect(sessionA.conversationId).not.toBe(sessionB.conversationId);

      const attempts = await a.page.evaluate(async ({ token, other }) => {
        const auth = { Authorization: `Bearer ${token}` };
        const read = await fetch(`/v3/directline/conversations/${other}/activities?watermark=`, { headers: auth });
        const post = await fetch(`/v3/directline/conversations/${other}/activities`, {
          method: 'POST', headers: { ...auth, 'Content-Type': 'application/json' }, body: JSON.stringify({ type: 'message', text: 'intruder' }),
        });
        return { read: read.status, post: post.status };
      }, { token: sessionA.token, other: sessionB.conversationId });
      expect(attempts).toEqual({ read: 403, post: 403 });

      const logB = await transcript(b.page);
      expect(logB.length).toBeGreaterThan(0);
      expect(JSON.stringify(logB)).not.toContain('only for conversation A');
      expect(JSON.stringify(logB)).not.toContain('intruder');
      expect(await b.page.locator('#webchat').innerText()).not.toContain('only for conversation A');
    } finally {
      await a.close();
      await b.close();
    }
  }, 60_000);

  it('follows the conversation when the user asks it for another language, and remembers it', async () => {
    const browser = await openBrowser();
    const { page } = browser;
    try {
      await openChat(page, `${server.url}/`);
      const log = await nextTurn(page, 0, 'en');
      await typeMessage(page, '请用中文');
      await nextTurn(page, log.length, 'zh');
      await page.waitForFunction(() => document.documentElement.lang === 'zh');
      expect(await page.inputValue('#language')).toBe('zh');
      await page.reload();
      await page.locator(SEND_BOX).waitFor({ state: 'visible' });
      expect(await page.inputValue('#language')).toBe('zh');
    } finally {
      await browser.close();
    }
  }, 60_000);

  it('passes axe with no serious or critical violations, and works with the keyboard alone', async () => {
    const browser = await openBrowser();
    const { page } = browser;
    const problems = pageProblems(page);
    try {
      await openChat(page, `${server.url}/`);
      let log = await nextTurn(page, 0, 'en');
      // Focus lands on the message input once the chat is connected.
      await page.waitForFunction((selector) => document.activeElement?.matches(selector), SEND_BOX);
      expect(await seriousViolations(page)).toEqual([]);

      // The suggested buttons are reached with Shift+Tab from the input and pressed with Enter.
      const business = lastQuestion(log)!.options!.find((o) => o.value === 'business')!.title;
      for (let step = 0; step < 12 && (await focusedText(page)) !== business; step += 1) await page.keyboard.press('Shift+Tab');
      expect(await focusedText(page)).toBe(business);
      const before = log.length;
      await page.keyboard.press('Enter');
      log = await nextTurn(page, before, 'en');
      expect(lastQuestion(log)!.field).toBe('needs');
      // Checked at once, while Web Chat's screen-reader live region narrates the needs card (an Adaptive Card).
      await page.getByRole('checkbox').first().waitFor({ state: 'visible' });
      expect(await seriousViolations(page)).toEqual([]);

      // The language picker is reachable by keyboard too, and labelled.
      await page.focus('#language');
      expect(await page.evaluate(() => document.activeElement.labels?.[0]?.textContent)).toBe('Language');

      const { psgTitle } = await completeJourney(page, 'en', log);
      await page.getByText(psgTitle, { exact: true }).first().waitFor({ state: 'visible' });
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, 'webchat-en-accessibility');
      expect(problems).toEqual([]);
    } finally {
      await browser.close();
    }
  }, 90_000);

  it('embeds on an allowed agency page with one script tag, and nowhere else', async () => {
    let botUrl = '';
    const allowed = await agencyPage(() => botUrl);
    const foreign = await agencyPage(() => botUrl);
    const bot = await startChatServer({ embedOrigins: [allowed.url] });
    botUrl = bot.url;
    const browser = await openBrowser({ viewport: { width: 1024, height: 800 } });
    const { page } = browser;
    try {
      const strings = JSON.parse(readFileSync('locales/ta/webchat.json', 'utf8')).embed as { open: string; close: string; panel: string };
      await page.goto(allowed.url);
      const launcher = page.getByRole('button', { name: strings.open });
      await launcher.click();
      expect(await launcher.getAttribute('aria-expanded')).toBe('true');
      const chat = page.frameLocator(`iframe[title="${strings.panel}"]`);
      await chat.locator(SEND_BOX).waitFor({ state: 'visible' });
      expect(await chat.locator('#language').inputValue()).toBe('ta');
      await chat.getByText(JSON.parse(readFileSync('locales/ta/dialogue.json', 'utf8')).welcome.intro, { exact: true }).first().waitFor({ state: 'visible' });
      await screenshot(page, 'webchat-embedded-ta');
      await page.getByRole('button', { name: strings.close }).click();
      expect(await launcher.getAttribute('aria-expanded')).toBe('false');
      expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('BUTTON');
      const cors = (origin: string) => page.evaluate(async (url) => {
        try {
          return (await fetch(url, { method: 'POST' })).status;
        } catch {
          return 'blocked';
        }
      }, `${bot.url}/v3/directline/tokens/generate`).then((status) => ({ origin, status }));
      expect(await cors(allowed.url)).toEqual({ origin: allowed.url, status: 200 });

      // Another origin may neither frame the page (frame-ancestors) nor call Direct Line (CORS).
      await page.goto(foreign.url);
      await page.getByRole('button', { name: strings.open }).click();
      await page.waitForTimeout(2000);
      const framed = await Promise.all(page.frames().slice(1).map((frame) => frame.locator(SEND_BOX).count()));
      expect(framed.reduce((sum, count) => sum + count, 0)).toBe(0);
      expect(await cors(foreign.url)).toEqual({ origin: foreign.url, status: 'blocked' });
    } finally {
      await browser.close();
      await bot.close();
      await allowed.close();
      await foreign.close();
    }
  }, 60_000);
});
