/**
 * The crash scenario: conversations under load, `kill -9` at a random moment, restart, then check that every
 * acknowledged turn is in the stored conversation and that every conversation continues.
 */
import Database from 'better-sqlite3';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from './server-process.js';

export interface CrashReport {
  conversations: number;
  acknowledged: number;
  killedAfterMs: number;
  lost: string[];
  notContinued: string[];
}

const activity = (conversation: string, text: string) => ({
  type: 'message', channelId: 'crash', serviceUrl: 'https://example.invalid', conversation: { id: conversation },
  from: { id: 'u' }, recipient: { id: 'b' }, deliveryMode: 'expectReplies', text,
});
const MESSAGES = ['hello', 'my business', 'we want to hire locals', 'not sure', '12 staff', 'yes', 'why do you ask', 'go back'];

async function post(url: string, conversation: string, text: string): Promise<boolean> {
  try {
    const res = await fetch(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity(conversation, text)) });
    await res.arrayBuffer();
    return res.status === 200;
  } catch {
    return false;
  }
}

function storedTurns(dataDir: string): Map<string, number> {
  const db = new Database(join(dataDir, 'e-adviser.db'), { readonly: true });
  const rows = db.prepare('SELECT key, state FROM conversations').all() as { key: string; state: string }[];
  db.close();
  return new Map(rows.map((row) => [row.key.replace(/^crash:/, ''), (JSON.parse(row.state) as { turns: number }).turns]));
}

export async function runCrashScenario(options: { conversations: number; minKillMs: number; maxKillMs: number }): Promise<CrashReport> {
  const dataDir = mkdtempSync(join(tmpdir(), 'crash-'));
  const server = await startServer({ DATA_DIR: dataDir, RATE_LIMIT_PER_MINUTE: '0' });
  const acknowledged = new Map<string, number>();
  const ids = Array.from({ length: options.conversations }, (_, i) => `c${i}`);
  let running = true;
  const load = ids.map(async (id, index) => {
    for (let turn = 0; running; turn += 1) {
      if (await post(server.url, id, MESSAGES[(turn + index) % MESSAGES.length]!)) acknowledged.set(id, (acknowledged.get(id) ?? 0) + 1);
      else break;
    }
  });
  const killedAfterMs = options.minKillMs + Math.floor(Math.random() * (options.maxKillMs - options.minKillMs));
  await new Promise((resolve) => setTimeout(resolve, killedAfterMs));
  await server.stop('SIGKILL');
  running = false;
  await Promise.all(load);

  const stored = storedTurns(dataDir);
  const lost = ids.filter((id) => (stored.get(id) ?? 0) < (acknowledged.get(id) ?? 0));
  const restarted = await startServer({ DATA_DIR: dataDir, RATE_LIMIT_PER_MINUTE: '0' });
  const notContinued: string[] = [];
  try {
    for (const id of ids) if (!(await post(restarted.url, id, 'hello again'))) notContinued.push(id);
  } finally {
    await restarted.stop();
  }
  const after = storedTurns(dataDir);
  for (const id of ids) if ((after.get(id) ?? 0) !== (stored.get(id) ?? 0) + 1 && !notContinued.includes(id)) notContinued.push(id);
  const total = [...acknowledged.values()].reduce((sum, n) => sum + n, 0);
  return { conversations: ids.length, acknowledged: total, killedAfterMs, lost, notContinued };
}
