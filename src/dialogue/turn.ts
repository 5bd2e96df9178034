/** The conversation: a pure turn(state, input) → { state, replies, effects }. */
import type { ConversationState, TurnEffect, TurnOutput, UserInput } from '../core/dialogue.js';
import type { IntentName } from '../core/taxonomy.js';
import { isLanguage, toLanguage } from '../core/taxonomy.js';
import type { ParseResult } from '../core/nlu.js';
import { redactPersonalData } from '../core/redact.js';
import { applyAnswer, applyFacts, factsFromEntities, interpretAnswer } from './answers.js';
import { callbackContact, callbackName, humanAgent } from './callback.js';
import * as commands from './commands.js';
import { TurnContext, type DialogueDeps } from './context.js';
import { advance, rankForState, showResults } from './flow.js';
import { checkScheme, mentionedScheme, schemeDetails } from './named-scheme.js';
import { handlePayload, isPayload, notUnderstood } from './payloads.js';
import { cloneState, initialState } from './state.js';

export type { DialogueDeps } from './context.js';

export interface TurnResult {
  /** The state to save; undefined when the conversation was erased. */
  state: ConversationState | undefined;
  output: TurnOutput;
  effects: TurnEffect[];
}

/** Intents that are commands even while a question is pending. */
const COMMANDS = new Set<IntentName>([
  'restart', 'go_back', 'why_ask', 'help', 'change_language', 'human_agent', 'my_data', 'forget_me', 'goodbye',
  'thanks', 'scheme_details', 'check_eligibility',
]);
/** A message must be at least this sure of its language to switch the conversation to it. */
const SWITCH_CONFIDENCE = 0.85;
/** Short social replies ("ok 好", "谢谢", "terima kasih") never switch the language on their own. */
const SOCIAL_INTENTS = new Set<IntentName>(['affirm', 'deny', 'thanks', 'greet', 'goodbye', 'dont_know']);
/** Commands whose messages carry no facts worth keeping. */
const FACTLESS = new Set<IntentName>(['restart', 'go_back', 'forget_me', 'my_data', 'why_ask', 'help', 'goodbye', 'thanks']);
const MAX_TEXT = 1000;

export function turn(previous: ConversationState | undefined, input: UserInput, deps: DialogueDeps): TurnResult {
  const language = previous?.language ?? toLanguage(input.locale) ?? 'en';
  const ctx = new TurnContext(deps, previous ? cloneState(previous) : initialState(language), deps.catalogue());
  const text = typeof input.text === 'string' ? input.text.trim().slice(0, MAX_TEXT) : '';
  ctx.state.turns = (ctx.state.turns ?? 0) + 1;

  if (input.event === 'start') {
    if (!ctx.state.welcomed) commands.welcome(ctx);
  } else if (isPayload(input.value)) {
    if (!ctx.state.welcomed && input.value.field !== 'language') commands.welcome(ctx);
    handlePayload(ctx, input.value);
  } else if (text) {
    handleText(ctx, text);
  } else if (!ctx.state.welcomed) {
    commands.welcome(ctx);
  }
  return {
    state: ctx.erased ? undefined : ctx.state,
    output: { language: ctx.state.language, replies: ctx.replies },
    effects: ctx.effects,
  };
}

function handleText(ctx: TurnContext, text: string): void {
  const pending = ctx.state.pending;
  // A name or contact for a call-back is taken as typed and never sent through the NLU or insights.
  if (pending?.kind === 'callback_name') return callbackName(ctx, text, pending.scheme);
  if (pending?.kind === 'callback_contact') return callbackContact(ctx, text, pending.name, pending.scheme);

  const parse = ctx.deps.nlu().parse(text, { hint: ctx.state.language });
  maybeSwitchLanguage(ctx, parse);
  if (!ctx.state.welcomed) {
    commands.welcome(ctx, { askJourney: false });
    if (parse.intent.name === 'greet') return advance(ctx);
  }
  const intent = parse.intent.name;

  // "ya, padam" repeats the request itself: that is a yes too.
  if (pending?.kind === 'confirm_forget' && ['affirm', 'deny', 'forget_me'].includes(intent)) return commands.forget(ctx, intent !== 'deny');
  if (pending?.kind === 'callback_consent' && (intent === 'affirm' || intent === 'deny')) {
    ctx.state.pending = intent === 'affirm' ? { kind: 'callback_name', ...(pending.scheme ? { scheme: pending.scheme } : {}) } : undefined;
    return void ctx.say(intent === 'affirm' ? 'callback.askName' : 'callback.declined');
  }
  if (pending?.kind === 'question') {
    const answer = interpretAnswer(ctx, pending.field, parse);
    // A short answer ("100%", "personal", "15个人") answers the question even when it also looks like a command.
    if (answer !== undefined && (!COMMANDS.has(intent) || isShortAnswer(parse.text))) {
      applyAnswer(ctx, pending.field, answer);
      applyFacts(ctx, withoutField(factsFromEntities(parse.entities, ctx.state.audience), pending.field));
      return ctx.state.focus ? checkScheme(ctx, ctx.state.focus) : advance(ctx);
    }
  }
  handleIntent(ctx, intent, parse, text);
}

