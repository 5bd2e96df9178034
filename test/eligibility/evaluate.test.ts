import { describe, expect, it } from 'vitest';
import type { Criterion, CriteriaGroup } from '../../src/core/scheme.js';
import { evaluateCriterion, evaluateEligibility, statusOf } from '../../src/eligibility/evaluate.js';

const c = (field: Criterion['field'], op: Criterion['op'], value: Criterion['value']): Criterion => ({ field, op, value });

describe('evaluateCriterion: one test per operator', () => {
  it.each([
    ['lt', 29, 'met'], ['lt', 30, 'unmet'],
    ['lte', 30, 'met'], ['lte', 31, 'unmet'],
    ['gt', 31, 'met'], ['gt', 30, 'unmet'],
    ['gte', 30, 'met'], ['gte', 29, 'unmet'],
    ['eq', 30, 'met'], ['eq', 31, 'unmet'],
    ['ne', 31, 'met'], ['ne', 30, 'unmet'],
  ] as const)('%s 30 with %d is %s', (op, value, expected) => {
    expect(evaluateCriterion(c('localShareholdingPct', op, 30), { localShareholdingPct: value })).toBe(expected);
  });

  it('in: a number or a code in the list is met, outside it unmet', () => {
    expect(evaluateCriterion(c('householdSize', 'in', [3, 4]), { householdSize: 4 })).toBe('met');
    expect(evaluateCriterion(c('householdSize', 'in', [3, 4]), { householdSize: 5 })).toBe('unmet');
    expect(evaluateCriterion(c('citizenship', 'in', ['citizen', 'pr']), { citizenship: 'pr' })).toBe('met');
    expect(evaluateCriterion(c('citizenship', 'in', ['citizen', 'pr']), { citizenship: 'foreigner' })).toBe('unmet');
  });

  it('booleans and codes compare with eq and ne', () => {
    expect(evaluateCriterion(c('registeredInSingapore', 'eq', true), { registeredInSingapore: true })).toBe('met');
    expect(evaluateCriterion(c('registeredInSingapore', 'eq', true), { registeredInSingapore: false })).toBe('unmet');
    expect(evaluateCriterion(c('ownsProperty', 'ne', true), { ownsProperty: false })).toBe('met');
    expect(evaluateCriterion(c('sector', 'eq', 'retail'), { sector: 'food_services' })).toBe('unmet');
  });

  it('a field the profile lacks is unknown, never met or unmet', () => {
    for (const op of ['eq', 'ne', 'lt', 'lte', 'gt', 'gte'] as const) {
      expect(evaluateCriterion(c('employees', op, 10), {})).toBe('unknown');
    }
    expect(evaluateCriterion(c('citizenship', 'in', ['citizen']), {})).toBe('unknown');
  });

  it('on a range, met or unmet only when it holds or fails over the whole range', () => {
    const lte200 = c('employees', 'lte', 200);
    expect(evaluateCriterion(lte200, { employees: { min: 10, max: 49 } })).toBe('met');
    expect(evaluateCriterion(lte200, { employees: { min: 201 } })).toBe('unmet');
    expect(evaluateCriterion(lte200, { employees: { min: 50, max: 300 } })).toBe('unknown');
    expect(evaluateCriterion(lte200, { employees: { min: 150 } })).toBe('unknown');
    expect(evaluateCriterion(c('employees', 'eq', 5), { employees: { min: 5, max: 5 } })).toBe('met');
    expect(evaluateCriterion(c('employees', 'ne', 5), { employees: { min: 6, max: 9 } })).toBe('met');
    expect(evaluateCriterion(c('employees', 'in', [100]), { employees: { min: 1, max: 9 } })).toBe('unmet');
    expect(evaluateCriterion(c('employees', 'in', [5]), { employees: { min: 1, max: 9 } })).toBe('unknown');
  });
});

describe('evaluateEligibility: groups combine three-valued', () => {
  const sme: CriteriaGroup = {
    all: [
      c('registeredInSingapore', 'eq', true),
      c('localShareholdingPct', 'gte', 30),
      { any: [c('annualRevenueSgd', 'lte', 100_000_000), c('employees', 'lte', 200)] },
    ],
  };

  it('all met is eligible', () => {
    const result = evaluateEligibility(sme, { registeredInSingapore: true, localShareholdingPct: 100, employees: 8 });
    expect(statusOf(result.outcome)).toBe('eligible');
  });

  it('one unmet in an all group is ineligible, even with unknowns', () => {
    expect(evaluateEligibility(sme, { localShareholdingPct: 10 }).outcome).toBe('unmet');
  });

  it('an any group with one met alternative is met although the other is unknown', () => {
    const result = evaluateEligibility(sme, { registeredInSingapore: true, localShareholdingPct: 30, annualRevenueSgd: 5_000_000 });
    expect(result.outcome).toBe('met');
    expect(result.criteria.find((x) => x.criterion.field === 'employees')?.outcome).toBe('unknown');
  });

  it('an any group is unmet only when every alternative is unmet', () => {
    const big = { registeredInSingapore: true, localShareholdingPct: 100, annualRevenueSgd: 200_000_000 };
    expect(evaluateEligibility(sme, big).outcome).toBe('unknown');
    expect(evaluateEligibility(sme, { ...big, employees: 500 }).outcome).toBe('unmet');
  });

  it('missing facts make a scheme possible, not eligible', () => {
    expect(statusOf(evaluateEligibility(sme, { registeredInSingapore: true }).outcome)).toBe('possible');
  });

  it('nested groups evaluate to any depth', () => {
    const nested: CriteriaGroup = { any: [{ all: [c('age', 'gte', 65), { any: [c('citizenship', 'eq', 'citizen')] }] }, c('hasDisability', 'eq', true)] };
    expect(evaluateEligibility(nested, { age: 70, citizenship: 'citizen' }).outcome).toBe('met');
    expect(evaluateEligibility(nested, { age: 40, hasDisability: false }).outcome).toBe('unmet');
    expect(evaluateEligibility(nested, { age: 40 }).outcome).toBe('unknown');
  });

  it('an empty all group is met', () => {
    expect(evaluateEligibility({ all: [] }, {}).outcome).toBe('met');
  });

  it('derives per-capita income from household income and size', () => {
    const perCapita: CriteriaGroup = { all: [c('perCapitaMonthlyIncomeSgd', 'lte', 1500)] };
    expect(evaluateEligibility(perCapita, { monthlyHouseholdIncomeSgd: 4000, householdSize: 4 }).outcome).toBe('met');
    expect(evaluateEligibility(perCapita, { monthlyHouseholdIncomeSgd: 4000, householdSize: 2 }).outcome).toBe('unmet');
    expect(evaluateEligibility(perCapita, { monthlyHouseholdIncomeSgd: 4000 }).outcome).toBe('unknown');
    expect(evaluateEligibility(perCapita, { monthlyHouseholdIncomeSgd: { min: 3001, max: 4500 }, householdSize: 4 }).outcome).toBe('met');
  });
});
