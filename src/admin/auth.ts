/** Authenticates staff bearer tokens and checks roles; every failure is problem+json, logged and audited without the token. */
import type { Request, RequestHandler, Response } from 'express';
import type { Logger } from 'pino';
import { HttpProblem } from '../http/problem.js';
import type { AuditLog } from '../store/admin-audit.js';
import type { AdminUserTable } from '../store/admin-users.js';
import { FailureLimiter, type FailureLimit } from './rate-limit.js';
import { hasRole, isRole, type Actor, type Role } from './roles.js';
import { tokenIdOf, tokenMatches } from './tokens.js';

export interface AuthDeps {
  users: AdminUserTable;
  audit: AuditLog;
  logger: Logger;
  now: () => Date;
  failureLimit: FailureLimit;
}

/** A token used again after this long counts as a new login in the audit log. */
const LOGIN_GAP_MS = 30 * 60_000;
/** last_used_at is written at most this often per token. */
const TOUCH_EVERY_MS = 60_000;
const CHALLENGE = 'Bearer realm="e-adviser staff"';

type FailureReason = 'missing' | 'malformed' | 'unknown' | 'revoked' | 'expired';

const DETAILS: Record<FailureReason, string> = {
  missing: 'This route needs an Authorization: Bearer <token> header.',
  malformed: 'The bearer token is not valid.',
  unknown: 'The bearer token is not valid.',
  revoked: 'This token has been revoked; ask a publisher for a new one.',
  expired: 'This token has expired; ask a publisher for a new one.',
};

/** The staff member a request was authenticated as (set by `authenticate`). */
export function actorOf(res: Response): Actor {
  const actor = res.locals.admin as Actor | undefined;
  if (!actor) throw new HttpProblem(401, DETAILS.missing, [], 'about:blank', { 'WWW-Authenticate': CHALLENGE });
  return actor;
}

function where(req: Request): string {
  return `${req.method} ${req.baseUrl}${req.path}`;
}

/** Checks the bearer token of every request; blocks a client after too many failed attempts. */
export function authenticate(deps: AuthDeps): RequestHandler {
  const limiter = new FailureLimiter(deps.failureLimit, deps.now);

  const fail = (req: Request, reason: FailureReason, tokenId?: string): never => {
    const client = req.ip ?? 'unknown';
    const context = { reason, ...(tokenId ? { tokenId } : {}), ip: client, route: where(req) };
    deps.logger.warn(context, 'admin authentication failed');
    if (reason !== 'missing') {
      limiter.recordFailure(client);
      deps.audit.append({ at: deps.now().toISOString(), actor: tokenId ? `token:${tokenId}` : 'anonymous', action: 'auth.failed', target: where(req), detail: { reason, ip: client } });
    }
    const challenge = reason === 'missing' ? CHALLENGE : `${CHALLENGE}, error="invalid_token"`;
    throw new HttpProblem(401, DETAILS[reason], [], '/problems/unauthorized', { 'WWW-Authenticate': challenge });
  };

  return (req, res, next) => {
    const waitMs = limiter.retryAfterMs(req.ip ?? 'unknown');
    if (waitMs > 0) {
      deps.logger.warn({ ip: req.ip, route: where(req) }, 'admin authentication blocked after repeated failures');
      throw new HttpProblem(429, 'Too many failed sign-in attempts; try again later.', [], '/problems/too-many-attempts', {
        'Retry-After': String(Math.ceil(waitMs / 1000)),
      });
    }
    const header = req.get('authorization');
    if (!header) return fail(req, 'missing');
    const presented = /^Bearer +(\S+)$/i.exec(header)?.[1];
    const tokenId = presented ? tokenIdOf(presented) : undefined;
    if (!presented || !tokenId) return fail(req, 'malformed');
    const found = deps.users.findToken(tokenId);
    if (!tokenMatches(presented, found?.token.secretHash) || !found || !isRole(found.user.role)) return fail(req, 'unknown', tokenId);
    const now = deps.now();
    if (found.token.revokedAt) return fail(req, 'revoked', tokenId);
    if (Date.parse(found.token.expiresAt) <= now.getTime()) return fail(req, 'expired', tokenId);

    const actor: Actor = { userId: found.user.id, name: found.user.name, role: found.user.role, tokenId };
    res.locals.admin = actor;
    const lastUsed = found.token.lastUsedAt ? Date.parse(found.token.lastUsedAt) : undefined;
    if (lastUsed === undefined || now.getTime() - lastUsed >= LOGIN_GAP_MS) {
      deps.audit.append({ at: now.toISOString(), actor: actor.name, action: 'auth.login', target: `token:${tokenId}`, detail: { ip: req.ip } });
    }
    if (lastUsed === undefined || now.getTime() - lastUsed >= TOUCH_EVERY_MS) deps.users.touchToken(tokenId, now.toISOString());
    next();
  };
}

/** Refuses (403) a staff member whose role is below `needed`. */
export function requireRole(needed: Role, deps: Pick<AuthDeps, 'audit' | 'logger' | 'now'>): RequestHandler {
  return (req, res, next) => {
    const actor = actorOf(res);
    if (hasRole(actor.role, needed)) return next();
    deps.logger.warn({ user: actor.name, role: actor.role, needed, tokenId: actor.tokenId, route: where(req) }, 'admin role too low');
    deps.audit.append({ at: deps.now().toISOString(), actor: actor.name, action: 'auth.forbidden', target: where(req), detail: { role: actor.role, needed } });
    throw new HttpProblem(403, `This needs the '${needed}' role; your role is '${actor.role}'.`, [], '/problems/forbidden');
  };
}
