/** The dialogue's turn function with an NLU double: the rules of the conversation, independent of the classifier. */
import { describe, expect, it } from 'vitest';
import { LiveCatalogue } from '../../src/catalogue/catalogue.js';
import type { ConversationState, UserInput } from '../../src/core/dialogue.js';
import type { Entity, ParseResult } from '../../src/core/nlu.js';
import type { IntentName, Language } from '../../src/core/taxonomy.js';
import { turn, type DialogueDeps } from '../../src/dialogue/turn.js';
import { UNDO_LIMIT } from '../../src/dialogue/answers.js';
import { shippedSchemes, testTranslator } from '../helpers/app.js';

type Scripted = { intent: IntentName; language?: Language; confidence?: number; entities?: Partial<Entity>[] };
const script = new Map<string, Scripted>();
const nlu = {
  parse(text: string, options: { hint?: Language } = {}): ParseResult {
    const s = script.get(text) ?? { intent: 'out_of_scope' };
    return {
      text, language: s.language ?? options.hint ?? 'en', languageConfidence: s.confidence ?? 0.99,
      intent: { name: s.intent, confidence: 0.9 }, intents: [{ name: s.intent, confidence: 0.9 }],
      entities: (s.entities ?? []).map((e) => ({ text: '', start: 0, end: 0, ...e }) as Entity),
    };
  },
};
const catalogue = new LiveCatalogue(shippedSchemes());
const deps: DialogueDeps = { nlu: () => nlu, catalogue: () => catalogue.current(), translator: testTranslator(), today: () => '2026-11-27', retentionDays: 30 };

function conversation() {
  let state: ConversationState | undefined;
  const effects: unknown[] = [];
  return {
    say(input: UserInput) {
      const result = turn(state, input, deps);
      state = result.state;
      effects.push(...result.effects);
      return result.output;
    },
    get state() {
      return state;
    },
    effects,
  };
}

