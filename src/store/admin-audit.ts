/** The append-only audit log of staff actions (triggers refuse updates and deletes), read newest first. */
import { durably, type Db } from './database.js';

export interface AuditEntry {
  id: number;
  at: string;
  actor: string;
  action: string;
  target: string;
  detail?: unknown;
}

interface AuditRow {
  id: number;
  at: string;
  actor: string;
  action: string;
  target: string;
  detail: string | null;
}

export class AuditLog {
  constructor(private readonly db: Db) {}

  /** Appends one entry durably; returns its id. */
  append(entry: Omit<AuditEntry, 'id'>): number {
    return durably(this.db, () => {
      const result = this.db
        .prepare('INSERT INTO admin_audit (at, actor, action, target, detail) VALUES (?, ?, ?, ?, ?)')
        .run(entry.at, entry.actor, entry.action, entry.target, entry.detail === undefined ? null : JSON.stringify(entry.detail));
      return Number(result.lastInsertRowid);
    });
  }

  /** Up to `limit` entries older than the entry `before` (all when absent), newest first. */
  page(limit: number, before?: number): { items: AuditEntry[]; next?: number } {
    const rows = this.db
      .prepare('SELECT * FROM admin_audit WHERE id < ? ORDER BY id DESC LIMIT ?')
      .all(before ?? Number.MAX_SAFE_INTEGER, limit + 1) as AuditRow[];
    const items = rows.slice(0, limit).map((row) => ({
      id: row.id,
      at: row.at,
      actor: row.actor,
      action: row.action,
      target: row.target,
      ...(row.detail === null ? {} : { detail: JSON.parse(row.detail) as unknown }),
    }));
    return rows.length > limit ? { items, next: items.at(-1)!.id } : { items };
  }
}
