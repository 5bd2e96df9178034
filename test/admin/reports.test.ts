/** Quality reports and policy insight: coverage, staleness, examples, thin needs; aggregated insight without personal data. */
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import type { ConversationState, TurnEffect } from '../../src/core/dialogue.js';
import { isOpen } from '../../src/catalogue/localise.js';
import { NEEDS_BY_AUDIENCE } from '../../src/core/taxonomy.js';
import { initialState } from '../../src/dialogue/state.js';
import { SqliteConversationStore } from '../../src/store/conversations.js';
import { PSG, bearer, buildAdminTestApp } from './helpers.js';

describe('GET /api/admin/reports', () => {
  it('reports missing and untranslated fields per language, stale facts and schemes without examples', async () => {
    const ctx = buildAdminTestApp();
    const read = await request(ctx.app).get(`/api/admin/schemes/${PSG}`).set(bearer(ctx.tokens.viewer));
    const patch = await request(ctx.app)
      .patch(`/api/admin/schemes/${PSG}`).set(bearer(ctx.tokens.editor)).set('If-Match', read.headers.etag).set('content-type', 'application/merge-patch+json')
      .send(JSON.stringify({ summary: { ms: null }, name: { zh: read.body.name.en }, lastVerified: '2025-06-30', examples: null }));
    expect(patch.status).toBe(200);

    const res = await request(ctx.app).get('/api/admin/reports').set(bearer(ctx.tokens.viewer));
    expect(res.status).toBe(200);
    expect(Object.keys(res.body.coverage).sort()).toEqual(['ms', 'ta', 'zh']);
    expect(res.body.coverage.ms.schemes).toContainEqual({ id: PSG, name: 'Productivity Solutions Grant', missing: ['summary'], untranslated: [] });
    expect(res.body.coverage.zh.schemes).toContainEqual({ id: PSG, name: 'Productivity Solutions Grant', missing: [], untranslated: ['name'] });
    expect(res.body.coverage.ta.schemes.map((s: { id: string }) => s.id)).not.toContain(PSG);
    expect(res.body.coverage.ms.complete).toBe(res.body.coverage.ms.total - res.body.coverage.ms.schemes.length);
    expect(res.body.stale).toContainEqual({ id: PSG, name: 'Productivity Solutions Grant', lastVerified: '2025-06-30', status: 'active' });
    expect(res.body.stale.every((s: { lastVerified: string }) => s.lastVerified < '2025-11-27')).toBe(true);
    expect(res.body.withoutExamples).toEqual([{ id: PSG, name: 'Productivity Solutions Grant' }]);
  });

  it('lists exactly the needs with fewer than 3 open schemes', async () => {
    const ctx = buildAdminTestApp();
    const res = await request(ctx.app).get('/api/admin/reports').set(bearer(ctx.tokens.viewer));
    const open = ctx.table.listLive().map((s) => s.scheme).filter((scheme) => isOpen(scheme, '2026-11-27'));
    const expected = (['business', 'individual'] as const).flatMap((audience) =>
      NEEDS_BY_AUDIENCE[audience].filter((need) => open.filter((s) => s.audience === audience && s.needs.includes(need)).length < 3).map((need) => `${audience}:${need}`),
    );
    expect(res.body.thinNeeds.map((t: { audience: string; need: string }) => `${t.audience}:${t.need}`)).toEqual(expected);
    for (const thin of res.body.thinNeeds) expect(thin.schemes).toHaveLength(thin.activeSchemes);
  });
});

const baseState = (pending?: ConversationState['pending'], resultsShown = false): ConversationState => ({
  ...initialState('en'), audience: 'business', welcomed: true, resultsShown, ...(pending ? { pending } : {}),
});

describe('GET /api/admin/insights', () => {
  const ctx = buildAdminTestApp();
  const at = (iso: string) => new SqliteConversationStore(ctx.db, () => new Date(iso));
  const commit = (iso: string, key: string, effects: TurnEffect[], state = baseState(), language: 'en' | 'ms' = 'en') => at(iso).commit(key, state, effects, language);
  commit('2026-11-20T02:00:00Z', 'c1', [
    { type: 'insight', name: 'need_asked', value: 'digitalisation' },
    { type: 'insight', name: 'not_understood', value: 'my ic is S1234567D call me at 9123 4567 or tan@example.com' },
    { type: 'insight', name: 'question_asked', value: 'employees' },
    { type: 'rating', helpful: true, scheme: PSG },
  ], baseState({ kind: 'question', field: 'employees' }));
  commit('2026-11-20T03:00:00Z', 'c2', [
    { type: 'insight', name: 'need_asked', value: 'digitalisation' },
    { type: 'insight', name: 'no_match', value: 'hiring' },
    { type: 'insight', name: 'language', value: 'ms' },
    { type: 'rating', helpful: false },
    { type: 'callback', name: 'Tan Ah Kow', contact: '98765432', profileSummary: 'audience: business', scheme: PSG },
  ], baseState(undefined, true), 'ms');
  commit('2026-11-21T03:00:00Z', 'c3', [{ type: 'insight', name: 'need_asked', value: 'hiring' }]);

  it('aggregates by day: needs, no-match needs, scrubbed messages, questions, where conversations end, languages, ratings', async () => {
    const res = await request(ctx.app).get('/api/admin/insights?from=2026-11-01&to=2026-11-27').set(bearer(ctx.tokens.viewer));
    expect(res.status).toBe(200);
    expect(res.body.days.map((d: { day: string }) => d.day)).toEqual(['2026-11-20', '2026-11-21']);
    const [day20, day21] = res.body.days;
    expect(day20).toEqual({
      day: '2026-11-20',
      needsAsked: { digitalisation: 2 },
      noMatch: { hiring: 1 },
      notUnderstood: [{ text: 'my ic is [NRIC] call me at [PHONE] or [EMAIL]', count: 1 }],
      questionsAsked: { employees: 1 },
      conversationEnds: { employees: 1, after_results: 1 },
      languages: { en: 1, ms: 1 },
      languageSwitches: { ms: 1 },
      ratings: { helpful: 1, notHelpful: 1 },
    });
    expect(day21.needsAsked).toEqual({ hiring: 1 });
    expect(res.body.totals.needsAsked).toEqual({ digitalisation: 2, hiring: 1 });
    expect(res.body.totals.ratingsByScheme).toEqual([{ scheme: PSG, helpful: 1, notHelpful: 0 }]);
    const text = JSON.stringify(res.body);
    for (const personal of ['S1234567D', '9123 4567', 'tan@example.com', 'Tan Ah Kow', '98765432', 'c1', 'c2']) expect(text).not.toContain(personal);
  });

  it('defaults to the last 30 days and refuses a reversed or too long period', async () => {
    const recent = await request(ctx.app).get('/api/admin/insights').set(bearer(ctx.tokens.viewer));
    expect(recent.body).toEqual(expect.objectContaining({ from: '2026-10-29', to: '2026-11-27' }));
    const reversed = await request(ctx.app).get('/api/admin/insights?from=2026-11-27&to=2026-11-01').set(bearer(ctx.tokens.viewer));
    expect(reversed.status).toBe(400);
    expect(reversed.body.errors[0].path).toBe('query.from');
    const long = await request(ctx.app).get('/api/admin/insights?from=2024-01-01&to=2026-11-01').set(bearer(ctx.tokens.viewer));
    expect(long.status).toBe(400);
    const bad = await request(ctx.app).get('/api/admin/insights?from=yesterday').set(bearer(ctx.tokens.viewer));
    expect(bad.body.errors[0].path).toBe('query.from');
  });
});
