import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { buildTestApp, shippedSchemes } from '../helpers/app.js';

const { app } = buildTestApp();
const match = (body: object, query = '') => request(app).post(`/api/match${query}`).send(body);
type Result = { scheme: { id: string }; status: string; score: number; reasons: { field: string; outcome: string; text: string }[] };

/** Schemes whose top-level criteria require at least 30% local shareholding (no alternative in an `any`). */
const needs30PctLocal = new Set(
  shippedSchemes()
    .filter((s) => 'all' in s.eligibility && s.eligibility.all.some((x) => 'field' in x && x.field === 'localShareholdingPct' && x.op === 'gte' && Number(x.value) >= 30))
    .map((s) => s.id),
);

describe('POST /api/match', () => {
  it('a local café that wants to go digital gets the PSG as eligible, with reasons', async () => {
    const res = await match({
      audience: 'business', needs: ['digitalisation'], lang: 'en',
      profile: { registeredInSingapore: true, localShareholdingPct: 100, employees: 8, sector: 'food_services', annualRevenueSgd: 900_000 },
    });
    expect(res.status).toBe(200);
    const psg = res.body.results.find((r: Result) => r.scheme.id === 'productivity-solutions-grant');
    expect(psg).toEqual(expect.objectContaining({ status: 'eligible', score: expect.any(Number), conditions: expect.any(Array) }));
    expect(psg.reasons.length).toBeGreaterThan(0);
    expect(psg.reasons.every((r: Result['reasons'][0]) => r.outcome === 'met')).toBe(true);
    expect(res.body.results.length).toBeLessThanOrEqual(10);
  });

  it('a company with 10% local shareholding never gets a scheme that needs 30%', async () => {
    const res = await match({ audience: 'business', profile: { registeredInSingapore: true, localShareholdingPct: 10, employees: 20 }, limit: 100 });
    expect(needs30PctLocal.size).toBeGreaterThan(0);
    expect(res.body.results.filter((r: Result) => needs30PctLocal.has(r.scheme.id))).toEqual([]);
  });

  it('shows ineligible results, with hints, only when asked', async () => {
    const res = await match({ audience: 'business', profile: { localShareholdingPct: 10 }, needs: ['digitalisation'], limit: 100 }, '?includeIneligible=true');
    const psg = res.body.results.find((r: Result) => r.scheme.id === 'productivity-solutions-grant');
    expect(psg.status).toBe('ineligible');
    expect(psg.reasons[0]).toEqual(expect.objectContaining({ field: 'localShareholdingPct', outcome: 'unmet', hint: expect.any(String) }));
  });

  it('missing facts make schemes possible, and the next question has answer options', async () => {
    const res = await match({ audience: 'business', profile: {}, needs: ['digitalisation'], lang: 'zh' });
    expect(res.body.results.some((r: Result) => r.status === 'possible')).toBe(true);
    expect(res.body.results.every((r: Result) => r.status !== 'eligible' || r.reasons.every((x) => x.outcome === 'met'))).toBe(true);
    expect(res.body.nextQuestion).toEqual(
      expect.objectContaining({ field: expect.any(String), text: expect.stringMatching(/[\u4e00-\u9fff]/), options: expect.any(Array) }),
    );
  });

  it('a Tamil-speaking retiree gets results for individuals in Tamil', async () => {
    const res = await match({ audience: 'individual', lang: 'ta', profile: { age: 70, citizenship: 'citizen', employmentStatus: 'retired' } });
    expect(res.status).toBe(200);
    expect(res.body.results.length).toBeGreaterThan(0);
    expect(res.body.results.every((r: Result & { scheme: { audience: string } }) => r.scheme.audience === 'individual')).toBe(true);
    expect(res.body.results[0].scheme.name).toMatch(/[\u0b80-\u0bff]/);
  });

  it('a citizen parent of a newborn gets the Baby Bonus as eligible', async () => {
    const res = await match({
      audience: 'individual', needs: ['family'], limit: 20,
      profile: { citizenship: 'citizen', hasChildBelow7: true, age: 32, employmentStatus: 'employed' },
    });
    const bonus = res.body.results.find((r: Result) => r.scheme.id === 'baby-bonus-cash-gift');
    expect(bonus?.status).toBe('eligible');
  });

  it('a low-income household looking for financial help is offered ComCare, and a high-income one is not', async () => {
    const low = await match({
      audience: 'individual', needs: ['financial_help'], limit: 20,
      profile: { citizenship: 'citizen', age: 45, monthlyHouseholdIncomeSgd: 1600, householdSize: 4, employmentStatus: 'unemployed' },
    });
    expect(low.body.results.map((r: Result) => r.scheme.id)).toContain('comcare-short-to-medium-term-assistance');
    const high = await match({
      audience: 'individual', needs: ['financial_help'], limit: 100,
      profile: { citizenship: 'citizen', age: 45, monthlyHouseholdIncomeSgd: 20000, householdSize: 2, employmentStatus: 'employed' },
    });
    expect(high.body.results.map((r: Result) => r.scheme.id)).not.toContain('comcare-short-to-medium-term-assistance');
  });

  it('limits results and accepts numeric bands', async () => {
    const res = await match({ audience: 'business', profile: { employees: { min: 10, max: 49 } }, limit: 3 });
    expect(res.status).toBe(200);
    expect(res.body.results).toHaveLength(3);
  });

  it.each([
    [{ audience: 'business', profile: { staff: 3 } }, 'body.profile.staff'],
    [{ audience: 'business', profile: { employees: -1 } }, 'body.profile.employees'],
    [{ audience: 'business', profile: { localShareholdingPct: 150 } }, 'body.profile.localShareholdingPct'],
    [{ audience: 'business', profile: { age: 40 } }, 'body.profile.age'],
    [{ audience: 'business', profile: {}, needs: ['housing'] }, 'body.needs.0'],
    [{ audience: 'people', profile: {} }, 'body.audience'],
    [{ audience: 'business', profile: { employees: { min: 50, max: 10 } } }, 'body.profile.employees.max'],
    [{ audience: 'business', profile: {}, limit: 0 }, 'body.limit'],
  ])('rejects %j naming %s', async (body, path) => {
    const res = await match(body);
    expect(res.status).toBe(400);
    expect(res.type).toBe('application/problem+json');
    expect(res.body.errors.map((e: { path: string }) => `body.${e.path}`)).toContain(path);
  });
});
