/** Every admin route refuses a missing, wrong, expired or revoked token (401) and a too-low role (403), before anything else. */
import request from 'supertest';
import type { Router } from 'express';
import { beforeAll, describe, expect, it } from 'vitest';
import { createAdminRouter } from '../../src/admin/router.js';
import { ROLES, type Role } from '../../src/admin/roles.js';
import { hashToken } from '../../src/admin/tokens.js';
import { LiveCatalogue } from '../../src/catalogue/catalogue.js';
import { openDatabase } from '../../src/store/database.js';
import { silentLogger } from '../helpers/app.js';
import { bearer, buildAdminTestApp } from './helpers.js';

interface Operation {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  path: string;
  role: Role;
}

const ctx = buildAdminTestApp();
const wrongToken = `eadm_${'0'.repeat(16)}_${'A'.repeat(43)}`;
let operations: Operation[] = [];
let expired: string;
let revoked: string;

/** Concrete URL for a documented path: ids that do not exist, so a leak past auth would show as 404. */
const urlOf = (path: string): string => `/api/admin${path.replace('{id}', 'no-such-id').replace('{version}', '1')}`;

function call(op: Operation, headers: Record<string, string> = {}) {
  const req = request(ctx.app)[op.method](urlOf(op.path)).set(headers);
  return op.method === 'post' || op.method === 'put' || op.method === 'patch'
    ? req.set('content-type', op.path === '/import' ? 'application/gzip' : 'application/json').send(op.path === '/import' ? Buffer.from('x') : '{}')
    : req;
}

/** Routes as express registered them, for comparison with the OpenAPI document. */
function registeredRoutes(router: Router): string[] {
  return (router.stack as unknown as { route?: { path: string; methods: Record<string, boolean> } }[])
    .filter((layer) => layer.route)
    .flatMap((layer) => Object.keys(layer.route!.methods).map((method) => `${method} ${layer.route!.path.replace(/:(\w+)/g, '{$1}')}`))
    .sort();
}

beforeAll(async () => {
  const doc = await request(ctx.app).get('/api/admin/openapi.json').set(bearer(ctx.tokens.viewer));
  expect(doc.status).toBe(200);
  operations = Object.entries(doc.body.paths as Record<string, Record<string, { 'x-required-role': Role }>>).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({ method: method as Operation['method'], path, role: op['x-required-role'] })),
  );
  const soonExpired = ctx.issue('old-timer', 'publisher', 1);
  expired = soonExpired.token;
  const toRevoke = ctx.issue('leaver', 'publisher');
  revoked = toRevoke.token;
  expect((await request(ctx.app).delete(`/api/admin/tokens/${toRevoke.tokenId}`).set(bearer(ctx.tokens.publisher))).status).toBe(204);
  ctx.clock.now = new Date(ctx.clock.now.getTime() + 2 * 86_400_000);
});

describe('the route table', () => {
  it('documents exactly the routes the router serves, each with a role', () => {
    const router = createAdminRouter({ db: openDatabase(':memory:'), catalogue: new LiveCatalogue([]), logger: silentLogger });
    expect(operations.map((op) => `${op.method} ${op.path}`).sort()).toEqual(registeredRoutes(router));
    expect(operations.length).toBeGreaterThanOrEqual(20);
    for (const op of operations) expect(ROLES).toContain(op.role);
  });

  it('gives the roles of CONTRACT.md', () => {
    const roleOf = (method: string, path: string) => operations.find((op) => op.method === method && op.path === path)?.role;
    expect(roleOf('get', '/schemes')).toBe('viewer');
    expect(roleOf('get', '/schemes/{id}')).toBe('viewer');
    expect(roleOf('post', '/schemes')).toBe('editor');
    expect(roleOf('put', '/schemes/{id}')).toBe('editor');
    expect(roleOf('patch', '/schemes/{id}')).toBe('editor');
    expect(roleOf('delete', '/schemes/{id}')).toBe('publisher');
    expect(roleOf('post', '/schemes/{id}/rollback')).toBe('publisher');
    expect(roleOf('get', '/schemes/{id}/versions')).toBe('viewer');
    expect(roleOf('get', '/export')).toBe('viewer');
    expect(roleOf('post', '/import')).toBe('publisher');
    expect(roleOf('get', '/reports')).toBe('viewer');
    expect(roleOf('get', '/insights')).toBe('viewer');
    expect(roleOf('get', '/callbacks')).toBe('viewer');
    expect(roleOf('patch', '/callbacks/{id}')).toBe('editor');
    expect(roleOf('get', '/audit')).toBe('publisher');
    expect(roleOf('post', '/users')).toBe('publisher');
    expect(roleOf('delete', '/tokens/{id}')).toBe('publisher');
    expect(roleOf('get', '/openapi.json')).toBe('viewer');
  });
});

