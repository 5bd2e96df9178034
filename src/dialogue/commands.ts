/** Commands available at any time: welcome, help, restart, back, why, language, my data, forget me, thanks, goodbye. */
import type { Choice } from '../core/dialogue.js';
import { LANGUAGES, type Language } from '../core/taxonomy.js';
import { isProfileField, type ProfileField, type ProfileValue } from '../core/profile.js';
import { fieldLabel, formatValue } from '../eligibility/format.js';
import { evaluateEligibility } from '../eligibility/evaluate.js';
import { optionsForField } from '../eligibility/questions.js';
import { pick } from '../catalogue/localise.js';
import { advance, askAudience, askField, askNeeds, rankForState } from './flow.js';
import { restartedState } from './state.js';
import type { TurnContext } from './context.js';

export function languageChoices(ctx: TurnContext): Choice[] {
  return LANGUAGES.filter((lang) => lang !== ctx.state.language).map((lang) => ({
    title: ctx.deps.translator.t(lang, 'dialogue:language.name'),
    value: { field: 'language', value: lang },
  }));
}

/**
 * Who the adviser is, the guidance-only and personal-data notice, and the first choice. When the first
 * message already says something (`askJourney: false`), that message decides what comes next.
 */
export function welcome(ctx: TurnContext, options: { askJourney?: boolean } = {}): void {
  ctx.state.welcomed = true;
  ctx.say('welcome.intro');
  ctx.say('welcome.notice', { days: ctx.deps.retentionDays });
  ctx.push({ text: ctx.t('welcome.languages'), choices: languageChoices(ctx) });
  if (options.askJourney !== false && !ctx.state.audience) askAudience(ctx);
}

export function help(ctx: TurnContext): void {
  ctx.say('help', undefined, {
    choices: [
      { title: ctx.t('eligibility:value.audience.business'), value: { field: 'audience', value: 'business' } },
      { title: ctx.t('eligibility:value.audience.individual'), value: { field: 'audience', value: 'individual' } },
      { title: ctx.t('button.restart'), value: { action: 'restart' } },
    ],
  });
}

export function restart(ctx: TurnContext): void {
  ctx.state = restartedState(ctx.state);
  ctx.say('restarted');
  askAudience(ctx);
}

/** Re-asks whatever question is pending, in the current language. */
export function reask(ctx: TurnContext): void {
  const pending = ctx.state.pending;
  if (pending?.kind !== 'question') return advance(ctx);
  if (pending.field === 'audience') return askAudience(ctx);
  if (pending.field === 'needs') return askNeeds(ctx);
  if (pending.field === 'language') return void ctx.push({ text: ctx.t('language.ask'), choices: languageChoices(ctx) });
  ctx.state.questionsInRow = Math.max(0, ctx.state.questionsInRow - 1);
  askField(ctx, pending.field, optionsForField(pending.field, rankForState(ctx), ctx.state.profile));
}

/** Undoes the last answer and asks that question again. */
export function goBack(ctx: TurnContext): void {
  const last = ctx.state.history.pop();
  if (!last) {
    ctx.say('back.nothing');
    return reask(ctx);
  }
  const state = ctx.state;
  if (last.field === 'audience') {
    state.audience = last.previous as typeof state.audience;
    return askAudience(ctx);
  }
  if (last.field === 'needs') {
    state.needs = (last.previous as typeof state.needs) ?? [];
    return askNeeds(ctx);
  }
  if (isProfileField(last.field)) {
    if (last.previous === undefined) delete state.profile[last.field];
    else state.profile[last.field] = last.previous as ProfileValue;
    state.skipped = state.skipped.filter((field) => field !== last.field);
    ctx.say('back.done', { label: fieldLabel(last.field, state.language, ctx.deps.translator) });
    state.questionsInRow = Math.max(0, state.questionsInRow - 1);
    return askField(ctx, last.field, optionsForField(last.field, rankForState(ctx), state.profile));
  }
  reask(ctx);
}

