/** Chooses the next question: the unknown field whose answer is expected to settle the most top candidates. */
import { PROFILE_FIELDS, isRange, type NumericRange, type Profile, type ProfileField, type ProfileValue } from '../core/profile.js';
import type { Criterion } from '../core/scheme.js';
import { evaluateEligibility } from './evaluate.js';
import type { RankedScheme } from './match.js';
import bands from './bands.json' with { type: 'json' };

export interface Question {
  field: ProfileField;
  /** Answer values to offer: codes, booleans or numeric bands; the caller adds "not sure". */
  options: ProfileValue[];
  /** Expected weight of candidates the answer settles (eligible or ineligible), per unit of answering effort. */
  gain: number;
}

export interface QuestionOptions {
  /** How many of the best-ranked open candidates are considered. */
  candidates?: number;
  /** Fields not to ask (answered "not sure", or already asked). */
  exclude?: ReadonlySet<ProfileField>;
}

const DEFAULT_BANDS = bands.numeric as Partial<Record<ProfileField, NumericRange[]>>;
const COMMON_SECTORS: readonly string[] = bands.commonSectors;
const MAX_SECTOR_OPTIONS = 10;
/** How much harder a field is to answer than a yes/no or an age (1): few know their home's annual value. */
const ASK_EFFORT = bands.askEffort as Partial<Record<ProfileField, number>>;
/** Fields users are never asked directly, with the fields they are derived from. */
const DERIVED_FROM: Partial<Record<ProfileField, ProfileField[]>> = {
  perCapitaMonthlyIncomeSgd: ['monthlyHouseholdIncomeSgd', 'householdSize'],
};
/**
 * Credit for answering one input of a derived field: the answer alone settles nothing,
 * but it is half of what will, so the pair gets asked when it matters.
 */
const PREREQUISITE_CREDIT = 0.5;

/** Where a criterion splits the number line, as the last value on the lower side (integers). */
function cutPoint(criterion: Criterion): number[] {
  const target = criterion.value;
  if (Array.isArray(target)) return target.filter((v): v is number => typeof v === 'number').flatMap((v) => [v - 1, v]);
  if (typeof target !== 'number') return [];
  switch (criterion.op) {
    case 'lt': case 'gte': return [target - 1];
    case 'lte': case 'gt': return [target];
    default: return [target - 1, target];
  }
}

/** Splits `range` at the cut points that fall strictly inside it. */
function splitRange(range: NumericRange, cuts: number[]): NumericRange[] {
  const upper = range.max ?? Number.POSITIVE_INFINITY;
  const inside = [...new Set(cuts)].filter((cut) => cut >= range.min && cut < upper).sort((a, b) => a - b);
  const parts: NumericRange[] = [];
  let start = range.min;
  for (const cut of inside) {
    parts.push({ min: start, max: cut });
    start = cut + 1;
  }
  parts.push(range.max === undefined ? { min: start } : { min: start, max: range.max });
  return parts;
}

function optionsFor(field: ProfileField, current: ProfileValue | undefined, criteria: Criterion[]): ProfileValue[] {
  const descriptor = PROFILE_FIELDS[field];
  if (descriptor.kind === 'boolean') return [true, false];
  if (descriptor.kind === 'enum') {
    if (field !== 'sector') return [...(descriptor as { values: readonly string[] }).values];
    // The sectors the candidates name, then the most common ones, so a café owner finds "food and beverage".
    const named = criteria.flatMap((c) => (Array.isArray(c.value) ? c.value : [c.value])).map(String);
    return [...new Set([...named, ...COMMON_SECTORS])].slice(0, MAX_SECTOR_OPTIONS).concat('other');
  }
  const cuts = criteria.flatMap(cutPoint);
  if (isRange(current)) return splitRange(current, cuts);
  return DEFAULT_BANDS[field] ?? splitRange({ min: descriptor.min ?? 0 }, cuts);
}

function isUnknown(profile: Profile, field: ProfileField): boolean {
  const value = profile[field];
  return value === undefined || (isRange(value) && value.min !== value.max);
}

/**
 * Picks the field with the largest expected settled weight over the top candidates, each answer option
 * taken as equally likely and candidates weighted by rank, divided by how hard the field is to answer.
 * Returns null when no answer would settle any.
 */
export function chooseNextQuestion(ranked: readonly RankedScheme[], profile: Profile, options: QuestionOptions = {}): Question | null {
  const candidates = ranked.filter((r) => r.status === 'possible').slice(0, options.candidates ?? 10);
  if (candidates.length === 0) return null;
  const weights = candidates.map((_, rank) => 1 / (1 + 0.25 * rank));

  const criteriaByField = new Map<ProfileField, Criterion[]>();
  const prerequisiteOf = new Map<ProfileField, Set<number>>();
  candidates.forEach((candidate, index) => {
    for (const { criterion, outcome } of candidate.evaluation.criteria) {
      if (outcome !== 'unknown') continue;
      const inputs = DERIVED_FROM[criterion.field];
      const field = inputs ? inputs.find((input) => isUnknown(profile, input) && !options.exclude?.has(input)) : criterion.field;
      if (!field || options.exclude?.has(field) || !isUnknown(profile, field)) continue;
      if (inputs) prerequisiteOf.set(field, (prerequisiteOf.get(field) ?? new Set()).add(index));
      else criteriaByField.set(field, [...(criteriaByField.get(field) ?? []), criterion]);
      if (!criteriaByField.has(field)) criteriaByField.set(field, []);
    }
  });

  let best: Question | null = null;
  for (const [field, criteria] of criteriaByField) {
    const answers = optionsFor(field, profile[field], criteria);
    if (answers.length < 2) continue;
    let settled = 0;
    const prerequisiteFor = prerequisiteOf.get(field);
    for (const answer of answers) {
      const answered = { ...profile, [field]: answer };
      candidates.forEach((candidate, index) => {
        if (evaluateEligibility(candidate.scheme.eligibility, answered).outcome !== 'unknown') settled += weights[index]!;
        else if (prerequisiteFor?.has(index)) settled += PREREQUISITE_CREDIT * weights[index]!;
      });
    }
    const gain = settled / answers.length / (ASK_EFFORT[field] ?? 1);
    if (gain > 0 && (!best || gain > best.gain + 1e-9)) best = { field, options: answers, gain };
  }
  return best;
}


/** The answer options for asking `field` again (after "go back" or a language switch), cut at the candidates' thresholds. */
export function optionsForField(field: ProfileField, ranked: readonly RankedScheme[], profile: Profile): ProfileValue[] {
  const criteria = ranked
    .filter((r) => r.status !== 'ineligible')
    .slice(0, 10)
    .flatMap((r) => r.evaluation.criteria.map((c) => c.criterion))
    .filter((criterion) => criterion.field === field);
  const current = profile[field];
  return optionsFor(field, isRange(current) && current.min !== current.max ? current : undefined, criteria);
}
