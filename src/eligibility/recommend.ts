/** The match as users see it: ranked results with localised reasons and conditions, and the next question. */
import type { Translator } from '../core/i18n.js';
import type { Profile, ProfileField, ProfileValue } from '../core/profile.js';
import type { Language } from '../core/taxonomy.js';
import type { Catalogue } from '../catalogue/catalogue.js';
import { pick, summariseScheme, type SchemeSummary } from '../catalogue/localise.js';
import { explainEvaluation, type Reason } from './explain.js';
import { formatValue } from './format.js';
import { rankSchemes, type MatchQuery, type RankedScheme } from './match.js';
import { chooseNextQuestion } from './questions.js';

export interface MatchRequest extends MatchQuery {
  lang: Language;
  limit: number;
  includeIneligible: boolean;
  /** Fields the next question must not be about (answered "not sure"). */
  skip?: ReadonlySet<ProfileField>;
}

export interface MatchResultView {
  scheme: SchemeSummary;
  status: RankedScheme['status'];
  score: number;
  reasons: Reason[];
  conditions: string[];
}

export interface QuestionView {
  field: ProfileField;
  text: string;
  options?: { value: ProfileValue; title: string }[];
}

export interface MatchView {
  results: MatchResultView[];
  nextQuestion: QuestionView | null;
}

export function viewResult(result: RankedScheme, lang: Language, t: Translator): MatchResultView {
  return {
    scheme: summariseScheme(result.scheme, lang),
    status: result.status,
    score: result.score,
    reasons: explainEvaluation(result.evaluation.tree, lang, t),
    conditions: result.scheme.conditions.map((condition) => pick(condition, lang).text),
  };
}

export function viewQuestion(field: ProfileField, options: ProfileValue[] | undefined, lang: Language, t: Translator): QuestionView {
  return {
    field,
    text: t.t(lang, `eligibility:ask.${field}`),
    ...(options ? { options: options.map((value) => ({ value, title: formatValue(field, value, lang, t) })) } : {}),
  };
}

export function matchSchemes(catalogue: Catalogue, request: MatchRequest, t: Translator): MatchView {
  const ranked = rankSchemes(catalogue, request);
  const shown = request.includeIneligible ? ranked : ranked.filter((result) => result.status !== 'ineligible');
  const question = chooseNextQuestion(ranked, request.profile as Profile, { exclude: request.skip });
  return {
    results: shown.slice(0, request.limit).map((result) => viewResult(result, request.lang, t)),
    nextQuestion: question ? viewQuestion(question.field, question.options, request.lang, t) : null,
  };
}
