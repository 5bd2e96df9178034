/** The Direct Line log in the store: a restart resumes the conversation, forget_me erases it, retention purges it; the token secret persists. */
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { loadOrCreateTokenSecret } from '../../src/channels/webchat/index.js';
import type { Nlu } from '../../src/core/nlu.js';
import { openDatabase } from '../../src/store/database.js';
import { DirectLineLogTable } from '../../src/store/direct-line.js';
import { buildChatApp } from '../browser/chat-server.js';

const DL = '/v3/directline';
/** The dialogue runs for real; only button payloads are sent, so the NLU is never asked anything that matters. */
const quietNlu = (): Nlu => ({
  parse: (text) => ({ text, language: 'en', languageConfidence: 1, intent: { name: 'out_of_scope', confidence: 1 }, intents: [], entities: [] }),
});
type Activity = { id: string; text?: string; from: { role: string }; channelData?: { eAdviser?: { question?: { field: string } } } };

async function converse(app: ReturnType<typeof buildChatApp>['app'], token: string, conversationId: string, value: unknown) {
  const auth = { Authorization: `Bearer ${token}` };
  const posted = await request(app).post(`${DL}/conversations/${conversationId}/activities`).set(auth).send({ type: 'message', value });
  expect(posted.status).toBe(200);
  return (await request(app).get(`${DL}/conversations/${conversationId}/activities`).set(auth)).body as { activities: Activity[]; watermark: string };
}

describe('the Direct Line log in the store', () => {
  it('resumes a conversation after a server restart, with the same token', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'direct-line-'));
    const first = buildChatApp({ dataDir: dir, tokenSecret: loadOrCreateTokenSecret(dir), nlu: quietNlu });
    const { token, conversationId } = (await request(first.app).post(`${DL}/tokens/generate`)).body;
    await request(first.app).post(`${DL}/conversations`).set({ Authorization: `Bearer ${token}` }).send({ locale: 'en-SG' });
    const before = await converse(first.app, token, conversationId, { field: 'audience', value: 'business' });
    expect(before.activities.at(-1)!.channelData!.eAdviser!.question!.field).toBe('needs');
    first.db.close();

    const second = buildChatApp({ dataDir: dir, tokenSecret: loadOrCreateTokenSecret(dir), nlu: quietNlu });
    const auth = { Authorization: `Bearer ${token}` };
    const resumed = await request(second.app).get(`${DL}/conversations/${conversationId}/activities`).set(auth);
    expect(resumed.status).toBe(200);
    expect(resumed.body).toEqual(before);
    expect((await request(second.app).post(`${DL}/conversations`).set(auth)).status).toBe(201);
    const after = await converse(second.app, token, conversationId, { field: 'needs', value: ['digitalisation'] });
    expect(after.activities.slice(0, before.activities.length)).toEqual(before.activities);
    expect(after.activities.at(-1)!.channelData!.eAdviser!.question!.field).not.toBe('needs');
    second.db.close();
  });

  it('is erased with the conversation by forget_me, keeping only the confirmation, and the watermark keeps growing', async () => {
    const { app, store } = buildChatApp({ nlu: quietNlu });
    const { token, conversationId } = (await request(app).post(`${DL}/tokens/generate`)).body;
    await request(app).post(`${DL}/conversations`).set({ Authorization: `Bearer ${token}` });
    const before = await converse(app, token, conversationId, { field: 'audience', value: 'individual' });
    const after = await converse(app, token, conversationId, { action: 'forget', value: true });
    expect(after.activities.map((a) => a.from.role)).toEqual(['user', 'bot']);
    expect(after.activities[1]!.text).toMatch(/erased/);
    expect(Number(after.watermark)).toBeGreaterThan(Number(before.watermark));
    expect(store.load(`directline:${conversationId}`)).toBeUndefined();
  });

  it('purges transcripts idle longer than the retention period', () => {
    const db = openDatabase(':memory:');
    const log = new DirectLineLogTable(db);
    log.append('directline:old', [{ type: 'message', text: 'a' }], '2026-01-01T00:00:00.000Z');
    log.append('directline:recent', [{ type: 'message', text: 'b' }], '2026-01-01T00:00:00.000Z');
    log.append('directline:recent', [{ type: 'message', text: 'c' }], '2026-02-20T00:00:00.000Z');
    expect(log.purgeOlderThan(30, new Date('2026-03-01T00:00:00Z'))).toBe(1);
    expect(log.has('directline:old')).toBe(false);
    expect(log.since('directline:recent', 0, 10).map((entry) => entry.activity.text)).toEqual(['b', 'c']);
    db.close();
  });
});

describe('the token secret', () => {
  it('is generated on first run in the data directory, readable by the owner only, and kept', () => {
    const dir = mkdtempSync(join(tmpdir(), 'secret-'));
    const first = loadOrCreateTokenSecret(dir);
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(statSync(join(dir, 'direct-line-secret')).mode & 0o777).toBe(0o600);
    expect(loadOrCreateTokenSecret(dir).equals(first)).toBe(true);
    expect(readFileSync(join(dir, 'direct-line-secret'), 'utf8').trim()).toBe(first.toString('base64url'));
  });

  it('refuses a secret too short to sign with, and lives only in memory for an in-memory store', () => {
    const dir = mkdtempSync(join(tmpdir(), 'secret-'));
    writeFileSync(join(dir, 'direct-line-secret'), 'c2hvcnQ\n');
    expect(() => loadOrCreateTokenSecret(dir)).toThrow(/shorter than 32 bytes/);
    expect(loadOrCreateTokenSecret(':memory:').equals(loadOrCreateTokenSecret(':memory:'))).toBe(false);
  });
});