/** At most three words (six characters of Chinese, which has no spaces): an answer, not a request. */
function isShortAnswer(text: string): boolean {
  const trimmed = text.trim();
  if (/[\u3400-\u9fff]/u.test(trimmed)) return trimmed.replace(/\s/g, '').length <= 6;
  return trimmed.split(/\s+/).length <= 3;
}

function withoutField<T extends { profile: Record<string, unknown> }>(facts: T, field: string): T {
  const { [field]: _answered, ...rest } = facts.profile;
  return { ...facts, profile: rest };
}

function handleIntent(ctx: TurnContext, intent: IntentName, parse: ParseResult, text: string): void {
  const scheme = mentionedScheme(ctx, parse.entities);
  if (intent === 'change_language') return changeLanguage(ctx, parse);
  // Facts stated along with a question ("am I eligible for Silver Support? I'm 70") are kept first.
  const learned = FACTLESS.has(intent) ? false : applyFacts(ctx, factsFromEntities(parse.entities, ctx.state.audience));
  switch (intent) {
    case 'greet': ctx.say('greet'); return commands.reask(ctx);
    case 'help': return commands.help(ctx);
    case 'restart': return commands.restart(ctx);
    case 'go_back': return commands.goBack(ctx);
    case 'why_ask': return commands.whyAsk(ctx);
    case 'thanks': return commands.thanks(ctx);
    case 'goodbye': return commands.goodbye(ctx);
    case 'my_data': return commands.myData(ctx);
    case 'forget_me': return commands.askForgetConfirmation(ctx);
    case 'human_agent': return humanAgent(ctx, scheme);
    case 'scheme_details': return schemeDetails(ctx, scheme);
    case 'check_eligibility':
      if (scheme) return checkScheme(ctx, scheme);
      break;
    default:
      break;
  }
  if (intent === 'find_schemes' || intent === 'check_eligibility') {
    ctx.state.situation = [ctx.state.situation, redactPersonalData(text)].filter(Boolean).join(' ').slice(-MAX_TEXT);
    if (ctx.state.resultsShown && !learned) return showResults(ctx, rankForState(ctx));
    return advance(ctx);
  }
  if (learned) return ctx.state.focus ? checkScheme(ctx, ctx.state.focus) : advance(ctx);
  if (scheme) return schemeDetails(ctx, scheme);
  if (intent === 'out_of_scope' || intent === 'inform' || intent === 'affirm' || intent === 'deny' || intent === 'dont_know') {
    ctx.effect({ type: 'insight', name: 'not_understood', value: redactPersonalData(text) });
    if (intent === 'out_of_scope') ctx.say('outOfScope');
    return intent === 'out_of_scope' ? commands.reask(ctx) : notUnderstood(ctx);
  }
  advance(ctx);
}

/** Switches to the language asked for (then keeps any facts of the same message), or offers the choice. */
function changeLanguage(ctx: TurnContext, parse: ParseResult): void {
  const language = parse.entities.find((e) => e.entity === 'language')?.value;
  if (isLanguage(language)) {
    commands.switchLanguage(ctx, language);
    applyFacts(ctx, factsFromEntities(parse.entities, ctx.state.audience));
    return commands.reask(ctx);
  }
  ctx.state.pending = { kind: 'question', field: 'language' };
  ctx.push({ text: ctx.t('language.ask'), choices: commands.languageChoices(ctx) });
}

/** Switches only on clear evidence: a confident language id on a message that is not a bare word or number. */
function maybeSwitchLanguage(ctx: TurnContext, parse: ParseResult): void {
  if (parse.language === ctx.state.language || parse.languageConfidence < SWITCH_CONFIDENCE) return;
  const text = parse.text.trim();
  const words = text.split(/\s+/).length;
  if (parse.language === 'zh' || parse.language === 'ta') {
    const script = parse.language === 'zh' ? /[\u3400-\u9fff]/gu : /[\u0b80-\u0bff]/gu;
    const scriptChars = text.match(script)?.length ?? 0;
    const latinWords = text.match(/[a-z]{2,}/giu)?.length ?? 0;
    // "ok 好" or "谢谢" is not a decision to change language; a sentence mostly in the script is.
    if (scriptChars < (parse.language === 'zh' ? 4 : 6) || latinWords > scriptChars / 2) return;
  } else if (words < 3) return;
  if (SOCIAL_INTENTS.has(parse.intent.name) && words < 4 && text.length < 12) return;
  commands.switchLanguage(ctx, parse.language, { announce: false });
}
