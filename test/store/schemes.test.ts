import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readNewShippedSchemes } from '../../src/catalogue/shipped.js';
import { openDatabase } from '../../src/store/database.js';
import { SchemeTable, knownSchemeIds } from '../../src/store/schemes.js';

const PSG = 'productivity-solutions-grant';

function startOnce(dataDir: string) {
  const db = openDatabase(dataDir);
  const table = new SchemeTable(db);
  const imported = table.importNew(readNewShippedSchemes('schemes', knownSchemeIds(db)));
  return { db, table, imported };
}

describe('the scheme store across restarts', () => {
  it('imports the shipped catalogue on first start and nothing on the next', () => {
    const dir = mkdtempSync(join(tmpdir(), 'store-'));
    const first = startOnce(dir);
    expect(first.imported).toContain(PSG);
    first.db.close();
    const second = startOnce(dir);
    expect(second.imported).toEqual([]);
    expect(second.table.listLive().map((s) => s.scheme.id)).toContain(PSG);
    second.db.close();
  });

  it('keeps a staff edit across a restart instead of re-importing the file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'store-'));
    const first = startOnce(dir);
    const psg = first.table.get(PSG)!.scheme;
    first.table.write(PSG, { ...psg, benefits: { ...psg.benefits, en: 'Edited by staff' } }, { action: 'update', actor: 'officer' });
    first.db.close();
    const second = startOnce(dir);
    expect(second.table.get(PSG)!.scheme.benefits.en).toBe('Edited by staff');
    expect(second.table.get(PSG)!.version).toBe(2);
    second.db.close();
  });

  it('keeps a deleted shipped scheme deleted at the next start', () => {
    const dir = mkdtempSync(join(tmpdir(), 'store-'));
    const first = startOnce(dir);
    first.table.write(PSG, null, { action: 'delete', actor: 'officer' });
    first.db.close();
    const second = startOnce(dir);
    expect(second.imported).not.toContain(PSG);
    expect(second.table.listLive().map((s) => s.scheme.id)).not.toContain(PSG);
    expect(second.table.get(PSG)?.deleted).toBe(true);
    expect(second.table.versions(PSG).map((v) => v.action)).toEqual(['delete', 'import']);
    second.db.close();
  });
});
