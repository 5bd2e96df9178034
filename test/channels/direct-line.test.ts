/** The self-hosted Direct Line 3.0 subset: tokens, start/resume, echo with clientActivityID, replies, watermarks, auth. */
import request from 'supertest';
import { beforeEach, describe, expect, it } from 'vitest';
import type { TurnRunner } from '../../src/channels/bot-framework.js';
import type { TurnOutput, UserInput } from '../../src/core/dialogue.js';
import { buildChatApp } from '../browser/chat-server.js';

const DL = '/v3/directline';

/** A runner that records its inputs and answers each with one reply naming what it got. */
class RecordingRunner implements TurnRunner {
  readonly calls: { key: string; input: UserInput }[] = [];
  run(key: string, input: UserInput): TurnOutput {
    this.calls.push({ key, input });
    const said = input.event ?? input.text ?? JSON.stringify(input.value);
    return { language: 'ms', replies: [{ text: `got ${said}`, question: { field: 'audience', options: [{ value: 'business', title: 'perniagaan saya' }] }, choices: [{ title: 'perniagaan saya', value: { field: 'audience', value: 'business' } }] }] };
  }
}

function decode(token: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString('utf8'));
}

describe('Direct Line', () => {
  let runner: RecordingRunner;
  let app: ReturnType<typeof buildChatApp>['app'];
  let clock: Date;
  const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

  async function started(locale = 'ms-SG') {
    const generated = await request(app).post(`${DL}/tokens/generate`);
    const { token, conversationId } = generated.body as { token: string; conversationId: string };
    const start = await request(app).post(`${DL}/conversations`).set(bearer(token)).send({ user: { id: 'ignored' }, locale });
    expect(start.status).toBe(201);
    return { token, conversationId };
  }
  const read = (token: string, conversationId: string, watermark = '') =>
    request(app).get(`${DL}/conversations/${conversationId}/activities`).query({ watermark }).set(bearer(token));

  beforeEach(() => {
    runner = new RecordingRunner();
    clock = new Date('2026-11-27T04:00:00Z');
    ({ app } = buildChatApp({ runner, now: () => clock }));
  });

  it('generates a token bound to a new conversation, as a JWT whose user claim Web Chat reads', async () => {
    const res = await request(app).post(`${DL}/tokens/generate`);
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.body).toEqual({ conversationId: expect.stringMatching(/^[\w-]{20,}$/), token: expect.any(String), expires_in: 1800 });
    const claims = decode(res.body.token);
    expect(claims).toEqual(expect.objectContaining({ conv: res.body.conversationId, user: expect.stringMatching(/^dl_/) }));
    expect(Number(claims.exp) - Number(claims.iat)).toBe(1800);
  });

  it('starts a conversation with the welcome in the page locale, and resumes it without a second welcome', async () => {
    const { token, conversationId } = await started('ta-SG');
    expect(runner.calls).toEqual([{ key: `directline:${conversationId}`, input: { event: 'start', locale: 'ta-SG' } }]);
    const again = await request(app).post(`${DL}/conversations`).set(bearer(token));
    expect(again.status).toBe(201);
    expect(again.body).toEqual({ conversationId, token: expect.any(String), expires_in: 1800 });
    expect(runner.calls).toHaveLength(1);
    const log = await read(token, conversationId);
    expect(log.body.activities.map((a: { text: string }) => a.text)).toEqual(['got start']);
  });

  it('echoes the posted activity with a server id and its clientActivityID, then logs the replies with ids, from the bot', async () => {
    const { token, conversationId } = await started();
    const user = (decode(token).user as string);
    const posted = await request(app)
      .post(`${DL}/conversations/${conversationId}/activities`)
      .set(bearer(token))
      .send({ type: 'message', text: 'hello', locale: 'ms-SG', from: { id: 'forged', role: 'bot' }, channelData: { clientActivityID: 'c-1', 'webchat:sequence-id': 5 } });
    expect(posted.status).toBe(200);
    expect(runner.calls.at(-1)!.input).toEqual({ text: 'hello', locale: 'ms-SG' });

    const { activities, watermark } = (await read(token, conversationId)).body;
    const [welcome, echo, reply] = activities;
    expect(welcome.from.role).toBe('bot');
    expect(echo).toEqual(expect.objectContaining({
      type: 'message', id: posted.body.id, text: 'hello', timestamp: clock.toISOString(), channelId: 'directline',
      conversation: { id: conversationId }, from: { id: user, role: 'user' }, channelData: { clientActivityID: 'c-1' },
    }));
    expect(reply).toEqual(expect.objectContaining({
      type: 'message', text: 'got hello', replyToId: echo.id, timestamp: clock.toISOString(), from: expect.objectContaining({ role: 'bot' }),
      recipient: { id: user, role: 'user' }, locale: 'ms-SG', channelData: { eAdviser: expect.objectContaining({ language: 'ms', question: expect.any(Object) }) },
    }));
    expect(reply.suggestedActions.actions[0]).toEqual(expect.objectContaining({ type: 'messageBack', value: { field: 'audience', value: 'business' } }));
    expect(new Set(activities.map((a: { id: string }) => a.id)).size).toBe(3);

    const newer = await read(token, conversationId, watermark);
    expect(newer.body).toEqual({ activities: [], watermark });
    const second = await read(token, conversationId, String(Number(watermark) - 1));
    expect(second.body.activities.map((a: { id: string }) => a.id)).toEqual([reply.id]);
  });

  it('shows a button press by its displayText, and masks identity numbers in the log but not in the turn', async () => {
    const { token, conversationId } = await started();
    const post = (body: object) => request(app).post(`${DL}/conversations/${conversationId}/activities`).set(bearer(token)).send(body);
    await post({ type: 'message', text: '', value: { field: 'audience', value: 'business' }, channelData: { clientActivityID: 'b', messageBack: { displayText: 'perniagaan saya' } } });
    await post({ type: 'message', text: 'my IC is S1234567D, call 9123 4567' });
    expect(runner.calls.at(-1)!.input.text).toBe('my IC is S1234567D, call 9123 4567');
    const users = (await read(token, conversationId)).body.activities.filter((a: { from: { role: string } }) => a.from.role === 'user');
    expect(users[0]).toEqual(expect.objectContaining({ text: 'perniagaan saya', value: { field: 'audience', value: 'business' } }));
    expect(users[0].channelData).toEqual({ clientActivityID: 'b', messageBack: { displayText: 'perniagaan saya' } });
    expect(users[1].text).toBe('my IC is [NRIC], call [PHONE]');
  });

  it('logs other activity types without a turn, and typing not at all', async () => {
    const { token, conversationId } = await started();
    const post = (body: object) => request(app).post(`${DL}/conversations/${conversationId}/activities`).set(bearer(token)).send(body);
    expect((await post({ type: 'event', name: 'webchat/join', value: {} })).status).toBe(200);
    expect((await post({ type: 'typing' })).status).toBe(200);
    expect(runner.calls).toHaveLength(1);
    const types = (await read(token, conversationId)).body.activities.map((a: { type: string }) => a.type);
    expect(types).toEqual(['message', 'event']);
  });

  it('refreshes a token for the same conversation and user, until it expires', async () => {
    const { token, conversationId } = await started();
    clock = new Date(clock.getTime() + 60_000);
    const refreshed = await request(app).post(`${DL}/tokens/refresh`).set(bearer(token));
    expect(refreshed.status).toBe(200);
    expect(refreshed.body.conversationId).toBe(conversationId);
    expect(decode(refreshed.body.token)).toEqual(expect.objectContaining({ conv: conversationId, user: decode(token).user }));
    expect((await read(refreshed.body.token, conversationId)).status).toBe(200);
    clock = new Date(clock.getTime() + 1800_000);
    expect((await request(app).post(`${DL}/tokens/refresh`).set(bearer(token))).status).toBe(403);
    expect((await read(token, conversationId)).status).toBe(403);
  });

  it('refuses a missing or unreadable token with 401, and a forged one with 403', async () => {
    const { token, conversationId } = await started();
    const missing = await request(app).get(`${DL}/conversations/${conversationId}/activities`);
    expect(missing.status).toBe(401);
    expect(missing.headers['www-authenticate']).toBe('Bearer');
    expect(missing.type).toBe('application/problem+json');
    expect((await read('not-a-token', conversationId)).status).toBe(401);
    const [header, , signature] = token.split('.');
    const forgedClaims = Buffer.from(JSON.stringify({ ...decode(token), exp: 9_999_999_999 })).toString('base64url');
    expect((await read(`${header}.${forgedClaims}.${signature}`, conversationId)).status).toBe(403);
    expect((await request(app).post(`${DL}/conversations`).set(bearer(`${header}.${forgedClaims}.${signature}`))).status).toBe(403);
  });

  it('refuses a token on another conversation with 403, before reading the body', async () => {
    const a = await started();
    const b = await started();
    expect((await read(a.token, b.conversationId)).status).toBe(403);
    const post = await request(app).post(`${DL}/conversations/${b.conversationId}/activities`).set(bearer(a.token)).set('Content-Type', 'application/json').send('{not json');
    expect(post.status).toBe(403);
    expect((await request(app).get(`${DL}/conversations/${b.conversationId}`).set(bearer(a.token))).status).toBe(403);
    expect((await read(b.token, b.conversationId)).body.activities).toHaveLength(1);
  });

  it('answers bad input with problem+json: invalid activities and watermarks 400, big bodies 413', async () => {
    const { token, conversationId } = await started();
    const post = (body: object | string) => request(app).post(`${DL}/conversations/${conversationId}/activities`).set(bearer(token)).set('Content-Type', 'application/json').send(body);
    const invalid = await post({ type: 'message', text: 42 });
    expect(invalid.status).toBe(400);
    expect(invalid.body.errors).toEqual([expect.objectContaining({ path: 'text' })]);
    expect((await post({ text: 'no type' })).status).toBe(400);
    expect((await post({ type: 'message', attachments: [{ contentType: 'image/png' }] })).status).toBe(400);
    expect((await post('{"type":')).status).toBe(400);
    expect((await post({ type: 'message', text: 'x'.repeat(200_000) })).status).toBe(413);
    const badWatermark = await read(token, conversationId, '-1');
    expect(badWatermark.status).toBe(400);
    expect(badWatermark.body.errors).toEqual([expect.objectContaining({ path: 'query.watermark' })]);
    expect(runner.calls).toHaveLength(1);
  });

  it('reconnects (GET conversations/{id}) with a fresh token for the same conversation', async () => {
    const { token, conversationId } = await started();
    const res = await request(app).get(`${DL}/conversations/${conversationId}`).query({ watermark: '' }).set(bearer(token));
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ conversationId, token: expect.any(String), expires_in: 1800 });
  });
});

