/**
 * `npm run bench:questions`: over the catalogue's own example profiles, how many questions it takes to settle
 * the top 5 results with information-gain questions, versus asking every field in a fixed order.
 */
import { PROFILE_FIELDS, PROFILE_FIELD_NAMES, isRange, type Profile, type ProfileField, type ProfileValue } from '../src/core/profile.js';
import type { Audience, Need } from '../src/core/taxonomy.js';
import { Catalogue } from '../src/catalogue/catalogue.js';
import { loadSchemeFiles } from '../src/catalogue/load-files.js';

import { rankSchemes } from '../src/eligibility/match.js';
import { chooseNextQuestion } from '../src/eligibility/questions.js';

const TODAY = '2026-11-27';
const catalogue = new Catalogue(loadSchemeFiles('schemes'));

function top5(audience: Audience, needs: Need[], profile: Profile): string {
  return rankSchemes(catalogue, { audience, needs, profile, today: TODAY })
    .filter((r) => r.status !== 'ineligible')
    .slice(0, 5)
    .map((r) => `${r.scheme.id}:${r.status}`)
    .join(',');
}

/** The option a user would press for their true value: the band containing it, or the value itself. */
function answerFor(options: ProfileValue[], truth: ProfileValue): ProfileValue {
  if (typeof truth !== 'number') return truth;
  const band = options.find((option) => isRange(option) && truth >= option.min && (option.max === undefined || truth <= option.max));
  return band ?? truth;
}

function adaptive(audience: Audience, needs: Need[], truth: Profile, target: string): number {
  const profile: Profile = {};
  const skipped = new Set<ProfileField>();
  for (let asked = 0; asked < 20; asked += 1) {
    if (top5(audience, needs, profile) === target) return asked;
    const ranked = rankSchemes(catalogue, { audience, needs, profile, today: TODAY });
    const question = chooseNextQuestion(ranked, profile, { exclude: skipped });
    if (!question) return asked;
    const value = truth[question.field];
    if (value === undefined) skipped.add(question.field);
    else profile[question.field] = answerFor(question.options, value);
  }
  return 20;
}

function fixedOrder(audience: Audience, needs: Need[], truth: Profile, target: string): number {
  const fields = PROFILE_FIELD_NAMES.filter((f) => PROFILE_FIELDS[f].audience === audience && f !== 'perCapitaMonthlyIncomeSgd');
  const profile: Profile = {};
  for (const [asked, field] of fields.entries()) {
    if (top5(audience, needs, profile) === target) return asked;
    if (truth[field] !== undefined) profile[field] = truth[field];
  }
  return fields.length;
}

const adaptiveCounts: number[] = [];
const fixedCounts: number[] = [];
for (const scheme of catalogue.schemes) {
  if (scheme.status !== 'active') continue;
  for (const example of scheme.examples) {
    const needs = (example.needs ?? scheme.needs.slice(0, 1)) as Need[];
    const target = top5(scheme.audience, needs, example.profile);
    adaptiveCounts.push(adaptive(scheme.audience, needs, example.profile, target));
    fixedCounts.push(fixedOrder(scheme.audience, needs, example.profile, target));
  }
}
const mean = (xs: number[]) => Math.round((xs.reduce((a, b) => a + b, 0) / xs.length) * 100) / 100;
console.log(`example profiles: ${adaptiveCounts.length}`);
console.log(`information gain: ${mean(adaptiveCounts)} questions on average (max ${Math.max(...adaptiveCounts)})`);
console.log(`fixed order:      ${mean(fixedCounts)} questions on average (max ${Math.max(...fixedCounts)})`);
