/** Bounded fuzzing over loopback: only 4xx problem+json, never 5xx, nothing polluted, well-formed requests keep working. */
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fuzz, sendRaw } from '../scripts/lib/fuzz.js';
import { PUBLIC_FUZZ_ROUTES } from '../scripts/lib/fuzz-routes.js';
import { buildBotApp } from './helpers/bot.js';


describe('fuzzing the public routes', () => {
  let base = '';
  let close: () => void = () => undefined;
  beforeAll(async () => {
    const { app } = buildBotApp();
    const server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    close = () => server.close();
  });
  afterAll(() => close());

  it('answers thousands of malformed requests with 4xx problem+json only, and keeps serving', async () => {
    const probe = async () =>
      (await sendRaw(base, 'POST', '/api/match', { 'content-type': 'application/json' }, Buffer.from('{"audience":"business","profile":{"employees":5}}'))).status;
    const result = await fuzz(base, [...PUBLIC_FUZZ_ROUTES], 12, probe);
    console.warn(`fuzz: ${result.sent} requests, by status ${JSON.stringify(result.byStatus)}`);
    expect(result.failures).toEqual([]);
    expect(result.sent).toBeGreaterThan(2000);
    expect(Object.keys(result.byStatus).every((status) => Number(status) < 500)).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  }, 120_000);
});

describe('fuzzing every route of the composed app (website chat and staff API included)', () => {
  it('answers malformed requests with 4xx problem+json only', async () => {
    const { fuzzComposedApp } = await import('../scripts/lib/fuzz-app.js');
    const result = await fuzzComposedApp(3);
    console.warn(`fuzz (composed app): ${result.sent} requests, by status ${JSON.stringify(result.byStatus)}`);
    expect(result.failures).toEqual([]);
    expect(result.sent).toBeGreaterThan(1500);
    expect(Object.prototype).not.toHaveProperty('polluted');
  }, 180_000);
});
