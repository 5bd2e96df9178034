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
  `
  CREATE TABLE direct_line_activities (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    key TEXT NOT NULL,
    activity TEXT NOT NULL,
    created_at TEXT NOT NULL
  );
  CREATE INDEX direct_line_activities_key ON direct_line_activities (key, seq);
  `,
  `
  CREATE TABLE admin_users (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    role TEXT NOT NULL CHECK (role IN ('viewer', 'editor', 'publisher')),
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL
  );
  CREATE TABLE admin_tokens (
    id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES admin_users (id),
    secret_hash TEXT NOT NULL,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    revoked_at TEXT,
    last_used_at TEXT
  );
  CREATE INDEX admin_tokens_user ON admin_tokens (user_id);
  CREATE TABLE admin_audit (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    target TEXT NOT NULL,
    detail TEXT
  );
  CREATE TRIGGER admin_audit_append_only_update BEFORE UPDATE ON admin_audit
  BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
  CREATE TRIGGER admin_audit_append_only_delete BEFORE DELETE ON admin_audit
  BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
  `,
];
