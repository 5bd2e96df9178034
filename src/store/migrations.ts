/** Versioned schema migrations, applied in order; never edit a shipped one, append a new one. */
export const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE schemes (
    id TEXT PRIMARY KEY,
    version INTEGER NOT NULL,
    document TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    updated_at TEXT NOT NULL
  );
  CREATE TABLE scheme_versions (
    scheme_id TEXT NOT NULL,
    version INTEGER NOT NULL,
    document TEXT,
    action TEXT NOT NULL,
    actor TEXT NOT NULL,
    at TEXT NOT NULL,
    comment TEXT,
    diff TEXT,
    PRIMARY KEY (scheme_id, version)
  );
  CREATE TABLE kv_cache (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL,
    updated_at TEXT NOT NULL
  );
  `,
  `
  CREATE TABLE conversations (
    key TEXT PRIMARY KEY,
    state TEXT NOT NULL,
    language TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  );
  CREATE INDEX conversations_updated ON conversations (updated_at);
  CREATE TABLE callbacks (
    id TEXT PRIMARY KEY,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    status TEXT NOT NULL,
    name TEXT,
    contact TEXT,
    scheme TEXT,
    agency TEXT,
    profile_summary TEXT NOT NULL,
    language TEXT NOT NULL
  );
  CREATE TABLE ratings (
    day TEXT NOT NULL,
    helpful INTEGER NOT NULL,
    scheme TEXT,
    language TEXT NOT NULL
  );
  CREATE TABLE insights (
    day TEXT NOT NULL,
    name TEXT NOT NULL,
    value TEXT NOT NULL,
    language TEXT NOT NULL,
    count INTEGER NOT NULL,
    PRIMARY KEY (day, name, value, language)
  );
  `,
];
