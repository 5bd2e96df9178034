/** Aggregate reads for policy insight: turn events, ratings and where conversations stop, by day. No personal data. */
import type { Db } from './database.js';

export interface InsightCount {
  day: string;
  name: string;
  value: string;
  language: string;
  count: number;
}

export interface RatingCount {
  day: string;
  helpful: boolean;
  scheme?: string;
  count: number;
}

export interface DayCount {
  day: string;
  key: string;
  count: number;
}

/** Days are inclusive YYYY-MM-DD bounds. */
export class InsightQueries {
  constructor(private readonly db: Db) {}

  events(from: string, to: string): InsightCount[] {
    return this.db
      .prepare('SELECT day, name, value, language, count FROM insights WHERE day BETWEEN ? AND ? ORDER BY day, name, count DESC')
      .all(from, to) as InsightCount[];
  }

  ratings(from: string, to: string): RatingCount[] {
    const rows = this.db
      .prepare(
        `SELECT day, helpful, scheme, COUNT(*) AS count FROM ratings WHERE day BETWEEN ? AND ?
         GROUP BY day, helpful, scheme ORDER BY day`,
      )
      .all(from, to) as { day: string; helpful: number; scheme: string | null; count: number }[];
    return rows.map((row) => ({ day: row.day, helpful: row.helpful === 1, ...(row.scheme ? { scheme: row.scheme } : {}), count: row.count }));
  }

  /** Conversations started per day, by language (only those still within the retention period). */
  conversationsByLanguage(from: string, to: string): DayCount[] {
    return this.db
      .prepare(
        `SELECT substr(created_at, 1, 10) AS day, language AS key, COUNT(*) AS count FROM conversations
         WHERE substr(created_at, 1, 10) BETWEEN ? AND ? GROUP BY day, key ORDER BY day`,
      )
      .all(from, to) as DayCount[];
  }

  /**
   * Where conversations idle since before `idleBefore` (ISO time) stopped, by the day of their last turn:
   * the profile question left unanswered, `after_results` or `other`.
   */
  conversationEnds(from: string, to: string, idleBefore: string): DayCount[] {
    return this.db
      .prepare(
        `SELECT substr(updated_at, 1, 10) AS day,
           CASE
             WHEN json_extract(state, '$.pending.kind') = 'question' THEN json_extract(state, '$.pending.field')
             WHEN json_extract(state, '$.resultsShown') THEN 'after_results'
             ELSE 'other'
           END AS key,
           COUNT(*) AS count
         FROM conversations
         WHERE substr(updated_at, 1, 10) BETWEEN ? AND ? AND updated_at < ?
         GROUP BY day, key ORDER BY day`,
      )
      .all(from, to, idleBefore) as DayCount[];
  }
}
