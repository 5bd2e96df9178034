/** Creating staff accounts and issuing tokens: shared by the API and `npm run admin`. */
import { randomUUID } from 'node:crypto';
import type { AuditLog } from '../store/admin-audit.js';
import type { AdminUser, AdminUserTable } from '../store/admin-users.js';
import type { Role } from './roles.js';
import { generateToken } from './tokens.js';

export const DEFAULT_TOKEN_DAYS = 90;

export interface IssuedToken {
  user: { id: string; name: string; role: Role };
  /** The bearer token: returned once, never stored. */
  token: string;
  tokenId: string;
  expiresAt: string;
}

export interface AccountDeps {
  users: AdminUserTable;
  audit: AuditLog;
  now: () => Date;
}

function issue(deps: AccountDeps, user: AdminUser, expiresInDays: number): { issued: IssuedToken; record: Parameters<AdminUserTable['addToken']>[0] } {
  const now = deps.now();
  const fresh = generateToken();
  const expiresAt = new Date(now.getTime() + expiresInDays * 86_400_000).toISOString();
  return {
    issued: { user: { id: user.id, name: user.name, role: user.role as Role }, token: fresh.token, tokenId: fresh.tokenId, expiresAt },
    record: { id: fresh.tokenId, userId: user.id, secretHash: fresh.secretHash, createdAt: now.toISOString(), expiresAt },
  };
}

/** Creates a user with a first token; undefined when the name is taken. */
export function createUserWithToken(
  deps: AccountDeps,
  request: { name: string; role: Role; expiresInDays?: number },
  createdBy: string,
): IssuedToken | undefined {
  if (deps.users.findUserByName(request.name)) return undefined;
  const user: AdminUser = { id: randomUUID(), name: request.name, role: request.role, createdAt: deps.now().toISOString() };
  const { issued, record } = issue(deps, user, request.expiresInDays ?? DEFAULT_TOKEN_DAYS);
  deps.users.createUser(user, record, createdBy);
  deps.audit.append({ at: user.createdAt, actor: createdBy, action: 'user.create', target: `user:${user.name}`, detail: { role: user.role, tokenId: issued.tokenId, expiresAt: issued.expiresAt } });
  return issued;
}

/** Issues another token to an existing user (a rotation or a replacement for a revoked one). */
export function issueToken(deps: AccountDeps, user: AdminUser, expiresInDays: number | undefined, issuedBy: string): IssuedToken {
  const { issued, record } = issue(deps, user, expiresInDays ?? DEFAULT_TOKEN_DAYS);
  deps.users.addToken(record);
  deps.audit.append({ at: record.createdAt, actor: issuedBy, action: 'token.create', target: `token:${issued.tokenId}`, detail: { user: user.name, expiresAt: issued.expiresAt } });
  return issued;
}

/** Revokes a token; false when there is no such token. */
export function revokeToken(deps: AccountDeps, tokenId: string, revokedBy: string): boolean {
  const at = deps.now().toISOString();
  if (!deps.users.revokeToken(tokenId, at)) return false;
  deps.audit.append({ at, actor: revokedBy, action: 'token.revoke', target: `token:${tokenId}` });
  return true;
}