describe('every admin route', () => {
  const cases: [string, () => Record<string, string>][] = [
    ['no token', () => ({})],
    ['a token of another scheme', () => ({ Authorization: 'Basic dXNlcjpwYXNz' })],
    ['a malformed token', () => bearer('letmein')],
    ['a wrong token', () => bearer(wrongToken)],
    ['an expired token', () => bearer(expired)],
    ['a revoked token', () => bearer(revoked)],
  ];
  for (const [label, headers] of cases) {
    it(`answers 401 problem+json to ${label}`, async () => {
      for (const op of operations) {
        const res = await call(op, headers());
        expect(res.status, `${op.method} ${op.path}`).toBe(401);
        expect(res.type).toBe('application/problem+json');
        expect(res.headers['www-authenticate']).toMatch(/^Bearer/);
      }
    });
  }

  it('answers 403 problem+json to every role below the one required', async () => {
    let checked = 0;
    for (const op of operations) {
      for (const role of ROLES.slice(0, ROLES.indexOf(op.role))) {
        const res = await call(op, bearer(ctx.tokens[role]));
        expect(res.status, `${role} on ${op.method} ${op.path}`).toBe(403);
        expect(res.type).toBe('application/problem+json');
        expect(res.body.detail).toContain(op.role);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(10);
  });

  it('says why a token stopped working only once its secret matched', async () => {
    const op = { method: 'get', path: '/schemes', role: 'viewer' } as const;
    expect((await call(op, bearer(expired))).body.detail).toMatch(/expired/);
    expect((await call(op, bearer(revoked))).body.detail).toMatch(/revoked/);
    expect((await call(op, bearer(wrongToken))).body.detail).not.toMatch(/expired|revoked/);
  });
});

describe('tokens', () => {
  it('are at least 256 bits, carry a public id, and are stored only as a hash', () => {
    const issued = ctx.issue('checker', 'viewer');
    expect(issued.token).toMatch(new RegExp(`^eadm_${issued.tokenId}_[A-Za-z0-9_-]{43}$`));
    const rows = ctx.db.prepare('SELECT * FROM admin_tokens').all() as Record<string, unknown>[];
    const stored = JSON.stringify(rows);
    expect(stored).not.toContain(issued.token);
    expect(stored).not.toContain(issued.token.slice(-43));
    expect(rows.find((row) => row.id === issued.tokenId)?.secret_hash).toBe(hashToken(issued.token));
  });

  it('are never shown by the users listing', async () => {
    const res = await request(ctx.app).get('/api/admin/users').set(bearer(ctx.tokens.publisher));
    expect(res.status).toBe(200);
    expect(JSON.stringify(res.body)).not.toMatch(/eadm_|secret_?hash/i);
    expect(res.body.items.find((user: { name: string }) => user.name === 'leaver').tokens[0].revokedAt).toBeDefined();
  });

  it('created over the API work at once, are shown once, and a name is taken only once', async () => {
    const res = await request(ctx.app).post('/api/admin/users').set(bearer(ctx.tokens.publisher)).send({ name: 'new-editor', role: 'editor', expiresInDays: 7 });
    expect(res.status).toBe(201);
    expect(res.body).toEqual({ user: { id: expect.any(String), name: 'new-editor', role: 'editor' }, token: expect.stringMatching(/^eadm_/), tokenId: expect.any(String), expiresAt: expect.any(String) });
    expect(res.headers['cache-control']).toBe('no-store');
    expect((await request(ctx.app).get('/api/admin/schemes').set(bearer(res.body.token))).status).toBe(200);
    const again = await request(ctx.app).post('/api/admin/users').set(bearer(ctx.tokens.publisher)).send({ name: 'new-editor', role: 'viewer' });
    expect(again.status).toBe(409);
    const bad = await request(ctx.app).post('/api/admin/users').set(bearer(ctx.tokens.publisher)).send({ name: '', role: 'admin' });
    expect(bad.status).toBe(400);
    expect([...new Set(bad.body.errors.map((e: { path: string }) => e.path))].sort()).toEqual(['name', 'role']);
  });
});

describe('failures', () => {
  it('are logged without the token, and audited', async () => {
    ctx.logLines.length = 0;
    await request(ctx.app).get('/api/admin/schemes').set(bearer(wrongToken));
    await request(ctx.app).get('/api/admin/audit').set(bearer(ctx.tokens.viewer));
    const logged = JSON.stringify(ctx.logLines);
    expect(ctx.logLines.map((line) => line.msg)).toEqual(['admin authentication failed', 'admin role too low']);
    expect(logged).not.toContain(wrongToken);
    expect(logged).not.toContain(ctx.tokens.viewer);
    expect(logged).not.toContain(wrongToken.slice(-43));
    const audit = await request(ctx.app).get('/api/admin/audit').set(bearer(ctx.tokens.publisher));
    const actions = audit.body.items.map((item: { action: string }) => item.action);
    expect(actions).toContain('auth.failed');
    expect(actions).toContain('auth.forbidden');
    expect(JSON.stringify(audit.body)).not.toContain(wrongToken);
  });

  it('are rate-limited per client: after too many, even a right token waits (429 with Retry-After)', async () => {
    const limited = buildAdminTestApp({ authFailureLimit: { maxFailures: 3, windowMs: 60_000 } });
    for (let attempt = 0; attempt < 3; attempt += 1) {
      expect((await request(limited.app).get('/api/admin/schemes').set(bearer(wrongToken))).status).toBe(401);
    }
    const blocked = await request(limited.app).get('/api/admin/schemes').set(bearer(limited.tokens.viewer));
    expect(blocked.status).toBe(429);
    expect(blocked.type).toBe('application/problem+json');
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    limited.clock.now = new Date(limited.clock.now.getTime() + 61_000);
    expect((await request(limited.app).get('/api/admin/schemes').set(bearer(limited.tokens.viewer))).status).toBe(200);
  });

  it('of a missing header do not count towards the limit', async () => {
    const limited = buildAdminTestApp({ authFailureLimit: { maxFailures: 2, windowMs: 60_000 } });
    for (let attempt = 0; attempt < 5; attempt += 1) await request(limited.app).get('/api/admin/schemes');
    expect((await request(limited.app).get('/api/admin/schemes').set(bearer(limited.tokens.viewer))).status).toBe(200);
  });

  it('come before a 404: an unknown admin path without a token is 401', async () => {
    expect((await request(ctx.app).get('/api/admin/nowhere')).status).toBe(401);
    expect((await request(ctx.app).get('/api/admin/nowhere').set(bearer(ctx.tokens.viewer))).status).toBe(404);
  });
});
