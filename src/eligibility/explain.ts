/** Reasons for a match result, localised: what is met, what fails, what is unknown, and what would qualify. */
import type { Translator } from '../core/i18n.js';
import type { Criterion } from '../core/scheme.js';
import type { Language } from '../core/taxonomy.js';
import type { EvaluatedNode, Outcome } from './evaluate.js';
import { fieldLabel, formatAlternatives, formatValue } from './format.js';

export interface Reason {
  field: Criterion['field'];
  outcome: Outcome;
  text: string;
  hint?: string;
}

/** The requirement as a phrase: "Local shareholding: at least 30%". */
export function describeCriterion(criterion: Criterion, lang: Language, t: Translator): string {
  const label = fieldLabel(criterion.field, lang, t);
  const value = Array.isArray(criterion.value)
    ? formatAlternatives(criterion.field, criterion.value, lang, t)
    : formatValue(criterion.field, criterion.value, lang, t);
  return t.t(lang, `eligibility:requirement.${criterion.op}`, { label, value });
}

/**
 * The criteria that decide the outcome: in an `any` group that is met, only the met alternatives count;
 * in one still unknown, the unmet alternatives are left out (another may still hold).
 */
function decidingCriteria(node: EvaluatedNode): { criterion: Criterion; outcome: Outcome }[] {
  if (node.kind === 'criterion') return [{ criterion: node.criterion, outcome: node.outcome }];
  let children = node.children;
  if (node.kind === 'any' && node.outcome === 'met') children = children.filter((c) => c.outcome === 'met').slice(0, 1);
  else if (node.kind === 'any' && node.outcome === 'unknown') children = children.filter((c) => c.outcome === 'unknown');
  return children.flatMap(decidingCriteria);
}

const ORDER: Record<Outcome, number> = { unmet: 0, unknown: 1, met: 2 };

/** Reasons ordered unmet, unknown, met, each with a counterfactual hint where it is not met. */
export function explainEvaluation(tree: EvaluatedNode, lang: Language, t: Translator): Reason[] {
  return decidingCriteria(tree)
    .sort((a, b) => ORDER[a.outcome] - ORDER[b.outcome])
    .map(({ criterion, outcome }) => {
      const requirement = describeCriterion(criterion, lang, t);
      const reason: Reason = { field: criterion.field, outcome, text: t.t(lang, `eligibility:reason.${outcome}`, { requirement }) };
      if (outcome !== 'met') reason.hint = t.t(lang, `eligibility:hint.${outcome}`, { requirement, label: fieldLabel(criterion.field, lang, t) });
      return reason;
    });
}
