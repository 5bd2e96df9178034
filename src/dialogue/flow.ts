/** What comes next: the journey, the needs, the most informative question, or the results. */
import type { Choice, Reply } from '../core/dialogue.js';
import { NEEDS_BY_AUDIENCE } from '../core/taxonomy.js';
import { rankSchemes, type RankedScheme } from '../eligibility/match.js';
import { chooseNextQuestion } from '../eligibility/questions.js';
import { viewQuestion } from '../eligibility/recommend.js';
import type { ProfileField } from '../core/profile.js';
import { schemeCard } from './cards.js';
import type { TurnContext } from './context.js';

/** At most this many profile questions in a row before showing what is found so far. */
const MAX_QUESTIONS_IN_ROW = 6;
const RESULTS_PER_PAGE = 5;
/** The candidates the next question tries to settle: those the user is about to see. */
const QUESTION_CANDIDATES = RESULTS_PER_PAGE;

export function notSureChoice(ctx: TurnContext, field: string): Choice {
  return { title: ctx.t('button.notSure'), value: { field, value: null } };
}

export function askAudience(ctx: TurnContext): void {
  ctx.state.pending = { kind: 'question', field: 'audience' };
  const options = (['business', 'individual'] as const).map((value) => ({ value, title: ctx.t(`eligibility:value.audience.${value}`) }));
  ctx.say('ask.audience', undefined, {
    choices: options.map((o) => ({ title: o.title, value: { field: 'audience', value: o.value } })),
    question: { field: 'audience', options },
  });
}

export function askNeeds(ctx: TurnContext): void {
  const audience = ctx.state.audience!;
  ctx.state.pending = { kind: 'question', field: 'needs' };
  const options = NEEDS_BY_AUDIENCE[audience].map((need) => ({ value: need, title: ctx.t(`eligibility:value.need.${need}`) }));
  ctx.say(`ask.needs.${audience}`, undefined, {
    choices: [...options.map((o) => ({ title: o.title, value: { field: 'needs', value: [o.value] } })), notSureChoice(ctx, 'needs')],
    question: { field: 'needs', options, multiSelect: true },
  });
}

export function askField(ctx: TurnContext, field: ProfileField, options: unknown[] | undefined): void {
  const view = viewQuestion(field, options as never, ctx.state.language, ctx.deps.translator);
  ctx.state.pending = { kind: 'question', field };
  ctx.state.questionsInRow += 1;
  ctx.effect({ type: 'insight', name: 'question_asked', value: field });
  const choices: Choice[] = (view.options ?? []).map((o) => ({ title: o.title, value: { field, value: o.value } }));
  ctx.push({
    text: view.text,
    choices: [...choices, notSureChoice(ctx, field)],
    question: { field, ...(view.options ? { options: view.options } : {}) },
  });
}

/** The ranking for the current state; computed once per turn for each distinct state (a turn may ask several times). */
export function rankForState(ctx: TurnContext): RankedScheme[] {
  const state = ctx.state;
  const key = JSON.stringify([state.audience, state.profile, state.needs, state.situation]);
  if (ctx.ranking?.key === key) return ctx.ranking.ranked;
  const ranked = rankSchemes(ctx.catalogue, {
    audience: state.audience!,
    profile: state.profile,
    needs: state.needs,
    text: state.situation,
    today: ctx.deps.today(),
  });
  ctx.ranking = { key, ranked };
  return ranked;
}

/** Shows a page of results as cards, then the follow-up buttons. */
export function showResults(ctx: TurnContext, ranked: RankedScheme[], from = 0): void {
  const shown = ranked.filter((result) => result.status !== 'ineligible');
  const page = shown.slice(from, from + RESULTS_PER_PAGE);
  const state = ctx.state;
  if (page.length === 0) {
    ctx.effect({ type: 'insight', name: 'no_match', value: state.needs.join(',') });
    ctx.say(from === 0 ? 'results.none' : 'results.noMore', undefined, { choices: followUpChoices(ctx, false) });
    return;
  }
  state.shownCount = from + page.length;
  state.resultsShown = true;
  state.questionsInRow = 0;
  ctx.effect({ type: 'insight', name: 'results_shown', value: page.map((r) => r.scheme.id).join(',') });
  const eligible = shown.filter((r) => r.status === 'eligible').length;
  const reply: Reply = {
    text: ctx.t(from === 0 ? 'results.intro' : 'results.more', { count: shown.length, eligible }),
    cards: page.map((result) => schemeCard(ctx, result)),
    schemes: page.map((r) => ({ id: r.scheme.id, status: r.status, score: r.score })),
  };
  ctx.push(reply);
  ctx.say('results.followUp', undefined, { choices: followUpChoices(ctx, shown.length > state.shownCount) });
}

function followUpChoices(ctx: TurnContext, more: boolean): Choice[] {
  return [
    ...(more ? [{ title: ctx.t('button.showMore'), value: { action: 'show_more' } }] : []),
    { title: ctx.t('button.changeAnswer'), value: { action: 'back' } },
    { title: ctx.t('button.restart'), value: { action: 'restart' } },
  ];
}

/** Decides the next step after the user's message has been taken in. */
export function advance(ctx: TurnContext): void {
  const state = ctx.state;
  if (!state.audience) return askAudience(ctx);
  if (state.needs.length === 0 && !state.situation && !state.needsSkipped) return askNeeds(ctx);
  const ranked = rankForState(ctx);
  const question = chooseNextQuestion(ranked, state.profile, { exclude: new Set(state.skipped), candidates: QUESTION_CANDIDATES });
  if (question && state.questionsInRow < MAX_QUESTIONS_IN_ROW) return askField(ctx, question.field, question.options);
  showResults(ctx, ranked);
  if (question) askField(ctx, question.field, question.options);
}
