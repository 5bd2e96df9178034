/** Catalogue editing: validation naming fields, examples guarding rules, If-Match, versions, rollback, and edits live at once. */
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import type { CriteriaNode, Scheme } from '../../src/core/scheme.js';
import { PSG, bearer, buildAdminTestApp } from './helpers.js';

const MERGE_PATCH = 'application/merge-patch+json';

function setup() {
  const ctx = buildAdminTestApp();
  const admin = (method: 'get' | 'post' | 'put' | 'patch' | 'delete', path: string, role: keyof typeof ctx.tokens = 'publisher') =>
    request(ctx.app)[method](`/api/admin${path}`).set(bearer(ctx.tokens[role]));
  const patch = (id: string, body: unknown, etag?: string) => {
    const req = admin('patch', `/schemes/${id}`, 'editor').set('content-type', MERGE_PATCH);
    return (etag ? req.set('If-Match', etag) : req).send(JSON.stringify(body));
  };
  const read = async (id: string) => {
    const res = await admin('get', `/schemes/${id}`, 'viewer');
    return { scheme: res.body as Scheme, etag: res.headers.etag as string, status: res.status };
  };
  return { ...ctx, admin, patch, read };
}

const SMALL_FIRM = { audience: 'business', profile: { registeredInSingapore: true, localShareholdingPct: 40, employees: 8 }, needs: ['digitalisation'], limit: 100 };

describe('reading', () => {
  const ctx = setup();

  it('lists schemes with filters and reads one with an ETag naming its version', async () => {
    const list = await ctx.admin('get', '/schemes?audience=business&need=digitalisation&q=productivity', 'viewer');
    expect(list.status).toBe(200);
    expect(list.body.items.map((item: { id: string }) => item.id)).toContain(PSG);
    expect(list.body.items.every((item: { audience: string }) => item.audience === 'business')).toBe(true);
    expect(list.body.items[0]).toEqual(expect.objectContaining({ version: 1, updatedAt: expect.any(String) }));
    const bad = await ctx.admin('get', '/schemes?audience=alien', 'viewer');
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].path).toBe('query.audience');
    const { scheme, etag } = await ctx.read(PSG);
    expect(etag).toBe('"v1"');
    expect(scheme.id).toBe(PSG);
    expect(scheme.eligibility).toBeDefined();
  });

  it('is 404 for an unknown id, once authorised', async () => {
    expect((await ctx.read('no-such-scheme')).status).toBe(404);
  });
});

describe('an accepted edit', () => {
  it("changes the bot's very next answer: details, match, search, and the catalogue's listeners", async () => {
    const ctx = setup();
    let swaps = 0;
    ctx.catalogue.onChange(() => (swaps += 1));
    const before = await request(ctx.app).post('/api/match').send(SMALL_FIRM);
    expect(before.body.results.find((r: { scheme: { id: string } }) => r.scheme.id === PSG)?.status).toBe('eligible');

    const { scheme, etag } = await ctx.read(PSG);
    const res = await ctx.patch(PSG, {
      benefits: { en: 'Up to 70% of qualifying costs (edited).' },
      keywords: { en: [...scheme.keywords.en, 'quokkaware'] },
      eligibility: { all: [...(scheme.eligibility as { all: CriteriaNode[] }).all.map((c) => ('field' in c && c.field === 'localShareholdingPct' ? { ...c, value: 50 } : c))] },
    }, etag);
    expect(res.body.errors).toBeUndefined();
    expect(res.status).toBe(200);
    expect(res.headers.etag).toBe('"v2"');
    expect(swaps).toBe(1);

    const detail = await request(ctx.app).get(`/api/schemes/${PSG}`);
    expect(detail.body.benefits).toBe('Up to 70% of qualifying costs (edited).');
    expect(detail.body.name).toBe('Productivity Solutions Grant');
    const after = await request(ctx.app).post('/api/match?includeIneligible=true').send(SMALL_FIRM);
    expect(after.body.results.find((r: { scheme: { id: string } }) => r.scheme.id === PSG)?.status).toBe('ineligible');
    const search = await request(ctx.app).get('/api/schemes?q=quokkaware');
    expect(search.body.items[0].id).toBe(PSG);
  });

  it('creates a scheme (201, Location, ETag) that the bot offers at once; the same id again is 409', async () => {
    const ctx = setup();
    const { scheme: psg } = await ctx.read(PSG);
    const fresh = { ...psg, id: 'bakery-oven-grant', acronym: undefined, name: { ...psg.name, en: 'Bakery Oven Grant' }, keywords: { ...psg.keywords, en: ['bakery oven'] } };
    const created = await ctx.admin('post', '/schemes', 'editor').send(fresh);
    expect(created.status).toBe(201);
    expect(created.headers.location).toBe('/api/admin/schemes/bakery-oven-grant');
    expect(created.headers.etag).toBe('"v1"');
    expect((await request(ctx.app).get('/api/schemes/bakery-oven-grant')).body.name).toBe('Bakery Oven Grant');
    const match = await request(ctx.app).post('/api/match').send(SMALL_FIRM);
    expect(match.body.results.map((r: { scheme: { id: string } }) => r.scheme.id)).toContain('bakery-oven-grant');
    const again = await ctx.admin('post', '/schemes', 'editor').send(fresh);
    expect(again.status).toBe(409);
    expect(again.type).toBe('application/problem+json');
  });

  it('stores who, when, what changed and why as a new version', async () => {
    const ctx = setup();
    const { etag } = await ctx.read(PSG);
    const res = await ctx.patch(PSG, { benefits: { en: 'Changed.' } }, etag).set('X-Change-Comment', encodeURIComponent('Rate cut — see MTI circular'));
    expect(res.status).toBe(200);
    const versions = await ctx.admin('get', `/schemes/${PSG}/versions`, 'viewer');
    expect(versions.body.current).toBe(2);
    expect(versions.body.items[0]).toEqual({
      version: 2, action: 'update', actor: 'eddie-editor', at: expect.any(String), comment: 'Rate cut — see MTI circular',
      diff: [{ path: 'benefits.en', before: expect.stringMatching(/50%/), after: 'Changed.' }],
    });
    expect(versions.body.items[1]).toEqual(expect.objectContaining({ version: 1, action: 'import' }));
    const old = await ctx.admin('get', `/schemes/${PSG}/versions/1`, 'viewer');
    expect(old.body.benefits.en).toMatch(/50%/);
  });
});

