/** Opens the embedded SQLite store (WAL) and brings its schema up to date. */
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { MIGRATIONS } from './migrations.js';

export type Db = Database.Database;

/**
 * Opens `<dataDir>/e-adviser.db`, or an in-memory database for ':memory:'.
 * WAL with synchronous=NORMAL: a process crash (kill -9) loses no committed transaction;
 * only a power loss could lose the last few. Tables that need more use `durably()`.
 */
export function openDatabase(dataDir: string): Db {
  let file = ':memory:';
  if (dataDir !== ':memory:') {
    mkdirSync(dataDir, { recursive: true });
    file = join(dataDir, 'e-adviser.db');
  }
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  migrate(db);
  return db;
}

/** Applies the migrations newer than the database's user_version, each in its own transaction. */
export function migrate(db: Db): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  for (const [index, sql] of MIGRATIONS.entries()) {
    const version = index + 1;
    if (version <= current) continue;
    db.transaction(() => {
      db.exec(sql);
      db.pragma(`user_version = ${version}`);
    })();
  }
}

/**
 * Runs `work` in a transaction committed with synchronous=FULL, for writes that must survive a power loss
 * (catalogue edits, the audit log); the connection returns to NORMAL afterwards.
 */
export function durably<T>(db: Db, work: () => T): T {
  // Nested inside an outer durable transaction: that transaction's commit is the durable one.
  if (db.inTransaction) return work();
  db.pragma('synchronous = FULL');
  try {
    return db.transaction(work)();
  } finally {
    db.pragma('synchronous = NORMAL');
  }
}
