/** Turns on worker threads: the same answers as in-process, in order per conversation, live catalogue, crash recovery. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeCore, type Core } from '../src/compose.js';
import { expectRepliesBody } from '../src/channels/replies.js';
import { loadConfig } from '../src/config.js';
import type { TurnOutput } from '../src/core/dialogue.js';
import { TurnThreadError, TurnThreads } from '../src/turn-threads.js';
import { silentLogger } from './helpers/app.js';

const config = loadConfig({ DATA_DIR: mkdtempSync(join(tmpdir(), 'threads-')), LOG_LEVEL: 'silent' });
let core: Core;
let threads: TurnThreads;
const fatal: Error[] = [];

const text = (output: TurnOutput) => output.replies.map((reply) => [reply.text, ...(reply.cards ?? []).map((card) => card.title)].join('\n')).join('\n');

beforeAll(async () => {
  // The main thread migrates the database and caches the NLU model, as at start-up; the threads load both.
  core = composeCore(config, silentLogger);
  threads = new TurnThreads(config, 2, silentLogger, (error) => fatal.push(error));
  await threads.ready;
}, 60_000);

afterAll(async () => {
  await threads.close();
  core.db.close();
});

describe('turn threads', () => {
  it('answer a turn as the in-process runner does, and commit it to the shared database', async () => {
    const threaded = await threads.run('test:same', { text: 'hi, I run a bakery with 8 staff and want to go digital' });
    const inProcess = core.runner.run('test:same-inprocess', { text: 'hi, I run a bakery with 8 staff and want to go digital' });
    expect(threaded).toEqual(inProcess);
    expect(core.conversations.load('test:same')?.state.profile).toMatchObject({ employees: 8, sector: 'food_services' });
  });

  it('render an expectReplies body on the thread exactly as the channel would on the main thread', async () => {
    const to = { channelId: 'test', conversationId: 'c1', bot: { id: 'bot' }, user: { id: 'u1' }, replyToId: 'a1' };
    const body = await threads.runToReplies('test:body', { text: 'saya ada kedai runcit, 4 pekerja' }, to);
    const inProcess = expectRepliesBody(core.runner.run('test:body-inprocess', { text: 'saya ada kedai runcit, 4 pekerja' }), to, core.translator);
    expect(body).toBe(inProcess);
    const parsed = JSON.parse(body) as { activities: { recipient: { id: string }; replyToId: string; locale: string }[] };
    expect(parsed.activities.length).toBeGreaterThan(0);
    expect(parsed.activities.every((activity) => activity.recipient.id === 'u1' && activity.replyToId === 'a1')).toBe(true);
    expect(parsed.activities[0]!.locale).toMatch(/^ms/);
  });

  it('keep each conversation in order when many run at once', async () => {
    const journeys = ['en', 'ms', 'zh', 'ta', 'en2', 'ms2'].map((name) => `test:order-${name}`);
    const sent = journeys.flatMap((key) => [1, 2, 3].map((n) => threads.run(key, { text: n === 1 ? 'hello' : 'not sure' })));
    await Promise.all(sent);
    for (const key of journeys) expect(core.conversations.load(key)?.state.turns).toBe(3);
  });

  it('take a staff change of the catalogue before their next turn', async () => {
    const schemes = core.catalogue.current().schemes.map((scheme) =>
      scheme.id === 'productivity-solutions-grant' ? { ...scheme, name: { ...scheme.name, en: 'Kopi Uncle Productivity Grant' } } : scheme,
    );
    threads.catalogueChanged(schemes);
    const output = await threads.run('test:catalogue', { text: 'tell me about the Kopi Uncle Productivity Grant' });
    expect(text(output)).toContain('Kopi Uncle Productivity Grant');
  });

  it('reject the turns of a thread that dies, and start a new thread that answers', async () => {
    const inFlight = threads.run('test:crash', { text: 'hello' }).then(
      () => 'answered',
      (error: unknown) => (error instanceof TurnThreadError ? 'rejected' : 'other error'),
    );
    await threads.killThread(0);
    await threads.killThread(1);
    const settled = await inFlight;
    // The turn either finished before the thread stopped or was rejected; it never hangs.
    expect(['answered', 'rejected']).toContain(settled);
    const after = await threads.run('test:after-crash', { text: 'hello' });
    expect(after.replies.length).toBeGreaterThan(0);
    expect(fatal).toEqual([]);
  }, 30_000);
});
