/** Gives a number its meaning from cue words next to it: "12 staff" → employees, "umur 67" → age. */
import type { PhraseMatch } from '../phrases.js';
import type { TypedNumberEntity } from '../types.js';
import type { NumberSpan } from './numbers.js';

export interface Cue {
  entity: TypedNumberEntity;
  /** Where the cue stands relative to the number. */
  side: 'before' | 'after';
}

const MAX_GAP_TOKENS = 3;
// Words in a gap: Latin and Tamil words, and each Chinese character (a Chinese word is one or two of them).
const GAP_WORD = /\p{Script=Han}|[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu;
// A cue never reaches across a clause: "8 staff, revenue 2m" keeps 8 away from revenue.
const CLAUSE_BREAK = /[,，。;；!?！？、\n]|\band\b|\bdan\b/u;

const isInteger = (value: number): boolean => Number.isInteger(value);
/** Smallest plain number (no $, no 块) read as a monthly income. */
const MIN_PLAIN_INCOME = 50;

/** What each typed entity accepts. */
const ACCEPTS: Record<TypedNumberEntity, (span: NumberSpan) => boolean> = {
  employees: (span) => span.kind === 'number' && isInteger(span.value) && span.value < 1_000_000,
  annual_revenue: (span) => span.kind !== 'percent',
  local_shareholding: (span) => span.kind !== 'money' && span.value >= 0 && span.value <= 100,
  years_operating: (span) => span.kind === 'number' && span.value <= 200,
  age: (span) => span.kind === 'number' && isInteger(span.value) && span.value <= 130,
  // "8 மாசம்" is eight months, not S$8 a month: a plain number this small is no monthly income.
  monthly_income: (span) => span.kind === 'money' || (span.kind === 'number' && (span.value === 0 || span.value >= MIN_PLAIN_INCOME)),
  household_size: (span) => span.kind === 'number' && isInteger(span.value) && span.value >= 1 && span.value <= 30,
};

function gapCost(gap: string, numbers: NumberSpan[], from: number, to: number): number | undefined {
  if (CLAUSE_BREAK.test(gap) || /\d/.test(gap)) return undefined;
  if (numbers.some((span) => span.start < to && from < span.end)) return undefined;
  const tokens = gap.match(GAP_WORD)?.length ?? 0;
  return tokens > MAX_GAP_TOKENS ? undefined : tokens;
}

/** The typed entity of each number that has a fitting cue close enough (undefined where none). */
export function typeNumbers(text: string, numbers: NumberSpan[], cues: PhraseMatch<Cue>[]): (TypedNumberEntity | undefined)[] {
  return numbers.map((number) => {
    let best: { entity: TypedNumberEntity; cost: number } | undefined;
    for (const cue of cues) {
      const { entity, side } = cue.payload;
      if (!ACCEPTS[entity](number)) continue;
      let cost: number | undefined;
      if (side === 'after' && cue.start >= number.end) cost = gapCost(text.slice(number.end, cue.start), numbers, number.end, cue.start);
      else if (side === 'before' && cue.end <= number.start) cost = gapCost(text.slice(cue.end, number.start), numbers, cue.end, number.start);
      if (cost === undefined || (number.weak && cost > 0)) continue;
      // Nearest cue first; between equally near ones the longer (more specific) cue: "years old" over "years".
      const score = cost * 100 - (cue.end - cue.start);
      if (!best || score < best.cost) best = { entity, cost: score };
    }
    return best?.entity;
  });
}
