/** Ranks the catalogue's schemes for a profile: status first, then fit to the stated needs, sector and text. */
import type { Profile } from '../core/profile.js';
import type { Scheme } from '../core/scheme.js';
import type { Audience, EligibilityStatus, Need } from '../core/taxonomy.js';
import type { Catalogue } from '../catalogue/catalogue.js';
import { isOpen } from '../catalogue/localise.js';
import { evaluateEligibility, statusOf, type Evaluation } from './evaluate.js';

export interface MatchQuery {
  audience: Audience;
  profile: Profile;
  needs?: readonly Need[];
  /** Free text: only ranks, never fills the profile. */
  text?: string;
  /** YYYY-MM-DD; schemes not open on this day never appear. */
  today: string;
}

export interface RankedScheme {
  scheme: Scheme;
  status: EligibilityStatus;
  /** 0–1, consistent with the order: eligible above possible above ineligible. */
  score: number;
  evaluation: Evaluation;
  needFit: number;
  textScore: number;
  sectorSpecific: boolean;
}

const STATUS_BAND: Record<EligibilityStatus, number> = { eligible: 2, possible: 1, ineligible: 0 };
/** A scheme's first-listed need is its main purpose; later ones count a little less. */
const NEED_POSITION_FIT = [1, 0.8, 0.6];

function needFit(scheme: Scheme, needs: readonly Need[]): number {
  let best = 0;
  scheme.needs.forEach((need, position) => {
    if (needs.includes(need)) best = Math.max(best, NEED_POSITION_FIT[position] ?? 0.6);
  });
  return best;
}

/**
 * How much confirmed evidence says the scheme targets this profile: each met requirement (an SME cap, a
 * sector, an age) makes a scheme more specific to the user than one open to everybody. 0 with none met.
 */
function targeting(evaluation: Evaluation): number {
  const met = evaluation.criteria.filter((c) => c.outcome === 'met').length;
  return met / (met + 2);
}

/**
 * Every open scheme of the audience, ranked. With stated needs, only schemes serving one of them are kept.
 * Within a status band the blend is: needs 0.6, sector-specific 0.15, text relevance 0.15, targeting 0.1.
 */
export function rankSchemes(catalogue: Catalogue, query: MatchQuery): RankedScheme[] {
  const needs = query.needs ?? [];
  const textScores = new Map<string, number>();
  if (query.text?.trim()) for (const hit of catalogue.index.search(query.text)) textScores.set(hit.id, hit.score);
  const sector = typeof query.profile.sector === 'string' ? query.profile.sector : undefined;

  const ranked: RankedScheme[] = [];
  for (const scheme of catalogue.schemes) {
    if (scheme.audience !== query.audience || !isOpen(scheme, query.today)) continue;
    const fit = needs.length > 0 ? needFit(scheme, needs) : 0;
    if (needs.length > 0 && fit === 0) continue;
    const evaluation = evaluateEligibility(scheme.eligibility, query.profile);
    const status = statusOf(evaluation.outcome);
    const sectorSpecific = sector !== undefined && scheme.sectors.includes(sector as Scheme['sectors'][number]);
    const textScore = textScores.get(scheme.id) ?? 0;
    const blend = 0.6 * fit + 0.15 * (sectorSpecific ? 1 : 0) + 0.15 * textScore + 0.1 * targeting(evaluation);
    const score = Math.round(((STATUS_BAND[status] + blend) / 3) * 1000) / 1000;
    ranked.push({ scheme, status, score, evaluation, needFit: fit, textScore, sectorSpecific });
  }
  return ranked.sort((a, b) => b.score - a.score || a.scheme.name.en.localeCompare(b.scheme.name.en));
}
