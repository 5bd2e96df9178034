/** Conversation state, with the turn's effects (call-backs, ratings, insights) committed in the same transaction. */
import { randomUUID } from 'node:crypto';
import type { ConversationState, TurnEffect } from '../core/dialogue.js';
import type { ConversationStore, StoredConversation } from '../core/ports.js';
import { redactPersonalData } from '../core/redact.js';
import type { Language } from '../core/taxonomy.js';
import type { Db } from './database.js';

/** Tables holding rows keyed by a conversation, erased together by forget_me and by retention. */
const CONVERSATION_TABLES: string[] = ['conversations'];

export function registerConversationTable(table: string): void {
  if (!CONVERSATION_TABLES.includes(table)) CONVERSATION_TABLES.push(table);
}

export class SqliteConversationStore implements ConversationStore {
  private readonly statements;
  private readonly commitTransaction: (key: string, state: ConversationState | undefined, effects: readonly TurnEffect[], language: Language) => void;

  constructor(
    private readonly db: Db,
    private readonly now: () => Date = () => new Date(),
  ) {
    // Prepared once: a turn runs these on the hot path.
    this.statements = {
      load: db.prepare('SELECT state, updated_at FROM conversations WHERE key = ?'),
      save: db.prepare(
        `INSERT INTO conversations (key, state, language, created_at, updated_at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT(key) DO UPDATE SET state = excluded.state, language = excluded.language, updated_at = excluded.updated_at`,
      ),
      rating: db.prepare('INSERT INTO ratings (day, helpful, scheme, language) VALUES (?, ?, ?, ?)'),
      callback: db.prepare(
        `INSERT INTO callbacks (id, created_at, updated_at, status, name, contact, scheme, agency, profile_summary, language)
         VALUES (?, ?, ?, 'new', ?, ?, ?, ?, ?, ?)`,
      ),
      insight: db.prepare(
        `INSERT INTO insights (day, name, value, language, count) VALUES (?, ?, ?, ?, 1)
         ON CONFLICT(day, name, value, language) DO UPDATE SET count = count + 1`,
      ),
    };
    // Built once too: wrapping a function in a transaction is not free, and every turn commits one.
    this.commitTransaction = db.transaction((key: string, state: ConversationState | undefined, effects: readonly TurnEffect[], language: Language) => {
      const at = this.now().toISOString();
      for (const effect of effects) this.apply(key, effect, language, at);
      if (state && !effects.some((effect) => effect.type === 'forget')) {
        this.statements.save.run(key, JSON.stringify(state), language, at, at);
      }
    });
  }

  load(key: string): StoredConversation | undefined {
    const row = this.statements.load.get(key) as
      | { state: string; updated_at: string }
      | undefined;
    return row ? { state: JSON.parse(row.state) as ConversationState, updatedAt: row.updated_at } : undefined;
  }

  commit(key: string, state: ConversationState | undefined, effects: readonly TurnEffect[], language: Language): void {
    this.commitTransaction(key, state, effects, language);
  }

  private apply(key: string, effect: TurnEffect, language: Language, at: string): void {
    const day = at.slice(0, 10);
    switch (effect.type) {
      case 'forget':
        this.erase(key);
        return;
      case 'rating':
        this.statements.rating.run(day, effect.helpful ? 1 : 0, effect.scheme ?? null, language);
        return;
      case 'callback':
        this.statements.callback.run(randomUUID(), at, at, effect.name, effect.contact, effect.scheme ?? null, effect.agency ?? null, effect.profileSummary, language);
        return;
      case 'insight':
        this.statements.insight.run(day, effect.name, redactPersonalData(effect.value ?? '').slice(0, 200), language);
        return;
    }
  }

  /** Erases every row of a conversation at once (forget_me). */
  erase(key: string): void {
    for (const table of CONVERSATION_TABLES) this.db.prepare(`DELETE FROM ${table} WHERE key = ?`).run(key);
  }

  /** Deletes conversations not touched for `days` days; returns how many. */
  purgeOlderThan(days: number): number {
    const cutoff = new Date(this.now().getTime() - days * 86_400_000).toISOString();
    const stale = (this.db.prepare('SELECT key FROM conversations WHERE updated_at < ?').all(cutoff) as { key: string }[]).map((r) => r.key);
    this.db.transaction(() => stale.forEach((key) => this.erase(key)))();
    return stale.length;
  }
}
