import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildBotApp } from '../helpers/bot.js';
import { startMockChannel, type MockChannel } from '../helpers/mock-channel.js';
import { postRaw } from '../helpers/raw.js';

const { app } = buildBotApp();
const base = { channelId: 'webchat', conversation: { id: 'bf-1' }, from: { id: 'user' }, recipient: { id: 'bot' }, serviceUrl: 'https://example.invalid' };
const send = (body: object) => request(app).post('/api/messages').send(body);

describe('POST /api/messages (emulator mode)', () => {
  let channel: MockChannel;
  beforeAll(async () => {
    channel = await startMockChannel();
  });
  afterAll(async () => channel.close());

  it('welcomes a new member on conversationUpdate, in the channel locale, with structured replies', async () => {
    const res = await send({ ...base, type: 'conversationUpdate', locale: 'zh-SG', membersAdded: [{ id: 'user' }], deliveryMode: 'expectReplies' });
    expect(res.status).toBe(200);
    const activities = res.body.activities;
    expect(activities[0].text).toMatch(/[\u4e00-\u9fff]/);
    for (const a of activities) {
      expect(a).toEqual(expect.objectContaining({ type: 'message', locale: 'zh-SG', channelData: { eAdviser: expect.objectContaining({ language: 'zh' }) } }));
      expect(a.recipient).toEqual({ id: 'user' });
    }
    const question = activities.at(-1);
    expect(question.channelData.eAdviser.question).toEqual({ field: 'audience', options: [expect.objectContaining({ value: 'business' }), expect.objectContaining({ value: 'individual' })] });
    expect(question.suggestedActions.actions[0]).toEqual(expect.objectContaining({ type: 'messageBack', value: { field: 'audience', value: 'business' } }));
  });

  it('does not welcome when only the bot joins', async () => {
    const res = await send({ ...base, type: 'conversationUpdate', membersAdded: [{ id: 'bot' }], deliveryMode: 'expectReplies' });
    expect(res.body.activities).toEqual([]);
  });

  it('answers a button press exactly like the typed answer, and renders scheme hero cards', async () => {
    const conversation = { id: 'bf-cards' };
    await send({ ...base, conversation, type: 'message', value: { field: 'audience', value: 'business' }, deliveryMode: 'expectReplies' });
    await send({ ...base, conversation, type: 'message', value: { field: 'needs', value: 'digitalisation' }, deliveryMode: 'expectReplies' });
    let activities: any[] = [];
    for (let i = 0; i < 8 && !activities.some((a) => a.attachments?.[0]?.contentType === 'application/vnd.microsoft.card.hero'); i += 1) {
      const res = await send({ ...base, conversation, type: 'message', value: { field: activities.at(-1)?.channelData.eAdviser.question?.field ?? 'registeredInSingapore', value: null }, deliveryMode: 'expectReplies' });
      activities = res.body.activities;
    }
    const cards = activities.find((a) => a.attachments?.length);
    expect(cards.attachmentLayout).toBe('carousel');
    expect(cards.channelData.eAdviser.schemes.length).toBe(cards.attachments.length);
    const hero = cards.attachments[0].content;
    expect(hero.buttons.map((b: any) => b.type)).toEqual(['openUrl', 'messageBack', 'messageBack']);
    expect(hero.buttons[1].value).toEqual({ action: 'why', scheme: cards.channelData.eAdviser.schemes[0].id });
  });

  it('renders the needs question as a multi-select Adaptive Card where the channel supports it', async () => {
    const res = await send({ ...base, conversation: { id: 'bf-needs' }, type: 'message', value: { field: 'audience', value: 'individual' }, deliveryMode: 'expectReplies' });
    const card = res.body.activities.at(-1).attachments[0];
    expect(card.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(card.content.body[0]).toEqual(expect.objectContaining({ type: 'Input.ChoiceSet', isMultiSelect: true, id: 'value', label: expect.any(String) }));
    expect(card.content.actions[0].data).toEqual({ field: 'needs' });
    const typed = await send({ ...base, conversation: { id: 'bf-needs' }, type: 'message', value: { field: 'needs', value: 'healthcare,eldercare' }, deliveryMode: 'expectReplies' });
    expect(typed.status).toBe(200);
    expect(typed.body.activities.at(-1).channelData.eAdviser.question.field).not.toBe('needs');
  });

  it('sends replies to an allowed serviceUrl through the connector', async () => {
    const res = await send({ ...base, conversation: { id: 'bf-sent' }, serviceUrl: channel.serviceUrl, type: 'message', text: 'hello', id: 'act-1' });
    expect(res.status).toBe(200);
    const sent = channel.take('bf-sent');
    expect(sent[0]).toEqual(expect.objectContaining({ type: 'typing', replyToId: 'act-1' }));
    expect(sent.length).toBeGreaterThan(2);
    expect(sent[1]).toEqual(expect.objectContaining({ type: 'message', replyToId: 'act-1', conversation: { id: 'bf-sent' } }));
  });

  it('refuses with 403 to send to a serviceUrl outside the allow-list, and sends nothing', async () => {
    const res = await send({ ...base, serviceUrl: 'https://attacker.example.com/', type: 'message', text: 'hello' });
    expect(res.status).toBe(403);
    expect(res.type).toBe('application/problem+json');
  });

  it.each(['typing', 'messageReaction', 'invoke', 'endOfConversation', 'event'])('answers a %s activity with 200 and no reply', async (type) => {
    const res = await send({ ...base, type, deliveryMode: 'expectReplies' });
    expect(res.status).toBe(200);
    expect(res.body.activities).toEqual([]);
  });

  it.each([
    [{ ...base, type: 'message', conversation: undefined }, 'conversation'],
    [{ ...base, type: 'message', serviceUrl: 'not a url' }, 'serviceUrl'],
    [{ ...base, type: 123 }, 'type'],
    [{ ...base, type: 'message', from: { name: 'no id' } }, 'from.id'],
  ])('rejects a malformed activity with 400 naming %s', async (body, path) => {
    const res = await send(body);
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { path: string }) => e.path)).toContain(path);
  });

  it('rejects invalid UTF-8 with 400', async () => {
    const bytes = Buffer.concat([Buffer.from(JSON.stringify({ ...base, type: 'message', text: 'x' }).slice(0, -3)), Buffer.from([0xff, 0xfe]), Buffer.from('"}')]);
    const res = await postRaw(app, '/api/messages', bytes, { 'content-type': 'application/json' });
    expect(res.status).toBe(400);
  });

  it('never crashes on an unknown payload: it says so and asks again', async () => {
    const res = await send({ ...base, conversation: { id: 'bf-odd' }, type: 'message', value: { action: 'explode' }, deliveryMode: 'expectReplies' });
    expect(res.status).toBe(200);
    expect(res.body.activities.map((a: any) => a.text).join(' ')).toMatch(/didn't catch/);
  });
});
