/** Questions about a scheme the user names: what it is, and whether they qualify for it. */
import type { Entity } from '../core/nlu.js';
import { pick } from '../catalogue/localise.js';
import { evaluateEligibility, statusOf } from '../eligibility/evaluate.js';
import { chooseNextQuestion } from '../eligibility/questions.js';
import { detailsReply, whyReply } from './cards.js';
import type { TurnContext } from './context.js';
import { askField, rankForState } from './flow.js';

export function mentionedScheme(ctx: TurnContext, entities: readonly Entity[]): string | undefined {
  const id = entities.find((entity) => entity.entity === 'scheme')?.value;
  return typeof id === 'string' && ctx.catalogue.get(id) ? id : undefined;
}

export function schemeDetails(ctx: TurnContext, schemeId: string | undefined): void {
  const scheme = schemeId ? ctx.catalogue.get(schemeId) : undefined;
  if (!scheme) return void ctx.say('scheme.which');
  ctx.state.lastScheme = scheme.id;
  ctx.push(detailsReply(ctx, scheme));
}

/**
 * Checks one named scheme: says where the user stands and, while it is still possible, asks the question
 * that decides it (the scheme stays in focus until it is settled).
 */
export function checkScheme(ctx: TurnContext, schemeId: string | undefined): void {
  const scheme = schemeId ? ctx.catalogue.get(schemeId) : undefined;
  if (!scheme) return void ctx.say('scheme.which');
  const state = ctx.state;
  state.lastScheme = scheme.id;
  if (state.audience !== scheme.audience) {
    state.audience = scheme.audience;
  }
  const evaluation = evaluateEligibility(scheme.eligibility, state.profile);
  const status = statusOf(evaluation.outcome);
  const name = pick(scheme.name, state.language).text;
  if (status !== 'possible') {
    state.focus = undefined;
    ctx.push(whyReply(ctx, scheme));
    ctx.say(status === 'eligible' ? 'scheme.eligible' : 'scheme.ineligible', { name });
    return;
  }
  state.focus = scheme.id;
  const ranked = rankForState(ctx).filter((result) => result.scheme.id === scheme.id);
  const question = chooseNextQuestion(ranked, state.profile, { exclude: new Set(state.skipped), candidates: 1 });
  if (!question) {
    state.focus = undefined;
    ctx.push(whyReply(ctx, scheme));
    return;
  }
  if (state.questionsInRow === 0) ctx.say('scheme.checking', { name });
  askField(ctx, question.field, question.options);
}
