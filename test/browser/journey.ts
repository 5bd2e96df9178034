/** A café owner's journey to scheme cards, by buttons and by typing, answering from one profile in any language. */
import type { Page } from 'playwright-core';
import { isRange } from '../../src/core/profile.js';
import { lastQuestion, nextTurn, pressButton, typeMessage, type Activity } from './chat-page.js';

export const PSG = 'productivity-solutions-grant';
/** Every question is answered from here. */
const PROFILE: Record<string, unknown> = {
  audience: 'business', registeredInSingapore: true, localShareholdingPct: 100, employees: 8,
  annualRevenueSgd: 600_000, sector: 'food_services', yearsOperating: 4, hasPositiveEquity: true,
};
/** Answers the user types instead of pressing a button. */
export const TYPED: Record<string, string> = { employees: '8' };
const MAX_TURNS = 12;

type Question = NonNullable<ReturnType<typeof lastQuestion>>;

function answerFor(question: Question): { title: string } | { typed: string } {
  if (TYPED[question.field]) return { typed: TYPED[question.field] };
  const truth = PROFILE[question.field];
  const option = question.options?.find((o) =>
    typeof truth === 'number' && isRange(o.value) ? truth >= o.value.min && (o.value.max === undefined || truth <= o.value.max) : o.value === truth,
  );
  if (!option) throw new Error(`no button answers ${question.field} = ${String(truth)}`);
  return { title: option.title };
}

/** Ticks "going digital" in the needs question (an Adaptive Card with checkboxes) and submits it. */
async function chooseNeed(page: Page, log: Activity[]): Promise<void> {
  const card = [...log].reverse().find((a) => a.attachments?.[0]?.contentType === 'application/vnd.microsoft.card.adaptive')!.attachments![0]!.content;
  const digital = card.body[0].choices.find((c: { value: string }) => c.value === 'digitalisation').title as string;
  await page.getByRole('checkbox', { name: digital, exact: true }).last().check();
  await pressButton(page, card.actions[0].title);
}

export interface JourneyResult {
  log: Activity[];
  /** The title of the Productivity Solutions Grant's card, in the conversation's language. */
  psgTitle: string;
}

/** From the audience question to the results: answers each question shown until scheme cards arrive. */
export async function completeJourney(page: Page, language: string, from: Activity[]): Promise<JourneyResult> {
  let log = from;
  for (let turn = 0; turn < MAX_TURNS && !log.some((a) => a.channelData?.eAdviser?.schemes); turn += 1) {
    const question = lastQuestion(log);
    if (!question) throw new Error('the bot asked nothing and showed no results');
    const before = log.length;
    if (question.field === 'needs') await chooseNeed(page, log);
    else {
      const answer = answerFor(question);
      if ('typed' in answer) await typeMessage(page, answer.typed);
      else await pressButton(page, answer.title);
    }
    log = await nextTurn(page, before, language);
  }
  const results = log.find((a) => a.channelData?.eAdviser?.schemes);
  if (!results) throw new Error(`no results after ${MAX_TURNS} turns`);
  const index = results.channelData!.eAdviser!.schemes!.findIndex((s) => s.id === PSG);
  if (index < 0) throw new Error(`${PSG} is not among ${JSON.stringify(results.channelData!.eAdviser!.schemes)}`);
  return { log, psgTitle: results.attachments![index]!.content.title as string };
}