/** Why the pending question matters, naming the schemes it decides. */
export function whyAsk(ctx: TurnContext): void {
  const pending = ctx.state.pending;
  if (pending?.kind !== 'question' || !isProfileField(pending.field)) {
    ctx.say('why.general');
    return reask(ctx);
  }
  const field: ProfileField = pending.field;
  const deciding = rankForState(ctx)
    .filter((result) => result.status === 'possible')
    .filter((result) => evaluateEligibility(result.scheme.eligibility, ctx.state.profile).criteria.some((c) => c.criterion.field === field && c.outcome === 'unknown'))
    .slice(0, 3)
    .map((result) => result.scheme.acronym ?? pick(result.scheme.name, ctx.state.language).text);
  ctx.say(deciding.length > 0 ? 'why.field' : 'why.fieldGeneral', {
    label: fieldLabel(field, ctx.state.language, ctx.deps.translator),
    schemes: deciding.join(ctx.t('eligibility:list.separator')),
  });
  reask(ctx);
}

/** Switches the conversation's language; `announce: false` when the user simply wrote in it. */
export function switchLanguage(ctx: TurnContext, language: Language, options: { announce?: boolean } = {}): void {
  ctx.state.language = language;
  ctx.effect({ type: 'insight', name: 'language', value: language });
  if (options.announce !== false) ctx.say('language.switched');
}

/** Everything kept about this conversation, and for how long. */
export function myData(ctx: TurnContext): void {
  const state = ctx.state;
  const lang = state.language;
  const t = ctx.deps.translator;
  // "Label: value" with the language's own colon (full-width in Chinese).
  const pair = (label: string, value: string) => t.t(lang, 'eligibility:requirement.eq', { label, value });
  const facts = (Object.entries(state.profile) as [ProfileField, ProfileValue][]).map(
    ([field, value]) => `• ${pair(fieldLabel(field, lang, t), formatValue(field, value, lang, t))}`,
  );
  const lines = [
    ctx.t('myData.heading'),
    `• ${pair(ctx.t('myData.language'), ctx.t('language.name'))}`,
    ...(state.audience ? [`• ${pair(ctx.t('myData.audience'), ctx.t(`eligibility:value.audience.${state.audience}`))}`] : []),
    ...(state.needs.length > 0 ? [`• ${pair(ctx.t('myData.needs'), state.needs.map((n) => ctx.t(`eligibility:value.need.${n}`)).join(ctx.t('eligibility:list.separator')))}`] : []),
    ...facts,
    ...(state.situation ? [`• ${pair(ctx.t('myData.situation'), `“${state.situation}”`)}`] : []),
    ...(facts.length === 0 && !state.audience ? [ctx.t('myData.nothing')] : []),
    '',
    ctx.t('myData.retention', { days: ctx.deps.retentionDays }),
  ];
  ctx.push({ text: lines.join('\n'), choices: [{ title: ctx.t('button.forgetMe'), value: { action: 'forget' } }] });
}

export function askForgetConfirmation(ctx: TurnContext): void {
  ctx.state.pending = { kind: 'confirm_forget' };
  ctx.say('forget.confirm', undefined, {
    choices: [
      { title: ctx.t('button.yesErase'), value: { action: 'forget', value: true } },
      { title: ctx.t('button.noKeep'), value: { action: 'forget', value: false } },
    ],
  });
}

export function forget(ctx: TurnContext, confirmed: boolean): void {
  if (!confirmed) {
    ctx.state.pending = undefined;
    ctx.say('forget.cancelled');
    return reask(ctx);
  }
  ctx.effect({ type: 'forget' });
  ctx.erased = true;
  ctx.say('forget.done');
}

export function ratingChoices(ctx: TurnContext): Choice[] {
  return [
    { title: ctx.t('button.helpful'), value: { action: 'rate', value: true } },
    { title: ctx.t('button.notHelpful'), value: { action: 'rate', value: false } },
  ];
}

export function thanks(ctx: TurnContext): void {
  ctx.say('thanks', undefined, { choices: ratingChoices(ctx) });
}

export function goodbye(ctx: TurnContext): void {
  ctx.say('goodbye', undefined, { choices: ratingChoices(ctx) });
}

export function rate(ctx: TurnContext, helpful: boolean): void {
  ctx.effect({ type: 'rating', helpful });
  ctx.say(helpful ? 'rating.thanksGood' : 'rating.thanksBad');
}
