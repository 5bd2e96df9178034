/** Identity numbers, phones and e-mails typed into the chat never reach the database or the logs in clear. */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import pino from 'pino';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import type { ConversationState } from '../../src/core/dialogue.js';
import { openDatabase } from '../../src/store/database.js';
import { SqliteConversationStore } from '../../src/store/conversations.js';
import { buildBotApp } from '../helpers/bot.js';
import { TEST_TODAY } from '../helpers/app.js';

const SECRETS = ['S1234567D', 'F1234567N', '201912345K', '9123 4567', '81234567', 'tan.ah.kow@example.com'];
const MESSAGES = [
  'my ic is S1234567D, can I get help? call me at 9123 4567',
  'saya ada FIN F1234567N, nak cari bantuan utk perniagaan, UEN 201912345K',
  '我的电话是81234567，有什么补助？',
  'என் மின்னஞ்சல் tan.ah.kow@example.com, எனக்கு உதவி வேண்டும்',
  'asdf qwerty S1234567D zzz',
];

describe('personal data', () => {
  it('is masked before anything is stored or logged', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'privacy-'));
    const db = openDatabase(dataDir);
    const lines: string[] = [];
    const sink = new Writable({ write: (chunk, _enc, done) => { lines.push(String(chunk)); done(); } });
    const logger = pino({ level: 'trace' }, sink);
    const { app } = buildBotApp({ store: new SqliteConversationStore(db, () => TEST_TODAY), logger });
    for (const [index, text] of MESSAGES.entries()) {
      const res = await request(app).post('/api/messages').send({
        type: 'message', channelId: 'test', serviceUrl: 'https://example.invalid', deliveryMode: 'expectReplies',
        conversation: { id: `privacy-${index}` }, from: { id: 'u' }, recipient: { id: 'b' }, text,
      });
      expect(res.status).toBe(200);
      // ask for results so that free text is kept as the user's situation
      await request(app).post('/api/messages').send({
        type: 'message', channelId: 'test', serviceUrl: 'https://example.invalid', deliveryMode: 'expectReplies',
        conversation: { id: `privacy-${index}` }, from: { id: 'u' }, recipient: { id: 'b' }, text: `any grants? ${text}`,
      });
    }
    db.pragma('wal_checkpoint(TRUNCATE)');
    const stored = readdirSync(dataDir).map((file) => readFileSync(join(dataDir, file)).toString('latin1')).join('\n');
    const storedUtf8 = readdirSync(dataDir).map((file) => readFileSync(join(dataDir, file)).toString('utf8')).join('\n');
    db.close();
    const logs = lines.join('');
    expect(lines.length).toBeGreaterThan(0);
    expect(storedUtf8).toMatch(/\[NRIC\]|\[PHONE\]|\[EMAIL\]/);
    for (const secret of SECRETS) {
      expect(stored, `database holds ${secret}`).not.toContain(secret);
      expect(storedUtf8, `database holds ${secret}`).not.toContain(secret);
      expect(logs, `logs hold ${secret}`).not.toContain(secret);
    }
  });

  it('is purged after RETENTION_DAYS of inactivity', () => {
    const db = openDatabase(':memory:');
    let now = new Date('2026-01-01T00:00:00Z');
    const store = new SqliteConversationStore(db, () => now);
    const state: ConversationState = { language: 'en', profile: { age: 70 }, needs: [], skipped: [], history: [], questionsInRow: 0, shownCount: 0, resultsShown: false, welcomed: true, turns: 1 };
    store.commit('old', { ...state }, [], 'en');
    now = new Date('2026-01-25T00:00:00Z');
    store.commit('recent', { ...state }, [], 'en');
    now = new Date('2026-02-05T00:00:00Z');
    expect(store.purgeOlderThan(30)).toBe(1);
    expect(store.load('old')).toBeUndefined();
    expect(store.load('recent')).toBeDefined();
  });
});
