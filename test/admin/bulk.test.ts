/** Export as schemes/-format YAML in a tar.gz, and import such a bundle: dry run, per-file problems, byte-for-byte round trip. */
import request from 'supertest';
import { create as tarCreate } from 'tar';
import { describe, expect, it } from 'vitest';
import { packTarGz, unpackTarGz } from '../../src/admin/tarball.js';
import { parseSchemeYaml } from '../../src/catalogue/load-files.js';
import { PSG, bearer, buildAdminTestApp } from './helpers.js';

const LIMITS = { maxUnpackedBytes: 100 * 1024 * 1024, maxEntries: 10_000 };

/** Collects a binary response body (supertest hands the raw response stream to a custom parser). */
function binary(res: any, callback: (error: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => callback(null, Buffer.concat(chunks)));
}

type Ctx = ReturnType<typeof buildAdminTestApp>;

async function exportFrom(ctx: Ctx): Promise<Buffer> {
  const res = await request(ctx.app).get('/api/admin/export').set(bearer(ctx.tokens.viewer)).buffer(true).parse(binary);
  expect(res.status).toBe(200);
  expect(res.headers['content-type']).toBe('application/gzip');
  expect(res.headers['content-disposition']).toMatch(/^attachment; filename="?e-adviser-schemes-\d{4}-\d{2}-\d{2}\.tar\.gz"?$/);
  return res.body as Buffer;
}

function importInto(ctx: Ctx, bundle: Buffer, dryRun?: boolean) {
  return request(ctx.app)
    .post(`/api/admin/import${dryRun === undefined ? '' : `?dryRun=${dryRun}`}`)
    .set(bearer(ctx.tokens.publisher))
    .set('content-type', 'application/gzip')
    .send(bundle);
}

describe('export', () => {
  it('writes every live scheme as schemes/<audience>/<id>.yaml that parses back to the stored document', async () => {
    const ctx = buildAdminTestApp();
    const entries = await unpackTarGz(await exportFrom(ctx), LIMITS);
    const live = ctx.table.listLive();
    expect(entries.map((e) => e.path)).toEqual(live.map(({ scheme }) => `schemes/${scheme.audience}/${scheme.id}.yaml`).sort());
    for (const entry of entries) {
      const parsed = parseSchemeYaml(entry.content!.toString('utf8'), entry.path);
      expect(parsed.problems).toEqual([]);
      expect(parsed.scheme).toEqual(ctx.table.get(parsed.scheme!.id)!.scheme);
    }
  });
});