describe('a refused edit', () => {
  const ctx = setup();

  it('names the field at fault and changes nothing', async () => {
    const { etag } = await ctx.read(PSG);
    const res = await ctx.patch(PSG, { url: 'http://insecure.example', eligibility: { all: [{ field: 'employees', op: 'between', value: 5 }] }, colour: 'red' }, etag);
    expect(res.status).toBe(400);
    expect(res.type).toBe('application/problem+json');
    expect(res.body.errors.map((e: { path: string }) => e.path).sort()).toEqual(['colour', 'eligibility.all.0.op', 'url']);
    expect((await ctx.read(PSG)).etag).toBe('"v1"');
  });

  it('says which example a rule change breaks, and why', async () => {
    const { etag } = await ctx.read(PSG);
    const res = await ctx.patch(PSG, { eligibility: { all: [{ field: 'localShareholdingPct', op: 'gte', value: 5 }] } }, etag);
    expect(res.status).toBe(400);
    expect(res.body.type).toBe('/problems/examples-failing');
    expect(res.body.errors).toContainEqual({
      path: 'examples.1',
      message: expect.stringMatching(/'a foreign-owned company with 10% local shareholding' expects ineligible but the criteria give eligible/),
    });
    const unknown = await ctx.patch(PSG, { eligibility: { all: [{ field: 'annualRevenueSgd', op: 'lte', value: 1e8 }] } }, etag);
    expect(unknown.body.errors[0].message).toMatch(/annualRevenueSgd lte 100000000 is unknown \(the example has no annualRevenueSgd\)/);
    expect((await ctx.read(PSG)).etag).toBe('"v1"');
  });

  it('refuses a body id other than the URL id, and a plain JSON body on PATCH', async () => {
    const { scheme, etag } = await ctx.read(PSG);
    const put = await ctx.admin('put', `/schemes/${PSG}`, 'editor').set('If-Match', etag).send({ ...scheme, id: 'another-id' });
    expect(put.status).toBe(400);
    expect(put.body.errors).toEqual([{ path: 'id', message: expect.stringContaining(PSG) }]);
    const json = await ctx.admin('patch', `/schemes/${PSG}`, 'editor').set('If-Match', etag).send({ benefits: { en: 'x' } });
    expect(json.status).toBe(415);
  });
});

describe('optimistic concurrency', () => {
  it('needs If-Match (428), refuses a stale one (412) and *', async () => {
    const ctx = setup();
    const { scheme } = await ctx.read(PSG);
    expect((await ctx.patch(PSG, { benefits: { en: 'x' } })).status).toBe(428);
    expect((await ctx.admin('put', `/schemes/${PSG}`, 'editor').send(scheme)).status).toBe(428);
    expect((await ctx.admin('delete', `/schemes/${PSG}`)).status).toBe(428);
    expect((await ctx.admin('post', `/schemes/${PSG}/rollback`).send({ version: 1 })).status).toBe(428);
    expect((await ctx.patch(PSG, { benefits: { en: 'x' } }, '*')).status).toBe(428);
    const stale = await ctx.patch(PSG, { benefits: { en: 'x' } }, '"v7"');
    expect(stale.status).toBe(412);
    expect(stale.headers.etag).toBe('"v1"');
  });

  it('lets exactly one of two concurrent edits from the same version win; the other gets 412', async () => {
    const ctx = setup();
    const { etag } = await ctx.read(PSG);
    const [first, second] = await Promise.all([
      ctx.patch(PSG, { benefits: { en: 'Edit by Alice.' } }, etag),
      ctx.patch(PSG, { benefits: { en: 'Edit by Bob.' } }, etag),
    ]);
    expect([first.status, second.status].sort()).toEqual([200, 412]);
    const winner = first.status === 200 ? 'Edit by Alice.' : 'Edit by Bob.';
    expect((await ctx.read(PSG)).scheme.benefits.en).toBe(winner);
    expect((await ctx.admin('get', `/schemes/${PSG}/versions`, 'viewer')).body.current).toBe(2);
  });
});

