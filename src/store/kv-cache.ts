/** A small key → JSON cache (the NLU's trained model, keyed by a hash of its training data). */
import type { Db } from './database.js';

export class KvCache {
  constructor(private readonly db: Db) {}

  get<T>(key: string): T | undefined {
    const row = this.db.prepare('SELECT value FROM kv_cache WHERE key = ?').get(key) as { value: string } | undefined;
    return row ? (JSON.parse(row.value) as T) : undefined;
  }

  set(key: string, value: unknown): void {
    this.db
      .prepare(
        `INSERT INTO kv_cache (key, value, updated_at) VALUES (?, ?, ?)
         ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
      )
      .run(key, JSON.stringify(value), new Date().toISOString());
  }

  /** Drops entries whose key starts with `prefix` except `keep` (old model versions). */
  prune(prefix: string, keep: string): void {
    this.db.prepare('DELETE FROM kv_cache WHERE key LIKE ? AND key != ?').run(`${prefix}%`, keep);
  }
}
