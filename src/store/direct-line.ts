/** The Direct Line activity log: every activity of a website conversation in order, so a reload or a restart resumes it. */
import type { Db } from './database.js';
import { registerConversationTable } from './conversations.js';

// Rows are keyed by the conversation key, so forget_me and retention erase the transcript with the state.
registerConversationTable('direct_line_activities');

/** One logged activity with its position; `seq` only grows (it is never reused, even after an erase). */
export interface LoggedActivity {
  seq: number;
  activity: Record<string, unknown>;
}

/** The activity log of Direct Line conversations (implements the channel's ActivityLog port). */
export class DirectLineLogTable {
  constructor(private readonly db: Db) {}

  /** Appends activities in one transaction and returns their positions, in order. */
  append(key: string, activities: readonly Record<string, unknown>[], at: string): number[] {
    const insert = this.db.prepare('INSERT INTO direct_line_activities (key, activity, created_at) VALUES (?, ?, ?)');
    return this.db.transaction(() => activities.map((activity) => Number(insert.run(key, JSON.stringify(activity), at).lastInsertRowid)))();
  }

  /** Up to `limit` activities of the conversation after position `afterSeq`, oldest first. */
  since(key: string, afterSeq: number, limit: number): LoggedActivity[] {
    const rows = this.db
      .prepare('SELECT seq, activity FROM direct_line_activities WHERE key = ? AND seq > ? ORDER BY seq LIMIT ?')
      .all(key, afterSeq, limit) as { seq: number; activity: string }[];
    return rows.map((row) => ({ seq: row.seq, activity: JSON.parse(row.activity) as Record<string, unknown> }));
  }

  /** Whether the conversation has logged anything (a start with an empty log is a new conversation). */
  has(key: string): boolean {
    return this.db.prepare('SELECT 1 FROM direct_line_activities WHERE key = ? LIMIT 1').get(key) !== undefined;
  }

  /**
   * Deletes the transcripts whose last activity is older than `days` days, and returns how many
   * conversations went. Transcripts with conversation state go with it; this catches the rest
   * (e.g. the "erased" reply logged after forget_me).
   */
  purgeOlderThan(days: number, now: Date = new Date()): number {
    const cutoff = new Date(now.getTime() - days * 86_400_000).toISOString();
    return this.db.transaction(() => {
      const stale = this.db
        .prepare('SELECT key FROM direct_line_activities GROUP BY key HAVING MAX(created_at) < ?')
        .all(cutoff) as { key: string }[];
      const remove = this.db.prepare('DELETE FROM direct_line_activities WHERE key = ?');
      for (const row of stale) remove.run(row.key);
      return stale.length;
    })();
  }
}
