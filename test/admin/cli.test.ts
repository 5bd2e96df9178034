/** `npm run admin -- create-user` prints a working token alone on its last line. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { createAdminRouter } from '../../src/admin/router.js';
import { LiveCatalogue } from '../../src/catalogue/catalogue.js';
import { openDatabase } from '../../src/store/database.js';
import { buildTestApp, silentLogger } from '../helpers/app.js';

const run = (dataDir: string, args: string[]) =>
  execFileSync(process.execPath, ['--import', 'tsx', 'scripts/admin.ts', ...args], { env: { ...process.env, DATA_DIR: dataDir }, encoding: 'utf8', stdio: 'pipe' });

describe('scripts/admin.ts', () => {
  it('creates a user whose token (the last line) opens the staff API with its role', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'admin-cli-'));
    const output = run(dataDir, ['create-user', '--name', 'Siti Rahman', '--role', 'editor', '--expires-in-days', '30']);
    const token = output.trimEnd().split('\n').at(-1)!;
    expect(token).toMatch(/^eadm_[0-9a-f]{16}_[A-Za-z0-9_-]{43}$/);
    expect(() => run(dataDir, ['create-user', '--name', 'Siti Rahman', '--role', 'editor'])).toThrow();
    expect(() => run(dataDir, ['create-user', '--name', 'Bob', '--role', 'admin'])).toThrow();

    const db = openDatabase(dataDir);
    try {
      const catalogue = new LiveCatalogue([]);
      const { app } = buildTestApp({ catalogue, admin: createAdminRouter({ db, catalogue, logger: silentLogger }) });
      expect((await request(app).get('/api/admin/schemes').set('Authorization', `Bearer ${token}`)).status).toBe(200);
      expect((await request(app).get('/api/admin/audit').set('Authorization', `Bearer ${token}`)).status).toBe(403);
    } finally {
      db.close();
    }
  }, 60_000);
});
