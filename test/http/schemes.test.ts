import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { buildTestApp } from '../helpers/app.js';
import { postRaw } from '../helpers/raw.js';

const { app } = buildTestApp();

describe('GET /api/schemes', () => {
  it('lists active schemes with a total, 20 by default, in the requested language', async () => {
    const res = await request(app).get('/api/schemes?lang=zh');
    expect(res.status).toBe(200);
    expect(res.body.total).toBeGreaterThan(20);
    expect(res.body.items).toHaveLength(20);
    expect(res.body.items[0]).toEqual(
      expect.objectContaining({ id: expect.any(String), name: expect.any(String), agency: expect.any(String), url: expect.stringMatching(/^https:/) }),
    );
  });

  it('filters by audience, need and type, and pages with limit and offset', async () => {
    const all = await request(app).get('/api/schemes?audience=business&need=digitalisation&limit=100');
    expect(all.body.items.every((s: { audience: string; needs: string[] }) => s.audience === 'business' && s.needs.includes('digitalisation'))).toBe(true);
    const page = await request(app).get('/api/schemes?audience=business&need=digitalisation&limit=2&offset=1');
    expect(page.body.total).toBe(all.body.total);
    expect(page.body.items.map((s: { id: string }) => s.id)).toEqual(all.body.items.slice(1, 3).map((s: { id: string }) => s.id));
    const grants = await request(app).get('/api/schemes?type=grant&limit=100');
    expect(grants.body.items.every((s: { type: string }) => s.type === 'grant')).toBe(true);
  });

  it('ranks by relevance when q is given: acronyms find their scheme', async () => {
    const res = await request(app).get('/api/schemes?q=PSG');
    expect(res.body.items[0].id).toBe('productivity-solutions-grant');
  });

  it('maps BCP 47 tags onto our languages', async () => {
    const res = await request(app).get('/api/schemes/productivity-solutions-grant?lang=ta-SG');
    expect(res.body.name).toBe('உற்பத்தித்திறன் தீர்வுகள் மானியம்');
  });

  it('rejects bad parameters with problem+json naming the field', async () => {
    const res = await request(app).get('/api/schemes?limit=500&lang=fr&colour=red');
    expect(res.status).toBe(400);
    expect(res.type).toBe('application/problem+json');
    expect(res.body.errors.map((e: { path: string }) => e.path).sort()).toEqual(['query.colour', 'query.lang', 'query.limit']);
  });

  it('rejects a repeated parameter', async () => {
    const res = await request(app).get('/api/schemes?lang=en&lang=ms');
    expect(res.status).toBe(400);
    expect(res.body.errors[0].path).toBe('query.lang');
  });
});

describe('GET /api/schemes/{id}', () => {
  it('answers the localised detail with status, benefits, conditions and eligibility', async () => {
    const res = await request(app).get('/api/schemes/productivity-solutions-grant?lang=ms');
    expect(res.status).toBe(200);
    expect(res.body).toEqual(
      expect.objectContaining({
        id: 'productivity-solutions-grant', acronym: 'PSG', status: 'active', name: 'Geran Penyelesaian Produktiviti',
        benefits: expect.stringMatching(/50%/), howToApply: expect.any(String), lastVerified: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
        contact: expect.any(Object), eligibility: expect.objectContaining({ all: expect.any(Array) }),
      }),
    );
    expect(res.body.conditions.length).toBeGreaterThan(0);
    expect(res.body.fallback).toBeUndefined();
  });

  it('is a problem+json 404 for an unknown id', async () => {
    const res = await request(app).get('/api/schemes/no-such-scheme');
    expect(res.status).toBe(404);
    expect(res.type).toBe('application/problem+json');
    expect(res.body).toEqual(expect.objectContaining({ status: 404, title: 'Not Found', detail: expect.any(String) }));
  });
});

describe('the server around the API', () => {
  it('answers unknown routes with a problem+json 404', async () => {
    const res = await request(app).get('/nowhere');
    expect(res.status).toBe(404);
    expect(res.type).toBe('application/problem+json');
  });

  it('is alive, ready, and exposes Prometheus metrics by route', async () => {
    expect((await request(app).get('/healthz')).status).toBe(200);
    expect((await request(app).get('/readyz')).status).toBe(200);
    await request(app).get('/api/schemes/productivity-solutions-grant');
    const metrics = await request(app).get('/metrics');
    expect(metrics.text).toMatch(/http_requests_total\{method="GET",route="\/api\/schemes\/:id",status="200"\}/);
    expect(metrics.text).toMatch(/http_request_duration_seconds_bucket/);
  });

  it('says not ready until the catalogue and NLU are loaded', async () => {
    const starting = buildTestApp({ isReady: () => false });
    expect((await request(starting.app).get('/readyz')).status).toBe(503);
  });

  it('rejects a body over the limit with 413, invalid JSON and invalid UTF-8 with 400', async () => {
    const big = JSON.stringify({ audience: 'business', profile: {}, text: 'x'.repeat(200_000) });
    const tooLarge = await request(app).post('/api/match').set('content-type', 'application/json').send(big);
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.type).toBe('application/problem+json');
    const broken = await request(app).post('/api/match').set('content-type', 'application/json').send('{"audience":');
    expect(broken.status).toBe(400);
    const latin1 = Buffer.concat([Buffer.from('{"audience":"business","profile":{},"text":"caf'), Buffer.from([0xe9]), Buffer.from('"}')]);
    const invalidUtf8 = await postRaw(app, '/api/match', latin1, { 'content-type': 'application/json' });
    expect(invalidUtf8.status).toBe(400);
    expect(invalidUtf8.json.detail).toMatch(/UTF-8/);
  });
});

describe('language fallback', () => {
  it('shows English where a translation is missing, and says so with fallback: true', async () => {
    const { LiveCatalogue } = await import('../../src/catalogue/catalogue.js');
    const { shippedSchemes } = await import('../helpers/app.js');
    const psg = shippedSchemes().find((s) => s.id === 'productivity-solutions-grant')!;
    const untranslated = { ...psg, name: { en: psg.name.en }, summary: { en: psg.summary.en } };
    const { app: partial } = buildTestApp({ catalogue: new LiveCatalogue([untranslated]) });
    const list = await request(partial).get('/api/schemes?lang=ta');
    expect(list.body.items[0]).toEqual(expect.objectContaining({ name: 'Productivity Solutions Grant', fallback: true }));
    const detail = await request(partial).get('/api/schemes/productivity-solutions-grant?lang=zh');
    expect(detail.body.fallback).toBe(true);
    expect(detail.body.benefits).toBe(psg.benefits.zh);
    const translated = await request(app).get('/api/schemes/productivity-solutions-grant?lang=zh');
    expect(translated.body.fallback).toBeUndefined();
  });
});
