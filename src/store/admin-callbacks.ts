/** Call-back requests for staff: listed newest first; closing one erases the name and contact. */
import type { CallbackRequest } from '../core/dialogue.js';
import type { Language } from '../core/taxonomy.js';
import { durably, type Db } from './database.js';

export type CallbackStatus = CallbackRequest['status'];

export interface StoredCallback extends CallbackRequest {
  updatedAt: string;
}

interface CallbackRow {
  id: string;
  created_at: string;
  updated_at: string;
  status: string;
  name: string | null;
  contact: string | null;
  scheme: string | null;
  agency: string | null;
  profile_summary: string;
  language: string;
}

function toCallback(row: CallbackRow): StoredCallback {
  return {
    id: row.id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    status: row.status as CallbackStatus,
    ...(row.name ? { name: row.name } : {}),
    ...(row.contact ? { contact: row.contact } : {}),
    ...(row.scheme ? { scheme: row.scheme } : {}),
    ...(row.agency ? { agency: row.agency } : {}),
    profileSummary: row.profile_summary,
    language: row.language as Language,
  };
}

/** A position in the newest-first listing: the last item's creation time and id. */
export interface CallbackCursor {
  createdAt: string;
  id: string;
}

export class CallbackTable {
  constructor(private readonly db: Db) {}

  /** Up to `limit` requests after `after`, newest first, optionally of one status. */
  list(options: { status?: CallbackStatus; limit: number; after?: CallbackCursor }): { items: StoredCallback[]; next?: CallbackCursor } {
    const conditions = ['(@status IS NULL OR status = @status)'];
    if (options.after) conditions.push('(created_at < @createdAt OR (created_at = @createdAt AND id < @id))');
    const rows = this.db
      .prepare(`SELECT * FROM callbacks WHERE ${conditions.join(' AND ')} ORDER BY created_at DESC, id DESC LIMIT @limit`)
      .all({ status: options.status ?? null, createdAt: options.after?.createdAt ?? null, id: options.after?.id ?? null, limit: options.limit + 1 }) as CallbackRow[];
    const items = rows.slice(0, options.limit).map(toCallback);
    const last = items.at(-1);
    return rows.length > options.limit && last ? { items, next: { createdAt: last.createdAt, id: last.id } } : { items };
  }

  get(id: string): StoredCallback | undefined {
    const row = this.db.prepare('SELECT * FROM callbacks WHERE id = ?').get(id) as CallbackRow | undefined;
    return row ? toCallback(row) : undefined;
  }

  /** Sets the status; `closed` erases the name and the contact in the same durable write. */
  setStatus(id: string, status: CallbackStatus, at: string): StoredCallback | undefined {
    durably(this.db, () => {
      const erase = status === 'closed' ? ', name = NULL, contact = NULL' : '';
      this.db.prepare(`UPDATE callbacks SET status = ?, updated_at = ?${erase} WHERE id = ?`).run(status, at, id);
    });
    return this.get(id);
  }
}
