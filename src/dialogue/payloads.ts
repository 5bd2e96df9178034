/** Button presses and custom clients' `value` payloads (CONTRACT.md "Structured replies"). */
import type { QuestionField } from '../core/dialogue.js';
import { isPlainObject } from '../core/validation.js';
import { isProfileField } from '../core/profile.js';
import { applyAnswer, validAnswer } from './answers.js';
import { detailsReply, whyReply } from './cards.js';
import { callbackConsent, humanAgent } from './callback.js';
import { askForgetConfirmation, forget, goBack, rate, reask, restart, switchLanguage, welcome } from './commands.js';
import type { TurnContext } from './context.js';
import { advance, rankForState, showResults } from './flow.js';
import { checkScheme } from './named-scheme.js';

const QUESTION_FIELDS = new Set<string>(['needs', 'audience', 'language']);

export function isPayload(value: unknown): value is Record<string, unknown> {
  return isPlainObject(value) && (typeof value.field === 'string' || typeof value.action === 'string');
}

/** Handles one payload; unknown or invalid payloads get a clear "not understood" and the question again. */
export function handlePayload(ctx: TurnContext, payload: Record<string, unknown>): void {
  if (typeof payload.field === 'string') return answerField(ctx, payload.field, payload.value);
  const scheme = typeof payload.scheme === 'string' ? ctx.catalogue.get(payload.scheme) : undefined;
  if (scheme) ctx.state.lastScheme = scheme.id;
  switch (payload.action) {
    case 'show_more':
      return ctx.state.audience ? showResults(ctx, rankForState(ctx), ctx.state.shownCount) : advance(ctx);
    case 'why':
      return scheme ? ctx.push(whyReply(ctx, scheme)) : notUnderstood(ctx);
    case 'details':
      return scheme ? ctx.push(detailsReply(ctx, scheme)) : notUnderstood(ctx);
    case 'check':
      return checkScheme(ctx, scheme?.id);
    case 'restart':
      return restart(ctx);
    case 'back':
      return goBack(ctx);
    case 'rate':
      return rate(ctx, payload.value === true || payload.value === 1 || payload.value === 'up');
    case 'callback':
      if (payload.value === undefined) return humanAgent(ctx, scheme?.id);
      return callbackConsent(ctx, payload.value === true, scheme?.id ?? (ctx.state.pending?.kind === 'callback_consent' ? ctx.state.pending.scheme : undefined));
    case 'forget':
      return payload.value === undefined ? askForgetConfirmation(ctx) : forget(ctx, payload.value === true);
    default:
      return notUnderstood(ctx);
  }
}

function answerField(ctx: TurnContext, field: string, value: unknown): void {
  if (!QUESTION_FIELDS.has(field) && !isProfileField(field)) return notUnderstood(ctx);
  const answer = validAnswer(field as QuestionField, value, ctx.state.audience);
  if (answer === undefined) return notUnderstood(ctx);
  if (field === 'language') {
    if (answer === null) return reask(ctx);
    switchLanguage(ctx, answer as typeof ctx.state.language);
    return ctx.state.welcomed ? reask(ctx) : welcome(ctx);
  }
  applyAnswer(ctx, field as QuestionField, answer);
  if (ctx.state.focus) return checkScheme(ctx, ctx.state.focus);
  advance(ctx);
}

export function notUnderstood(ctx: TurnContext): void {
  ctx.say('notUnderstood');
  reask(ctx);
}
