/** Conversation tests as data: every transcript replayed through /api/messages, with expectReplies and via a mock channel. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { buildBotApp } from '../helpers/bot.js';
import { startMockChannel, type MockChannel } from '../helpers/mock-channel.js';
import { replay, type Send, type Transcript } from '../helpers/transcript.js';

const ROOT = 'test/conversations';
const transcripts: [string, Transcript][] = readdirSync(ROOT, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .flatMap((dir) =>
    readdirSync(join(ROOT, dir.name))
      .filter((file) => file.endsWith('.yaml'))
      .map((file) => [`${dir.name}/${file}`, parse(readFileSync(join(ROOT, dir.name, file), 'utf8')) as Transcript] as [string, Transcript]),
  );

const { app } = buildBotApp();
let conversationCounter = 0;

function activity(conversationId: string, input: Parameters<Send>[0], serviceUrl: string) {
  const base = {
    channelId: 'test', serviceUrl, conversation: { id: conversationId }, from: { id: 'user-1' }, recipient: { id: 'bot-1' },
    locale: input.locale, id: `in-${Math.random().toString(36).slice(2)}`,
  };
  if (input.event === 'start') return { ...base, type: 'conversationUpdate', membersAdded: [{ id: 'user-1' }] };
  return { ...base, type: 'message', ...(input.text !== undefined ? { text: input.text } : {}), ...(input.value !== undefined ? { value: input.value } : {}) };
}

describe('transcripts through /api/messages with deliveryMode expectReplies', () => {
  it.each(transcripts)('%s', async (_file, transcript) => {
    const conversationId = `expect-${(conversationCounter += 1)}`;
    await replay(transcript, async (input) => {
      const res = await request(app).post('/api/messages').send({ ...activity(conversationId, input, 'https://example.invalid'), deliveryMode: 'expectReplies' });
      if (res.status !== 200) throw new Error(`status ${res.status}: ${res.text}`);
      return res.body.activities;
    });
  });
});

describe('transcripts through /api/messages with replies sent to the serviceUrl (a mock channel)', () => {
  let channel: MockChannel;
  beforeAll(async () => {
    channel = await startMockChannel();
  });
  afterAll(async () => channel.close());

  it.each(transcripts)('%s', async (_file, transcript) => {
    const conversationId = `channel-${(conversationCounter += 1)}`;
    await replay(transcript, async (input) => {
      const res = await request(app).post('/api/messages').send(activity(conversationId, input, channel.serviceUrl));
      if (res.status !== 200) throw new Error(`status ${res.status}: ${res.text}`);
      return channel.take(conversationId).filter((sent) => sent.type === 'message');
    });
  });
});
