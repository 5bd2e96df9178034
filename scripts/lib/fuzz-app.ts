/** Starts the composed app in this process on 127.0.0.1 with a fresh data dir, a publisher token and a Direct Line conversation. */
import { mkdtempSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { createUserWithToken } from '../../src/admin/accounts.js';
import { composeApp } from '../../src/compose.js';
import { loadConfig } from '../../src/config.js';
import { AuditLog } from '../../src/store/admin-audit.js';
import { AdminUserTable } from '../../src/store/admin-users.js';
import { fuzz, sendRaw, type FuzzResult } from './fuzz.js';
import { fuzzRoutes } from './fuzz-routes.js';

export async function fuzzComposedApp(rounds: number): Promise<FuzzResult> {
  const config = loadConfig({ DATA_DIR: mkdtempSync(join(tmpdir(), 'fuzz-')), RATE_LIMIT_PER_MINUTE: '0', LOG_LEVEL: 'silent' });
  const { app, core, setReady, turnThreads } = composeApp(config, pino({ level: 'silent' }));
  await turnThreads?.ready;
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  setReady(true);
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    const deps = { users: new AdminUserTable(core.db), audit: new AuditLog(core.db), now: () => new Date() };
    const staff = createUserWithToken(deps, { name: 'fuzzer', role: 'publisher' }, 'fuzz')!;
    const generated = JSON.parse((await sendRaw(base, 'POST', '/v3/directline/tokens/generate', {})).body) as { token: string; conversationId: string };
    await sendRaw(base, 'POST', '/v3/directline/conversations', { authorization: `Bearer ${generated.token}` });
    const probe = async () =>
      (await sendRaw(base, 'POST', '/api/match', { 'content-type': 'application/json' }, Buffer.from('{"audience":"business","profile":{"employees":5}}'))).status;
    return await fuzz(base, fuzzRoutes(staff.token, generated.token, generated.conversationId), rounds, probe);
  } finally {
    server.close();
    await turnThreads?.close();
    core.db.close();
  }
}
