import { describe, expect, it } from 'vitest';
import { Catalogue } from '../../src/catalogue/catalogue.js';
import { rankSchemes } from '../../src/eligibility/match.js';
import { c, scheme } from './fixtures.js';

const today = '2026-11-27';
const catalogue = new Catalogue([
  scheme('local-only', { needs: ['productivity'], criteria: { all: [c('localShareholdingPct', 'gte', 30)] } }),
  scheme('open-to-all', { needs: ['productivity'] }),
  scheme('hiring-grant', { needs: ['hiring'] }),
  scheme('hiring-secondary', { needs: ['productivity', 'hiring'] }),
  scheme('food-only', { needs: ['productivity'], sectors: ['food_services'], criteria: { all: [c('sector', 'in', ['food_services'])] } }),
  scheme('ended-scheme', { needs: ['productivity'], status: 'ended' }),
  scheme('expired-scheme', { needs: ['productivity'], validUntil: '2026-03-31' }),
  scheme('future-scheme', { needs: ['productivity'], validFrom: '2027-01-01' }),
  scheme('for-people', { audience: 'individual', needs: ['housing'] }),
]);

const ids = (query: Parameters<typeof rankSchemes>[1]) => rankSchemes(catalogue, query).map((r) => `${r.scheme.id}:${r.status}`);

describe('rankSchemes', () => {
  it('orders eligible before possible before ineligible, with scores falling in that order', () => {
    const ranked = rankSchemes(catalogue, { audience: 'business', profile: { localShareholdingPct: 10 }, today });
    const statuses = ranked.map((r) => r.status);
    expect(statuses).toEqual([...statuses].sort((a, b) => ['eligible', 'possible', 'ineligible'].indexOf(a) - ['eligible', 'possible', 'ineligible'].indexOf(b)));
    expect(ranked.at(-1)!.scheme.id).toBe('local-only');
    const scores = ranked.map((r) => r.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(scores.every((s) => s >= 0 && s <= 1)).toBe(true);
  });

  it('never shows ended, expired or not-yet-open schemes, nor the other audience', () => {
    const shown = ids({ audience: 'business', profile: {}, today });
    expect(shown.join()).not.toMatch(/ended-scheme|expired-scheme|future-scheme|for-people/);
  });

  it('keeps only schemes serving a stated need, main purpose first', () => {
    const shown = ids({ audience: 'business', profile: {}, needs: ['hiring'], today });
    expect(shown).toEqual(['hiring-grant:eligible', 'hiring-secondary:eligible']);
  });

  it('ranks a sector-specific scheme above a general one for that sector', () => {
    const shown = ids({ audience: 'business', profile: { sector: 'food_services', localShareholdingPct: 100 }, needs: ['productivity'], today });
    expect(shown[0]).toBe('food-only:eligible');
  });

  it('uses free text only to rank', () => {
    const ranked = rankSchemes(catalogue, { audience: 'business', profile: {}, needs: ['productivity'], text: 'open-to-all', today });
    expect(ranked.filter((r) => r.status === 'eligible')[0]!.scheme.id).toBe('open-to-all');
    expect(ranked.find((r) => r.scheme.id === 'local-only')!.status).toBe('possible');
  });
});
