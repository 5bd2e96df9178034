/** Editorial checks beyond the schema: translations present and translated, examples present, facts dated. */
import type { LocalisedText, Scheme } from '../core/scheme.js';
import { LANGUAGES } from '../core/taxonomy.js';
import { isoDay } from '../core/dates.js';

export interface QualityProblem {
  path: string;
  message: string;
}

const TRANSLATED_FIELDS = ['name', 'summary', 'benefits', 'howToApply'] as const;
/** Fields whose translation must differ from English (acronym-only names excepted). */
const MUST_DIFFER = new Set(['name', 'summary']);

function translationProblems(path: string, text: LocalisedText, mustDiffer: boolean, acronym?: string): QualityProblem[] {
  return LANGUAGES.filter((lang) => lang !== 'en').flatMap((lang) => {
    const value = text[lang];
    if (!value) return [{ path: `${path}.${lang}`, message: 'is missing' }];
    if (mustDiffer && value.trim() === text.en.trim() && value.trim() !== acronym) {
      return [{ path: `${path}.${lang}`, message: 'is identical to the English text' }];
    }
    return [];
  });
}

/** Problems that keep a scheme out of the shipped catalogue (the schema allows them for drafts). */
export function qualityProblems(scheme: Scheme, today = isoDay()): QualityProblem[] {
  const problems: QualityProblem[] = [];
  for (const field of TRANSLATED_FIELDS) {
    problems.push(...translationProblems(field, scheme[field], MUST_DIFFER.has(field), scheme.acronym));
  }
  scheme.conditions.forEach((condition, index) => problems.push(...translationProblems(`conditions.${index}`, condition, false)));
  for (const lang of LANGUAGES) {
    if (!scheme.keywords[lang]?.length) problems.push({ path: `keywords.${lang}`, message: 'needs at least one keyword' });
  }
  if (scheme.lastVerified > today) problems.push({ path: 'lastVerified', message: 'is in the future' });
  if (!scheme.examples.some((example) => example.expect === 'eligible')) {
    problems.push({ path: 'examples', message: "needs at least one example expected 'eligible'" });
  }
  const hasCriteria = ('all' in scheme.eligibility ? scheme.eligibility.all : scheme.eligibility.any).length > 0;
  if (hasCriteria && !scheme.examples.some((example) => example.expect === 'ineligible')) {
    problems.push({ path: 'examples', message: "needs at least one example expected 'ineligible'" });
  }
  if (!/\.gov\.sg$|\.org\.sg$|\.edu\.sg$|\.com\.sg$|\.sg$/.test(new URL(scheme.url).hostname)) {
    problems.push({ path: 'url', message: 'does not look like an official Singapore page' });
  }
  return problems;
}
