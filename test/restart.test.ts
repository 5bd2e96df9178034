/** A conversation survives the server being killed between two turns. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startServer } from '../scripts/lib/server-process.js';

const activity = (value: object) => ({
  type: 'message', channelId: 'test', serviceUrl: 'https://example.invalid', conversation: { id: 'restart-1' },
  from: { id: 'u' }, recipient: { id: 'b' }, deliveryMode: 'expectReplies', value,
});

async function turn(url: string, value: object): Promise<any[]> {
  const res = await fetch(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity(value)) });
  expect(res.status).toBe(200);
  return ((await res.json()) as { activities: any[] }).activities;
}

describe('restart', () => {
  it('continues the conversation where it was after kill -9 and a new start', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'restart-'));
    const first = await startServer({ DATA_DIR: dataDir });
    const before = await turn(first.url, { field: 'audience', value: 'business' });
    expect(before.at(-1).channelData.eAdviser.question.field).toBe('needs');
    await first.stop('SIGKILL');

    const second = await startServer({ DATA_DIR: dataDir });
    try {
      const after = await turn(second.url, { field: 'needs', value: ['hiring'] });
      const question = after.at(-1).channelData.eAdviser.question;
      expect(question).toBeDefined();
      expect(['audience', 'needs']).not.toContain(question.field);
    } finally {
      await second.stop();
    }
  }, 90_000);
});
