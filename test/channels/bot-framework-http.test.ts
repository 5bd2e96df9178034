/**
 * POST /api/messages is served as a lean route in front of express (http/lean-route.ts): it must keep what every
 * express route gets — the security headers, metrics and request log, body limits and checks, problem+json errors.
 */
import { gzipSync } from 'node:zlib';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { createHttpMetrics } from '../../src/http/metrics.js';
import { buildBotApp } from '../helpers/bot.js';
import { postRaw } from '../helpers/raw.js';

const metrics = createHttpMetrics(undefined, false);
const { app } = buildBotApp({ metrics });
const activity = { type: 'message', channelId: 'test', conversation: { id: 'http-1' }, from: { id: 'u' }, recipient: { id: 'bot' }, serviceUrl: 'https://example.invalid', deliveryMode: 'expectReplies', text: 'hello' };
const json = JSON.stringify(activity);

const SECURITY_HEADERS = ['content-security-policy', 'strict-transport-security', 'x-content-type-options', 'x-frame-options', 'referrer-policy', 'cross-origin-opener-policy', 'cross-origin-resource-policy'];

describe('POST /api/messages over HTTP', () => {
  it('answers a turn with the same security headers as the express routes', async () => {
    const turn = await request(app).post('/api/messages').send(activity);
    const health = await request(app).get('/healthz');
    expect(turn.status).toBe(200);
    expect(turn.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(turn.body.activities.length).toBeGreaterThan(0);
    for (const header of SECURITY_HEADERS) expect([header, turn.headers[header]]).toEqual([header, health.headers[header]]);
    expect(turn.headers['x-powered-by']).toBeUndefined();
  });

  it('is counted in the metrics under its route, with its status', async () => {
    await request(app).post('/api/messages').send(activity);
    await request(app).post('/api/messages').send({ ...activity, from: undefined });
    const text = await metrics.registry.metrics();
    expect(text).toMatch(/http_requests_total\{method="POST",route="\/api\/messages",status="200"\} [1-9]/);
    expect(text).toMatch(/http_requests_total\{method="POST",route="\/api\/messages",status="400"\} [1-9]/);
  });

  it('names the field at fault in a problem+json when the activity is not valid', async () => {
    const res = await request(app).post('/api/messages').send({ ...activity, conversation: {} });
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    expect(res.body).toMatchObject({ status: 400, type: '/problems/validation', errors: [expect.objectContaining({ path: 'conversation.id' })] });
  });

  it('refuses bodies it cannot read: too large, not UTF-8, compressed, another charset, not an object, not JSON', async () => {
    const cases: [Buffer, Record<string, string>, number][] = [
      [Buffer.from(JSON.stringify({ ...activity, text: 'x'.repeat(200_000) })), { 'content-type': 'application/json' }, 413],
      [Buffer.concat([Buffer.from(json.slice(0, -2)), Buffer.from([0xff]), Buffer.from('"}')]), { 'content-type': 'application/json' }, 400],
      [gzipSync(json), { 'content-type': 'application/json', 'content-encoding': 'gzip' }, 415],
      [Buffer.from(json), { 'content-type': 'application/json; charset=latin1' }, 415],
      [Buffer.from('"just a string"'), { 'content-type': 'application/json' }, 400],
      [Buffer.from('{"type": "message",'), { 'content-type': 'application/json' }, 400],
    ];
    for (const [body, headers, status] of cases) {
      const res = await postRaw(app, '/api/messages', body, headers);
      expect([headers, res.status]).toEqual([headers, status]);
      expect(res.json).toMatchObject({ status });
    }
  });

  it('reads a body of another media type as no activity, and leaves other methods and paths to express', async () => {
    const plain = await request(app).post('/api/messages').set('content-type', 'text/plain').send(json);
    expect(plain.status).toBe(400);
    expect(plain.body.type).toBe('/problems/validation');
    const get = await request(app).get('/api/messages');
    expect(get.status).toBe(404);
    expect(get.headers['content-type']).toMatch(/problem\+json/);
    const withQuery = await request(app).post('/api/messages?trace=1').send({ ...activity, conversation: { id: 'http-2' } });
    expect(withQuery.status).toBe(200);
  });
});
