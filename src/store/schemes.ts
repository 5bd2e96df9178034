/** The live catalogue and its versions: one row per scheme, every accepted write a new version. */
import type { Scheme } from '../core/scheme.js';
import { durably, type Db } from './database.js';

export interface StoredScheme {
  scheme: Scheme;
  version: number;
  updatedAt: string;
  deleted: boolean;
}

export interface SchemeVersion {
  version: number;
  action: string;
  actor: string;
  at: string;
  comment?: string;
  diff?: unknown;
  scheme?: Scheme;
}

interface SchemeRow {
  id: string;
  version: number;
  document: string;
  deleted: number;
  updated_at: string;
}

interface VersionRow {
  version: number;
  document: string | null;
  action: string;
  actor: string;
  at: string;
  comment: string | null;
  diff: string | null;
}

function toStored(row: SchemeRow): StoredScheme {
  return { scheme: JSON.parse(row.document) as Scheme, version: row.version, updatedAt: row.updated_at, deleted: row.deleted === 1 };
}

export interface SchemeWrite {
  action: 'create' | 'update' | 'delete' | 'rollback' | 'import';
  actor: string;
  comment?: string;
  diff?: unknown;
}

export class SchemeTable {
  constructor(private readonly db: Db) {}

  /** Every scheme not deleted, ordered by id. */
  listLive(): StoredScheme[] {
    const rows = this.db.prepare('SELECT * FROM schemes WHERE deleted = 0 ORDER BY id').all() as SchemeRow[];
    return rows.map(toStored);
  }

  /** A scheme by id, deleted or not; undefined when the store never held it. */
  get(id: string): StoredScheme | undefined {
    const row = this.db.prepare('SELECT * FROM schemes WHERE id = ?').get(id) as SchemeRow | undefined;
    return row ? toStored(row) : undefined;
  }

  /** Stores `scheme` as the next version (or deletes it when `scheme` is null), durably. Returns the new version. */
  write(id: string, scheme: Scheme | null, write: SchemeWrite, now = new Date().toISOString()): number {
    return durably(this.db, () => this.writeInTransaction(id, scheme, write, now));
  }

  private writeInTransaction(id: string, scheme: Scheme | null, write: SchemeWrite, now: string): number {
    const current = this.db.prepare('SELECT version, document FROM schemes WHERE id = ?').get(id) as
      | { version: number; document: string }
      | undefined;
    const version = (current?.version ?? 0) + 1;
    const document = scheme ? JSON.stringify(scheme) : (current?.document ?? 'null');
    this.db
      .prepare(
        `INSERT INTO schemes (id, version, document, deleted, updated_at) VALUES (@id, @version, @document, @deleted, @now)
         ON CONFLICT(id) DO UPDATE SET version = @version, document = @document, deleted = @deleted, updated_at = @now`,
      )
      .run({ id, version, document, deleted: scheme ? 0 : 1, now });
    this.db
      .prepare(
        `INSERT INTO scheme_versions (scheme_id, version, document, action, actor, at, comment, diff)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(id, version, scheme ? JSON.stringify(scheme) : null, write.action, write.actor, now, write.comment ?? null,
        write.diff === undefined ? null : JSON.stringify(write.diff));
    return version;
  }

  /** Imports the shipped schemes the store has never held (a scheme staff deleted stays deleted). */
  importNew(schemes: readonly Scheme[], actor = 'system:shipped-catalogue'): string[] {
    const known = new Set((this.db.prepare('SELECT id FROM schemes').all() as { id: string }[]).map((r) => r.id));
    const fresh = schemes.filter((scheme) => !known.has(scheme.id));
    if (fresh.length === 0) return [];
    const now = new Date().toISOString();
    durably(this.db, () => {
      for (const scheme of fresh) this.writeInTransaction(scheme.id, scheme, { action: 'import', actor }, now);
    });
    return fresh.map((scheme) => scheme.id);
  }

  versions(id: string): SchemeVersion[] {
    const rows = this.db
      .prepare('SELECT * FROM scheme_versions WHERE scheme_id = ? ORDER BY version DESC')
      .all(id) as VersionRow[];
    return rows.map((row) => ({
      version: row.version,
      action: row.action,
      actor: row.actor,
      at: row.at,
      ...(row.comment ? { comment: row.comment } : {}),
      ...(row.diff ? { diff: JSON.parse(row.diff) as unknown } : {}),
      ...(row.document ? { scheme: JSON.parse(row.document) as Scheme } : {}),
    }));
  }
}

/** Every id the store has ever held, deleted ones included. */
export function knownSchemeIds(db: Db): Set<string> {
  return new Set((db.prepare('SELECT id FROM schemes').all() as { id: string }[]).map((row) => row.id));
}
