import { describe, expect, it } from 'vitest';
import type { CriteriaGroup } from '../../src/core/scheme.js';
import { evaluateEligibility } from '../../src/eligibility/evaluate.js';
import { explainEvaluation } from '../../src/eligibility/explain.js';
import { testTranslator } from '../helpers/app.js';
import { c } from './fixtures.js';

const t = testTranslator();
const criteria: CriteriaGroup = {
  all: [
    c('localShareholdingPct', 'gte', 30),
    c('registeredInSingapore', 'eq', true),
    { any: [c('annualRevenueSgd', 'lte', 100_000_000), c('employees', 'lte', 200)] },
  ],
};
const explain = (profile: object, lang: 'en' | 'ms' | 'zh' | 'ta') =>
  explainEvaluation(evaluateEligibility(criteria, profile).tree, lang, t);

describe('reasons', () => {
  it('say what failed first, with a counterfactual hint, then what is unknown and what is met', () => {
    const reasons = explain({ localShareholdingPct: 10, employees: 8 }, 'en');
    expect(reasons.map((r) => `${r.field}:${r.outcome}`)).toEqual([
      'localShareholdingPct:unmet', 'registeredInSingapore:unknown', 'employees:met',
    ]);
    expect(reasons[0]).toEqual({
      field: 'localShareholdingPct', outcome: 'unmet',
      text: "Local shareholding: at least 30% (you don't meet this)",
      hint: 'The scheme asks for "Local shareholding: at least 30%". If I have this wrong, just tell me.',
    });
    expect(reasons[2]!.hint).toBeUndefined();
  });

  it('in a met "any" group, give the alternative that holds, not the unknown one', () => {
    const reasons = explain({ localShareholdingPct: 100, registeredInSingapore: true, annualRevenueSgd: 5_000_000 }, 'en');
    expect(reasons.map((r) => r.field)).toEqual(['localShareholdingPct', 'registeredInSingapore', 'annualRevenueSgd']);
    expect(reasons[2]!.text).toBe('Annual revenue: S$100,000,000 or less (you meet this)');
  });

  it.each([
    ['ms', 'Pegangan saham tempatan: sekurang-kurangnya 30% (anda tidak memenuhi syarat ini)'],
    ['zh', '本地股权：至少30%（您不符合这项条件）'],
    ['ta', 'உள்ளூர்ப் பங்குரிமை: குறைந்தது 30% (இது உங்களுக்குப் பொருந்தவில்லை)'],
  ] as const)('are written in %s', (lang, expected) => {
    const [first] = explain({ localShareholdingPct: 10 }, lang);
    expect(first!.text).toBe(expected);
    expect(first!.hint).toBeTruthy();
  });

  it('name codes in the language: citizenship alternatives joined with "or"', () => {
    const group: CriteriaGroup = { all: [c('citizenship', 'in', ['citizen', 'pr'])] };
    const zh = explainEvaluation(evaluateEligibility(group, { citizenship: 'foreigner' }).tree, 'zh', t);
    expect(zh[0]!.text).toBe('公民身份：新加坡公民或永久居民（您不符合这项条件）');
    const ms = explainEvaluation(evaluateEligibility(group, {}).tree, 'ms', t);
    expect(ms[0]!.text).toBe('Kerakyatan: warganegara Singapura atau penduduk tetap (belum diketahui)');
  });
});
