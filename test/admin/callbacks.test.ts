/** Call-back requests for staff: listed with the consented contact, status changes audited, contact erased on close. */
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { SqliteConversationStore } from '../../src/store/conversations.js';
import { PSG, bearer, buildAdminTestApp } from './helpers.js';

function seeded() {
  const ctx = buildAdminTestApp();
  ['2026-11-20T01:00:00Z', '2026-11-21T01:00:00Z', '2026-11-22T01:00:00Z'].forEach((iso, index) => {
    new SqliteConversationStore(ctx.db, () => new Date(iso)).commit(`conv-${index}`, undefined, [
      { type: 'callback', name: `Person ${index}`, contact: `9000000${index}`, profileSummary: `audience: business; employees: ${index + 5}`, scheme: PSG, agency: 'Enterprise Singapore' },
    ], 'en');
  });
  return ctx;
}

describe('call-back requests', () => {
  it('are listed newest first with contact, profile summary and status, paged by cursor', async () => {
    const ctx = seeded();
    const first = await request(ctx.app).get('/api/admin/callbacks?limit=2').set(bearer(ctx.tokens.viewer));
    expect(first.status).toBe(200);
    expect(first.body.items.map((c: { name: string }) => c.name)).toEqual(['Person 2', 'Person 1']);
    expect(first.body.items[0]).toEqual(expect.objectContaining({
      id: expect.any(String), status: 'new', contact: '90000002', profileSummary: 'audience: business; employees: 7', scheme: PSG, agency: 'Enterprise Singapore', language: 'en',
    }));
    const second = await request(ctx.app).get(`/api/admin/callbacks?limit=2&cursor=${first.body.next}`).set(bearer(ctx.tokens.viewer));
    expect(second.body.items.map((c: { name: string }) => c.name)).toEqual(['Person 0']);
    expect(second.body.next).toBeUndefined();
    expect((await request(ctx.app).get('/api/admin/callbacks?cursor=nonsense').set(bearer(ctx.tokens.viewer))).status).toBe(400);
  });

  it('move new → contacted → closed; closing erases name and contact for good', async () => {
    const ctx = seeded();
    const list = await request(ctx.app).get('/api/admin/callbacks').set(bearer(ctx.tokens.viewer));
    const id = list.body.items[0].id as string;
    const patch = (status: string) => request(ctx.app).patch(`/api/admin/callbacks/${id}`).set(bearer(ctx.tokens.editor)).send({ status });
    const contacted = await patch('contacted');
    expect(contacted.status).toBe(200);
    expect(contacted.body).toEqual(expect.objectContaining({ status: 'contacted', contact: '90000002' }));
    const closed = await patch('closed');
    expect(closed.body.status).toBe('closed');
    expect(closed.body.name).toBeUndefined();
    expect(closed.body.contact).toBeUndefined();
    expect(closed.body.profileSummary).toBeDefined();
    expect(ctx.db.prepare('SELECT name, contact FROM callbacks WHERE id = ?').get(id)).toEqual({ name: null, contact: null });
    expect((await patch('new')).status).toBe(409);
    const onlyClosed = await request(ctx.app).get('/api/admin/callbacks?status=closed').set(bearer(ctx.tokens.viewer));
    expect(onlyClosed.body.items.map((c: { id: string }) => c.id)).toEqual([id]);
  });

  it('refuses an unknown status (field named) and an unknown id; audits changes without personal data', async () => {
    const ctx = seeded();
    const bad = await request(ctx.app).patch('/api/admin/callbacks/anything').set(bearer(ctx.tokens.editor)).send({ status: 'done' });
    expect(bad.status).toBe(404);
    const list = await request(ctx.app).get('/api/admin/callbacks').set(bearer(ctx.tokens.viewer));
    const invalid = await request(ctx.app).patch(`/api/admin/callbacks/${list.body.items[0].id}`).set(bearer(ctx.tokens.editor)).send({ status: 'done' });
    expect(invalid.status).toBe(400);
    expect(invalid.body.errors[0].path).toBe('status');
    await request(ctx.app).patch(`/api/admin/callbacks/${list.body.items[0].id}`).set(bearer(ctx.tokens.editor)).send({ status: 'closed' });
    const audit = await request(ctx.app).get('/api/admin/audit').set(bearer(ctx.tokens.publisher));
    const actions = audit.body.items.map((item: { action: string }) => item.action);
    expect(actions).toEqual(expect.arrayContaining(['callbacks.read', 'callback.status']));
    expect(JSON.stringify(audit.body)).not.toMatch(/Person|9000000/);
  });
});
