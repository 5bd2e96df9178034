/** Staff accounts and their bearer tokens; a token is kept only as the hash of its secret. */
import { durably, type Db } from './database.js';

export interface AdminUser {
  id: string;
  name: string;
  /** `viewer`, `editor` or `publisher` (checked by the table's CHECK constraint). */
  role: string;
  createdAt: string;
}

export interface AdminToken {
  id: string;
  userId: string;
  secretHash: string;
  createdAt: string;
  expiresAt: string;
  revokedAt?: string;
  lastUsedAt?: string;
}

export interface AdminUserWithTokens extends AdminUser {
  tokens: Omit<AdminToken, 'secretHash' | 'userId'>[];
}

interface UserRow {
  id: string;
  name: string;
  role: string;
  created_at: string;
}

interface TokenRow {
  id: string;
  user_id: string;
  secret_hash: string;
  created_at: string;
  expires_at: string;
  revoked_at: string | null;
  last_used_at: string | null;
}

const toUser = (row: UserRow): AdminUser => ({ id: row.id, name: row.name, role: row.role, createdAt: row.created_at });

const toToken = (row: TokenRow): AdminToken => ({
  id: row.id,
  userId: row.user_id,
  secretHash: row.secret_hash,
  createdAt: row.created_at,
  expiresAt: row.expires_at,
  ...(row.revoked_at ? { revokedAt: row.revoked_at } : {}),
  ...(row.last_used_at ? { lastUsedAt: row.last_used_at } : {}),
});

export class AdminUserTable {
  constructor(private readonly db: Db) {}

  /** Creates a user and its first token in one durable transaction. */
  createUser(user: AdminUser, token: AdminToken, createdBy: string): void {
    durably(this.db, () => {
      this.db
        .prepare('INSERT INTO admin_users (id, name, role, created_at, created_by) VALUES (?, ?, ?, ?, ?)')
        .run(user.id, user.name, user.role, user.createdAt, createdBy);
      this.insertToken(token);
    });
  }

  addToken(token: AdminToken): void {
    durably(this.db, () => this.insertToken(token));
  }

  private insertToken(token: AdminToken): void {
    this.db
      .prepare('INSERT INTO admin_tokens (id, user_id, secret_hash, created_at, expires_at) VALUES (?, ?, ?, ?, ?)')
      .run(token.id, token.userId, token.secretHash, token.createdAt, token.expiresAt);
  }

  getUser(id: string): AdminUser | undefined {
    const row = this.db.prepare('SELECT * FROM admin_users WHERE id = ?').get(id) as UserRow | undefined;
    return row ? toUser(row) : undefined;
  }

  findUserByName(name: string): AdminUser | undefined {
    const row = this.db.prepare('SELECT * FROM admin_users WHERE name = ?').get(name) as UserRow | undefined;
    return row ? toUser(row) : undefined;
  }

  /** Every user with its tokens (never their hashes), ordered by name. */
  listUsers(): AdminUserWithTokens[] {
    const users = (this.db.prepare('SELECT * FROM admin_users ORDER BY name').all() as UserRow[]).map(toUser);
    const tokens = (this.db.prepare('SELECT * FROM admin_tokens ORDER BY created_at').all() as TokenRow[]).map(toToken);
    return users.map((user) => ({
      ...user,
      tokens: tokens.filter((token) => token.userId === user.id).map(({ secretHash: _hash, userId: _user, ...rest }) => rest),
    }));
  }

  /** A token by its public id, with the user it belongs to. */
  findToken(id: string): { token: AdminToken; user: AdminUser } | undefined {
    const row = this.db
      .prepare(
        `SELECT t.*, u.name AS user_name, u.role AS user_role, u.created_at AS user_created_at
         FROM admin_tokens t JOIN admin_users u ON u.id = t.user_id WHERE t.id = ?`,
      )
      .get(id) as (TokenRow & { user_name: string; user_role: string; user_created_at: string }) | undefined;
    if (!row) return undefined;
    return { token: toToken(row), user: { id: row.user_id, name: row.user_name, role: row.user_role, createdAt: row.user_created_at } };
  }

  /** Revokes a token; false when there is no such token. Revoking twice keeps the first time. */
  revokeToken(id: string, at: string): boolean {
    return durably(this.db, () => {
      const result = this.db.prepare('UPDATE admin_tokens SET revoked_at = COALESCE(revoked_at, ?) WHERE id = ?').run(at, id);
      return result.changes > 0;
    });
  }

  /** Records a successful use (a plain write: losing the last one to a power cut is harmless). */
  touchToken(id: string, at: string): void {
    this.db.prepare('UPDATE admin_tokens SET last_used_at = ? WHERE id = ?').run(at, id);
  }
}