describe('rollback and delete', () => {
  it('rollback restores an earlier version as a new version, live at once', async () => {
    const ctx = setup();
    const original = await ctx.read(PSG);
    const edited = await ctx.patch(PSG, { benefits: { en: 'Temporary text.' } }, original.etag);
    const res = await ctx.admin('post', `/schemes/${PSG}/rollback`).set('If-Match', edited.headers.etag).send({ version: 1 });
    expect(res.status).toBe(200);
    expect(res.headers.etag).toBe('"v3"');
    expect(res.body).toEqual(original.scheme);
    expect((await ctx.read(PSG)).scheme).toEqual(original.scheme);
    expect((await request(ctx.app).get(`/api/schemes/${PSG}`)).body.benefits).toBe(original.scheme.benefits.en);
    const versions = await ctx.admin('get', `/schemes/${PSG}/versions`, 'viewer');
    expect(versions.body.items[0]).toEqual(expect.objectContaining({ version: 3, action: 'rollback', actor: 'pat-publisher', comment: 'rollback to version 1' }));
    const missing = await ctx.admin('post', `/schemes/${PSG}/rollback`).set('If-Match', '"v3"').send({ version: 99 });
    expect(missing.status).toBe(400);
    expect(missing.body.errors[0].path).toBe('version');
  });

  it('delete hides a scheme everywhere, keeps its versions, and rollback brings it back', async () => {
    const ctx = setup();
    const { etag, scheme } = await ctx.read(PSG);
    const deleted = await ctx.admin('delete', `/schemes/${PSG}`).set('If-Match', etag).set('X-Change-Comment', 'scheme closed');
    expect(deleted.status).toBe(204);
    expect((await request(ctx.app).get(`/api/schemes/${PSG}`)).status).toBe(404);
    expect((await request(ctx.app).get('/api/schemes?q=PSG')).body.items.map((s: { id: string }) => s.id)).not.toContain(PSG);
    expect((await ctx.read(PSG)).status).toBe(404);
    expect((await ctx.admin('post', '/schemes', 'editor').send(scheme)).status).toBe(409);
    const versions = await ctx.admin('get', `/schemes/${PSG}/versions`, 'viewer');
    expect(versions.body).toEqual(expect.objectContaining({ current: 2, deleted: true }));
    const restored = await ctx.admin('post', `/schemes/${PSG}/rollback`).set('If-Match', '"v2"').send({ version: 1 });
    expect(restored.status).toBe(200);
    expect((await request(ctx.app).get(`/api/schemes/${PSG}`)).status).toBe(200);
  });

  it('retiring is an edit to status ended: the bot stops recommending it', async () => {
    const ctx = setup();
    const { etag } = await ctx.read(PSG);
    expect((await ctx.patch(PSG, { status: 'ended' }, etag)).status).toBe(200);
    const match = await request(ctx.app).post('/api/match').send(SMALL_FIRM);
    expect(match.body.results.map((r: { scheme: { id: string } }) => r.scheme.id)).not.toContain(PSG);
    expect((await request(ctx.app).get(`/api/schemes/${PSG}`)).body.status).toBe('ended');
  });
});

describe('the audit log', () => {
  it('records every edit with its actor, newest first, paged by cursor', async () => {
    const ctx = setup();
    let { etag } = await ctx.read(PSG);
    for (const text of ['one', 'two', 'three']) etag = (await ctx.patch(PSG, { benefits: { en: text } }, etag)).headers.etag;
    const first = await ctx.admin('get', '/audit?limit=2');
    expect(first.status).toBe(200);
    expect(first.body.items).toHaveLength(2);
    expect(first.body.next).toEqual(expect.any(String));
    const edits = [];
    let cursor: string | undefined = undefined;
    do {
      const page: request.Response = await ctx.admin('get', `/audit?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      edits.push(...page.body.items.filter((item: { action: string }) => item.action === 'scheme.update'));
      cursor = page.body.next;
    } while (cursor);
    expect(edits.map((e: { detail: { version: number } }) => e.detail.version)).toEqual([4, 3, 2]);
    expect(edits[0]).toEqual(expect.objectContaining({ actor: 'eddie-editor', target: `scheme:${PSG}`, at: expect.any(String) }));
    expect(() => ctx.db.prepare('DELETE FROM admin_audit').run()).toThrow(/append-only/);
    expect(() => ctx.db.prepare("UPDATE admin_audit SET actor = 'x'").run()).toThrow(/append-only/);
  });
});