describe('import', () => {
  it('round-trips: export → import into an empty store → export gives byte-for-byte equal files and documents', async () => {
    const source = buildAdminTestApp();
    const first = await exportFrom(source);
    const target = buildAdminTestApp({ seeded: false });
    const res = await importInto(target, first, false);
    expect(res.status).toBe(200);
    expect(res.body.summary).toEqual({ files: source.table.listLive().length, create: source.table.listLive().length, update: 0, unchanged: 0, invalid: 0, ignored: 0 });
    const second = await exportFrom(target);
    const [a, b] = [await unpackTarGz(first, LIMITS), await unpackTarGz(second, LIMITS)];
    expect(b.map((e) => e.path)).toEqual(a.map((e) => e.path));
    b.forEach((entry, index) => expect(entry.content!.equals(a[index]!.content!), entry.path).toBe(true));
    expect(second.equals(first)).toBe(true);
    expect(JSON.stringify(target.table.listLive().map((s) => s.scheme))).toBe(JSON.stringify(source.table.listLive().map((s) => s.scheme)));
    expect((await request(target.app).get(`/api/schemes/${PSG}`)).status).toBe(200);
  });

  it('reads a tarball of the repository schemes/ folder as unchanged', async () => {
    const ctx = buildAdminTestApp();
    const chunks: Buffer[] = [];
    for await (const chunk of tarCreate({ gzip: true, portable: true }, ['schemes'])) chunks.push(chunk as Buffer);
    const res = await importInto(ctx, Buffer.concat(chunks));
    expect(res.status).toBe(200);
    expect(res.body.summary).toEqual(expect.objectContaining({ unchanged: ctx.table.listLive().length, create: 0, update: 0, invalid: 0 }));
  });

  it('is a dry run by default, reporting per file what would change and what is wrong', async () => {
    const ctx = buildAdminTestApp();
    const entries = await unpackTarGz(await exportFrom(ctx), LIMITS);
    const psgPath = `schemes/business/${PSG}.yaml`;
    const edited = entries.map((e) => ({
      path: e.path, mtime: new Date(0),
      content: e.path === psgPath ? Buffer.from(e.content!.toString('utf8').replace(/^ {2}en: Up to 50%.*$/m, '  en: Up to 60% of costs.')) : e.content!,
    }));
    const broken = edited.find((e) => e.path === psgPath)!.content.toString('utf8').replace('id: productivity-solutions-grant', 'id: broken-grant').replace('op: gte', 'op: between');
    const bundle = packTarGz([
      ...edited,
      { path: 'schemes/business/broken-grant.yaml', content: Buffer.from(broken), mtime: new Date(0) },
      { path: 'README.md', content: Buffer.from('# notes'), mtime: new Date(0) },
    ]);
    const res = await importInto(ctx, bundle);
    expect(res.status).toBe(200);
    expect(res.body).toEqual(expect.objectContaining({ dryRun: true, applied: false }));
    expect(res.body.summary).toEqual(expect.objectContaining({ update: 1, invalid: 1, ignored: 1, create: 0 }));
    const byFile = Object.fromEntries(res.body.files.map((f: { file: string }) => [f.file, f]));
    expect(byFile[psgPath]).toEqual(expect.objectContaining({ outcome: 'update', changes: [{ path: 'benefits.en', before: expect.stringMatching(/50%/), after: 'Up to 60% of costs.' }] }));
    expect(byFile['schemes/business/broken-grant.yaml'].problems).toContainEqual({ path: 'eligibility.all.1.op', message: expect.any(String), line: expect.any(Number) });
    expect(byFile['README.md'].outcome).toBe('ignored');
    expect(ctx.table.get(PSG)!.version).toBe(1);

    const refused = await importInto(ctx, bundle, false);
    expect(refused.status).toBe(400);
    expect(refused.type).toBe('application/problem+json');
    expect(refused.body.errors[0].path).toMatch(/^schemes\/business\/broken-grant\.yaml:\d+ eligibility\.all\.1\.op$/);
    expect(ctx.table.get(PSG)!.version).toBe(1);

    const applied = await importInto(ctx, packTarGz(edited), false);
    expect(applied.status).toBe(200);
    expect(applied.body.summary.update).toBe(1);
    expect((await request(ctx.app).get(`/api/schemes/${PSG}`)).body.benefits).toBe('Up to 60% of costs.');
    expect(ctx.table.versions(PSG)[0]).toEqual(expect.objectContaining({ action: 'import', actor: 'pat-publisher' }));
  });

  it('refuses a file whose rules break its own examples', async () => {
    const ctx = buildAdminTestApp();
    const entries = await unpackTarGz(await exportFrom(ctx), LIMITS);
    const psg = entries.find((e) => e.path.endsWith(`/${PSG}.yaml`))!;
    const text = psg.content!.toString('utf8').replace(/(field: localShareholdingPct, op: gte, value: )30/, '$15');
    const res = await importInto(ctx, packTarGz([{ path: psg.path, content: Buffer.from(text), mtime: new Date(0) }]));
    expect(res.body.files[0]).toEqual(expect.objectContaining({ outcome: 'invalid', problems: [expect.objectContaining({ path: 'examples.1' })] }));
  });

  it('answers 400 to a body that is not a tar.gz, 415 to another media type and 413 over 10 MB', async () => {
    const ctx = buildAdminTestApp();
    const notGzip = await importInto(ctx, Buffer.from('plain text'));
    expect(notGzip.status).toBe(400);
    expect(notGzip.type).toBe('application/problem+json');
    const wrongType = await request(ctx.app).post('/api/admin/import').set(bearer(ctx.tokens.publisher)).set('content-type', 'application/json').send('{}');
    expect(wrongType.status).toBe(415);
    const tooLarge = await importInto(ctx, Buffer.alloc(10 * 1024 * 1024 + 1));
    expect(tooLarge.status).toBe(413);
  });
});
