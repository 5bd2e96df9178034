/** Scheme cards, full explanations ("Why?") and details, in the conversation's language. */
import type { Reply, SchemeCard } from '../core/dialogue.js';
import type { Scheme } from '../core/scheme.js';
import { pick } from '../catalogue/localise.js';
import type { RankedScheme } from '../eligibility/match.js';
import { viewResult } from '../eligibility/recommend.js';
import { evaluateEligibility, statusOf } from '../eligibility/evaluate.js';
import { explainEvaluation } from '../eligibility/explain.js';
import type { TurnContext } from './context.js';

const REASONS_ON_CARD = 2;

export function schemeCard(ctx: TurnContext, result: RankedScheme): SchemeCard {
  const view = viewResult(result, ctx.state.language, ctx.deps.translator);
  const id = result.scheme.id;
  return {
    id,
    title: result.scheme.acronym ? `${view.scheme.name} (${result.scheme.acronym})` : view.scheme.name,
    agency: result.scheme.agency,
    summary: view.scheme.summary,
    status: result.status,
    statusLabel: ctx.t(`status.${result.status}`),
    score: result.score,
    reasons: view.reasons.slice(0, REASONS_ON_CARD).map((reason) => reason.text),
    url: result.scheme.url,
    buttons: [
      { title: ctx.t('button.learnMore'), url: result.scheme.url },
      { title: ctx.t('button.why'), value: { action: 'why', scheme: id } },
      { title: ctx.t('button.details'), value: { action: 'details', scheme: id } },
    ],
  };
}

/** Every reason for one scheme and the conditions to check yourself. */
export function whyReply(ctx: TurnContext, scheme: Scheme): Reply {
  const evaluation = evaluateEligibility(scheme.eligibility, ctx.state.profile);
  const status = statusOf(evaluation.outcome);
  const lang = ctx.state.language;
  const reasons = explainEvaluation(evaluation.tree, lang, ctx.deps.translator)
    .map((reason) => `• ${reason.text}${reason.hint ? `\n  ${reason.hint}` : ''}`);
  const conditions = scheme.conditions.map((condition) => `• ${pick(condition, lang).text}`);
  const lines = [
    ctx.t('why.heading', { name: pick(scheme.name, lang).text, status: ctx.t(`status.${status}`) }),
    ...(reasons.length > 0 ? reasons : [ctx.t('why.noCriteria')]),
    ...(conditions.length > 0 ? ['', ctx.t('why.conditions'), ...conditions] : []),
    '',
    ctx.t('disclaimer.short'),
  ];
  return { text: lines.join('\n'), schemes: [{ id: scheme.id, status, score: 0 }] };
}

/** Benefits, how to apply, conditions and contact for one scheme. */
export function detailsReply(ctx: TurnContext, scheme: Scheme): Reply {
  const lang = ctx.state.language;
  const contact = [scheme.contact.phone, scheme.contact.email, scheme.contact.url].filter(Boolean).join(' · ');
  const lines = [
    `${pick(scheme.name, lang).text}${scheme.acronym ? ` (${scheme.acronym})` : ''} (${scheme.agency})`,
    pick(scheme.summary, lang).text,
    '',
    `${ctx.t('details.benefits')} ${pick(scheme.benefits, lang).text}`,
    `${ctx.t('details.howToApply')} ${pick(scheme.howToApply, lang).text}`,
    ...(scheme.conditions.length > 0 ? [ctx.t('details.conditions'), ...scheme.conditions.map((c) => `• ${pick(c, lang).text}`)] : []),
    `${ctx.t('details.contact')} ${contact}`,
    ctx.t('details.verified', { date: scheme.lastVerified }),
  ];
  return {
    text: lines.join('\n'),
    choices: [
      { title: ctx.t('button.learnMore'), url: scheme.url },
      { title: ctx.t('button.checkEligibility'), value: { action: 'why', scheme: scheme.id } },
    ],
  };
}
