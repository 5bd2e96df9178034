/** Replays conversation transcripts (test/conversations/<lang>/*.yaml) through a channel and checks each step. */
import { expect } from 'vitest';
import { isRange } from '../../src/core/profile.js';

export interface Expectation {
  language?: string;
  /** The field of the question asked in this turn. */
  question?: string;
  /** Substrings (case-insensitive) that must appear in the turn's text, card titles or buttons. */
  says?: string[];
  notSays?: string[];
  /** Scheme ids that must be among the recommendations shown in this turn. */
  schemes?: string[];
  /** Status per scheme id, from channelData.eAdviser.schemes. */
  statuses?: Record<string, string>;
  /** Any scheme id shown must not be one of these. */
  notSchemes?: string[];
}

export interface Step {
  event?: 'start';
  user?: string;
  press?: Record<string, unknown>;
  /** Answers each question from this profile (the matching button, or "not sure") until results are shown. */
  answerUntilResults?: Record<string, unknown>;
  expect?: Expectation;
}

export interface Transcript {
  name: string;
  locale: string;
  steps: Step[];
}

export type Activity = {
  text?: string;
  attachments?: { content: any }[];
  suggestedActions?: { actions: { title: string; value?: any }[] };
  channelData: { eAdviser: { language: string; question?: { field: string; options?: { value: unknown }[] }; schemes?: { id: string; status: string }[] } };
};

/** Sends one input (text, value payload or conversation start) and returns the bot's activities. */
export type Send = (input: { text?: string; value?: unknown; event?: 'start'; locale: string }) => Promise<Activity[]>;

function visibleText(activities: Activity[]): string {
  return activities
    .flatMap((a) => [a.text ?? '', ...(a.attachments ?? []).map((x) => JSON.stringify(x.content)), ...(a.suggestedActions?.actions ?? []).map((x) => x.title)])
    .join('\n')
    .toLowerCase();
}

function lastQuestion(activities: Activity[]) {
  return [...activities].reverse().find((a) => a.channelData.eAdviser.question)?.channelData.eAdviser.question;
}

function shownSchemes(activities: Activity[]) {
  return activities.flatMap((a) => a.channelData.eAdviser.schemes ?? []);
}

/** The button a user with this true value would press: the band containing a number, or the value itself. */
function answerValue(options: { value: unknown }[] | undefined, truth: unknown): unknown {
  if (typeof truth !== 'number' || !options) return truth;
  const band = options.find((o) => isRange(o.value) && truth >= o.value.min && (o.value.max === undefined || truth <= o.value.max));
  return band ? band.value : truth;
}

function check(step: Step, activities: Activity[], where: string): void {
  const want = step.expect;
  if (!want) return;
  const text = visibleText(activities);
  if (want.language) for (const a of activities) expect(a.channelData.eAdviser.language, `${where} language`).toBe(want.language);
  if (want.question) expect(lastQuestion(activities)?.field, `${where} question`).toBe(want.question);
  for (const fragment of want.says ?? []) expect(text, `${where} says "${fragment}"`).toContain(fragment.toLowerCase());
  for (const fragment of want.notSays ?? []) expect(text, `${where} does not say "${fragment}"`).not.toContain(fragment.toLowerCase());
  const shown = shownSchemes(activities);
  for (const id of want.schemes ?? []) expect(shown.map((s) => s.id), `${where} shows ${id}`).toContain(id);
  for (const [id, status] of Object.entries(want.statuses ?? {})) expect(shown.find((s) => s.id === id)?.status, `${where} status of ${id}`).toBe(status);
  for (const id of want.notSchemes ?? []) expect(shown.map((s) => s.id), `${where} hides ${id}`).not.toContain(id);
}

export async function replay(transcript: Transcript, send: Send): Promise<void> {
  let previous: Activity[] = [];
  for (const [index, step] of transcript.steps.entries()) {
    const where = `${transcript.name}, step ${index + 1}`;
    let activities: Activity[];
    if (step.event) activities = await send({ event: 'start', locale: transcript.locale });
    else if (step.user !== undefined) activities = await send({ text: step.user, locale: transcript.locale });
    else if (step.press) activities = await send({ value: step.press, locale: transcript.locale });
    else if (step.answerUntilResults) {
      activities = previous;
      for (let round = 0; round < 12 && shownSchemes(activities).length === 0; round += 1) {
        const question = lastQuestion(activities);
        expect(question, `${where}: a question to answer`).toBeDefined();
        const truth = step.answerUntilResults[question!.field];
        const value = truth === undefined ? null : answerValue(question!.options, truth);
        activities = await send({ value: { field: question!.field, value }, locale: transcript.locale });
      }
    } else throw new Error(`${where}: a step needs event, user, press or answerUntilResults`);
    check(step, activities, where);
    previous = activities;
  }
}
