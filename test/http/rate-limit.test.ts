import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { RateLimiter } from '../../src/http/rate-limit.js';
import { buildTestApp } from '../helpers/app.js';

describe('rate limiting on public routes', () => {
  it('answers 429 with Retry-After past the per-minute limit, per client', async () => {
    let now = 1_000_000;
    const { app } = buildTestApp({ rateLimiter: new RateLimiter(3, () => now) });
    for (let i = 0; i < 3; i += 1) expect((await request(app).get('/api/schemes?limit=1')).status).toBe(200);
    const limited = await request(app).get('/api/schemes?limit=1');
    expect(limited.status).toBe(429);
    expect(limited.type).toBe('application/problem+json');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    // another client (a different bearer token) is not affected
    expect((await request(app).get('/api/schemes?limit=1').set('authorization', 'Bearer abc')).status).toBe(200);
    now += 60_000;
    expect((await request(app).get('/api/schemes?limit=1')).status).toBe(200);
  });

  it('is off with a limit of 0', async () => {
    const { app } = buildTestApp({ rateLimiter: new RateLimiter(0) });
    for (let i = 0; i < 5; i += 1) expect((await request(app).get('/healthz')).status).toBe(200);
    for (let i = 0; i < 5; i += 1) expect((await request(app).get('/api/schemes?limit=1')).status).toBe(200);
  });
});
