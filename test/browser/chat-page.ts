/** Drives the chat page like a user, and reads the conversation's structured replies (channelData.eAdviser) to decide. */
import type { Page } from 'playwright-core';

/** Browser globals, for code that page.evaluate runs in the page (the project's TypeScript has no DOM library). */
declare const sessionStorage: any;

export type Activity = {
  id: string;
  type: string;
  text?: string;
  from: { role: string };
  attachments?: { contentType: string; content: any }[];
  channelData?: { eAdviser?: { language: string; question?: { field: string; options?: { value: unknown; title: string }[] }; schemes?: { id: string }[] } };
};

const SEND_BOX = '[data-id="webchat-sendbox-input"]';
const REPLY_TIMEOUT_MS = 10_000;

/** The conversation's whole log, read with the tab's own token as Web Chat does. */
export async function transcript(page: Page): Promise<Activity[]> {
  return page.evaluate(async () => {
    const session = JSON.parse(sessionStorage.getItem('eAdviser.directLine') ?? 'null');
    const res = await fetch(`/v3/directline/conversations/${session.conversationId}/activities`, { headers: { Authorization: `Bearer ${session.token}` } });
    return ((await res.json()) as { activities: Activity[] }).activities;
  });
}

export async function session(page: Page): Promise<{ token: string; conversationId: string }> {
  return page.evaluate(() => JSON.parse(sessionStorage.getItem('eAdviser.directLine') ?? 'null'));
}

/** Waits until the chat is connected and its input is on screen. */
export async function openChat(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.locator(SEND_BOX).waitFor({ state: 'visible' });
}

/** Waits for the bot's reply to what was just done: a bot activity after `since` that asks or recommends. */
export async function nextTurn(page: Page, since: number, language: string): Promise<Activity[]> {
  const deadline = Date.now() + REPLY_TIMEOUT_MS;
  for (;;) {
    const log = await transcript(page);
    const fresh = log.slice(since).filter((a) => a.from.role === 'bot');
    const done = fresh.some((a) => a.channelData?.eAdviser?.question || a.channelData?.eAdviser?.schemes);
    if (done && fresh.every((a) => a.channelData?.eAdviser?.language === language)) return log;
    if (Date.now() > deadline) throw new Error(`no reply in ${language} after activity ${since}: ${JSON.stringify(fresh.map((a) => a.text))}`);
    await page.waitForTimeout(200);
  }
}

export function lastQuestion(log: Activity[]) {
  return [...log].reverse().find((a) => a.from.role === 'bot' && a.channelData?.eAdviser?.question)?.channelData?.eAdviser?.question;
}

export async function typeMessage(page: Page, text: string): Promise<void> {
  await page.locator(SEND_BOX).fill(text);
  await page.locator(SEND_BOX).press('Enter');
}

export async function pressButton(page: Page, title: string): Promise<void> {
  await page.getByRole('button', { name: title, exact: true }).last().click();
}

export { SEND_BOX };

/** Collects script errors and Content-Security-Policy violations on the page (none are expected). */
export function pageProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  return problems;
}