describe('turn', () => {
  it('welcomes in the channel locale with the notice and the journey choice', () => {
    const out = conversation().say({ event: 'start', locale: 'ms-MY' });
    expect(out.language).toBe('ms');
    expect(out.replies.map((r) => r.text).join(' ')).toMatch(/NRIC/);
    expect(out.replies.at(-1)!.question?.field).toBe('audience');
  });

  it('never asks more than 6 profile questions in a row without showing results, and "not sure" is never met', () => {
    const c = conversation();
    c.say({ value: { field: 'audience', value: 'individual' } });
    let out = c.say({ value: { field: 'needs', value: ['financial_help', 'healthcare', 'housing'] } });
    let questions = 0;
    while (!out.replies.some((r) => r.cards) && questions < 10) {
      const field = out.replies.at(-1)!.question!.field;
      questions += 1;
      out = c.say({ value: { field, value: null } });
    }
    expect(questions).toBeLessThanOrEqual(6);
    const shown = out.replies.find((r) => r.schemes)!.schemes!;
    const withoutCriteria = (id: string) => JSON.stringify(deps.catalogue().get(id)!.eligibility) === '{"all":[]}';
    expect(shown.every((s) => s.status !== 'eligible' || withoutCriteria(s.id))).toBe(true);
    expect(c.state!.skipped.length).toBe(questions);
  });

  it('takes facts from free text, reads them back, and skips their questions', () => {
    script.set('bakery 8 staff', { intent: 'inform', entities: [{ entity: 'sector', value: 'food_services' }, { entity: 'employees', value: 8 }] });
    const c = conversation();
    const out = c.say({ text: 'bakery 8 staff' });
    expect(c.state!.audience).toBe('business');
    expect(c.state!.profile).toEqual({ sector: 'food_services', employees: 8 });
    expect(out.replies.map((r) => r.text).join('\n')).toContain('Noted: Industry: food and beverage; Employees: 8');
    expect(out.replies.at(-1)!.question?.field).toBe('needs');
  });

  it('changes an earlier answer when the user says so, and goes back one answer at a time', () => {
    script.set('actually 20 staff', { intent: 'inform', entities: [{ entity: 'employees', value: 20 }] });
    script.set('go back', { intent: 'go_back' });
    const c = conversation();
    c.say({ value: { field: 'audience', value: 'business' } });
    c.say({ value: { field: 'needs', value: ['hiring'] } });
    c.say({ value: { field: 'employees', value: { min: 1, max: 9 } } });
    c.say({ text: 'actually 20 staff' });
    expect(c.state!.profile.employees).toBe(20);
    const back = c.say({ text: 'go back' });
    expect(c.state!.profile.employees).toEqual({ min: 1, max: 9 });
    expect(back.replies.at(-1)!.question?.field).toBe('employees');
  });

  it('keeps the undo history bounded in a long conversation, and back still undoes the latest answers', () => {
    const c = conversation();
    c.say({ value: { field: 'audience', value: 'business' } });
    c.say({ value: { field: 'needs', value: ['hiring'] } });
    for (let employees = 1; employees <= UNDO_LIMIT * 3; employees += 1) c.say({ value: { field: 'employees', value: employees } });
    expect(c.state!.history).toHaveLength(UNDO_LIMIT);
    script.set('go back', { intent: 'go_back' });
    c.say({ text: 'go back' });
    expect(c.state!.profile.employees).toBe(UNDO_LIMIT * 3 - 1);
  });

  it('switches language on a clear message in another language, not on a short one', () => {
    script.set('ok', { intent: 'affirm', language: 'ms', confidence: 0.5 });
    script.set('saya nak cari bantuan untuk perniagaan', { intent: 'find_schemes', language: 'ms', confidence: 0.97 });
    const c = conversation();
    c.say({ event: 'start', locale: 'en-SG' });
    expect(c.say({ text: 'ok' }).language).toBe('en');
    expect(c.say({ text: 'saya nak cari bantuan untuk perniagaan' }).language).toBe('ms');
  });

  it('keeps the profile when the language changes by the picker', () => {
    const c = conversation();
    c.say({ value: { field: 'audience', value: 'business' } });
    c.say({ value: { field: 'needs', value: ['hiring'] } });
    const out = c.say({ value: { field: 'language', value: 'ta' } });
    expect(out.language).toBe('ta');
    expect(c.state!.needs).toEqual(['hiring']);
    expect(out.replies.at(-1)!.text).toMatch(/[\u0b80-\u0bff]/);
  });

  it('erases the conversation at once after confirmation of forget_me', () => {
    script.set('forget me', { intent: 'forget_me' });
    script.set('yes', { intent: 'affirm' });
    const c = conversation();
    c.say({ value: { field: 'audience', value: 'business' } });
    const asked = c.say({ text: 'forget me' });
    expect(asked.replies.at(-1)!.choices).toHaveLength(2);
    c.say({ text: 'yes' });
    expect(c.state).toBeUndefined();
    expect(c.effects).toContainEqual({ type: 'forget' });
  });

  it('takes a call-back only with consent, and keeps the contact out of the conversation state', () => {
    script.set('talk to an officer', { intent: 'human_agent' });
    const c = conversation();
    c.say({ value: { field: 'audience', value: 'business' } });
    const offer = c.say({ text: 'talk to an officer' });
    expect(offer.replies.at(-1)!.choices!.map((x) => x.value?.action)).toEqual(['callback', 'callback']);
    c.say({ value: { action: 'callback', value: true } });
    c.say({ text: 'Mei Ling' });
    const bad = c.say({ text: 'call me maybe' });
    expect(bad.replies[0]!.text).toMatch(/phone number/);
    c.say({ text: '9123 4567' });
    expect(c.effects).toContainEqual(expect.objectContaining({ type: 'callback', name: 'Mei Ling', contact: '9123 4567' }));
    expect(JSON.stringify(c.state)).not.toMatch(/Mei Ling|9123/);
  });

  it('answers "why do you ask?" naming the schemes the pending question decides', () => {
    script.set('why', { intent: 'why_ask' });
    const c = conversation();
    c.say({ value: { field: 'audience', value: 'business' } });
    const asked = c.say({ value: { field: 'needs', value: ['digitalisation'] } });
    const field = asked.replies.at(-1)!.question!.field;
    const out = c.say({ text: 'why' });
    expect(out.replies[0]!.text).toMatch(/because it decides whether you qualify for/);
    expect(out.replies.at(-1)!.question?.field).toBe(field);
  });

  it('stores a rating from the one-tap button', () => {
    const c = conversation();
    c.say({ value: { action: 'rate', value: true } });
    expect(c.effects).toContainEqual({ type: 'rating', helpful: true });
  });
});
