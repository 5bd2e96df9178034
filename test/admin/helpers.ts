/** An app with the staff API over an in-memory store seeded with the shipped catalogue, a settable clock and a token per role. */
import pino from 'pino';
import { createAdminRouter } from '../../src/admin/router.js';
import { createUserWithToken } from '../../src/admin/accounts.js';
import type { Role } from '../../src/admin/roles.js';
import type { FailureLimit } from '../../src/admin/rate-limit.js';
import { LiveCatalogue } from '../../src/catalogue/catalogue.js';
import { AuditLog } from '../../src/store/admin-audit.js';
import { AdminUserTable } from '../../src/store/admin-users.js';
import { openDatabase } from '../../src/store/database.js';
import { SchemeTable } from '../../src/store/schemes.js';
import { TEST_TODAY, buildTestApp, shippedSchemes } from '../helpers/app.js';

export const PSG = 'productivity-solutions-grant';

export interface AdminTestOptions {
  authFailureLimit?: FailureLimit;
  /** Seed the store with the shipped catalogue (default true). */
  seeded?: boolean;
}

export function buildAdminTestApp(options: AdminTestOptions = {}) {
  const db = openDatabase(':memory:');
  const table = new SchemeTable(db);
  if (options.seeded ?? true) table.importNew(shippedSchemes());
  const catalogue = new LiveCatalogue(table.listLive().map((stored) => stored.scheme));
  const clock = { now: TEST_TODAY };
  const now = () => clock.now;
  const logLines: Record<string, unknown>[] = [];
  const logger = pino({ level: 'warn' }, { write: (line: string) => void logLines.push(JSON.parse(line) as Record<string, unknown>) });
  const admin = createAdminRouter({
    db, catalogue, logger, now, schemeTable: table,
    authFailureLimit: options.authFailureLimit ?? { maxFailures: 100_000, windowMs: 60_000 },
  });
  const { app } = buildTestApp({ catalogue, admin, now });
  const accounts = { users: new AdminUserTable(db), audit: new AuditLog(db), now };
  const issue = (name: string, role: Role, expiresInDays?: number) => createUserWithToken(accounts, { name, role, expiresInDays }, 'test')!;
  const tokens = {
    viewer: issue('vera-viewer', 'viewer').token,
    editor: issue('eddie-editor', 'editor').token,
    publisher: issue('pat-publisher', 'publisher').token,
  };
  return { app, db, table, catalogue, clock, logLines, accounts, issue, tokens };
}

export const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
