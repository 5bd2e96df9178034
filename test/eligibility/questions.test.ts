import { describe, expect, it } from 'vitest';
import { Catalogue } from '../../src/catalogue/catalogue.js';
import { rankSchemes } from '../../src/eligibility/match.js';
import { chooseNextQuestion } from '../../src/eligibility/questions.js';
import type { Profile } from '../../src/core/profile.js';
import { c, scheme } from './fixtures.js';

const today = '2026-11-27';
const next = (catalogue: Catalogue, profile: Profile, exclude?: Set<any>) =>
  chooseNextQuestion(rankSchemes(catalogue, { audience: 'business', profile, today }), profile, { exclude });

describe('chooseNextQuestion', () => {
  // yearsOperating is the first unknown field of every scheme, but only shareholding separates them.
  const catalogue = new Catalogue(
    ['a', 'b', 'c', 'd'].map((id, i) =>
      scheme(id, { criteria: { all: [c('yearsOperating', 'gte', 0), c('localShareholdingPct', 'gte', i < 2 ? 30 : 51)] } }),
    ).concat([scheme('e', { criteria: { all: [c('hasPositiveEquity', 'eq', true)] } })]),
  );

  it('picks the field that settles most candidates, not the first unknown one', () => {
    const question = next(catalogue, {});
    expect(question?.field).toBe('localShareholdingPct');
    expect(question?.options).toContainEqual({ min: 0, max: 29 });
  });

  it('offers bands cut at the thresholds, and narrows a band that still straddles one', () => {
    const withBand = next(catalogue, { yearsOperating: 3, hasPositiveEquity: true, localShareholdingPct: { min: 30, max: 99 } });
    expect(withBand?.field).toBe('localShareholdingPct');
    expect(withBand?.options).toEqual([{ min: 30, max: 50 }, { min: 51, max: 99 }]);
  });

  it('returns null when no unknown field would change the results', () => {
    expect(next(catalogue, { yearsOperating: 2, localShareholdingPct: 100, hasPositiveEquity: true })).toBeNull();
    expect(next(new Catalogue([scheme('open', {})]), {})).toBeNull();
  });

  it('does not ask a field the user could not answer', () => {
    const question = next(catalogue, {}, new Set(['localShareholdingPct']));
    expect(question?.field).not.toBe('localShareholdingPct');
  });

  it('asks household income first when a per-capita limit decides', () => {
    const people = new Catalogue([
      scheme('p1', { audience: 'individual', needs: ['financial_help'], criteria: { all: [c('perCapitaMonthlyIncomeSgd', 'lte', 1500)] } }),
    ]);
    const ranked = (profile: Profile) => rankSchemes(people, { audience: 'individual', profile, today });
    expect(chooseNextQuestion(ranked({}), {})?.field).toBe('monthlyHouseholdIncomeSgd');
    const withIncome = { monthlyHouseholdIncomeSgd: 3000 };
    expect(chooseNextQuestion(ranked(withIncome), withIncome)?.field).toBe('householdSize');
  });
});