describe('Direct Line rate limits', () => {
  it('limits token generation per client IP with 429 and Retry-After', async () => {
    const { app } = buildChatApp({ runner: new RecordingRunner(), rateLimitPerMinute: 3 });
    for (let i = 0; i < 3; i += 1) expect((await request(app).post(`${DL}/tokens/generate`)).status).toBe(200);
    const limited = await request(app).post(`${DL}/tokens/generate`);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('limits turns per conversation, but lets Web Chat poll every second', async () => {
    const { app } = buildChatApp({ runner: new RecordingRunner(), rateLimitPerMinute: 5 });
    const { token, conversationId } = (await request(app).post(`${DL}/tokens/generate`)).body;
    const auth = { Authorization: `Bearer ${token}` };
    expect((await request(app).post(`${DL}/conversations`).set(auth)).status).toBe(201);
    for (let i = 0; i < 60; i += 1) expect((await request(app).get(`${DL}/conversations/${conversationId}/activities`).set(auth)).status).toBe(200);
    const statuses: number[] = [];
    for (let i = 0; i < 5; i += 1) statuses.push((await request(app).post(`${DL}/conversations/${conversationId}/activities`).set(auth).send({ type: 'message', text: 'hi' })).status);
    expect(statuses).toEqual([200, 200, 200, 200, 429]);
  });
});
