/** Direct Line tokens: HS256 JWTs bound to one conversation and one user, short-lived and refreshable. */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';

/** How long a token lives; Web Chat refreshes it every 15 minutes while the page is open. */
export const DEFAULT_TOKEN_TTL_SECONDS = 30 * 60;
const ISSUER = 'e-adviser';
const MAX_TOKEN_LENGTH = 2048;
const HEADER = Buffer.from(JSON.stringify({ alg: 'HS256', typ: 'JWT' })).toString('base64url');

const ClaimsSchema = z.object({
  iss: z.literal(ISSUER),
  conv: z.string().regex(/^[A-Za-z0-9_-]{10,64}$/),
  // `user` is the claim Web Chat reads from a Direct Line token to keep the same user id across reloads.
  user: z.string().regex(/^dl_[A-Za-z0-9_-]{8,64}$/),
  iat: z.number().int(),
  exp: z.number().int(),
});

export type TokenClaims = z.infer<typeof ClaimsSchema>;

/** The answer of generate, refresh and conversation start, as Direct Line 3.0 shapes it. */
export interface IssuedToken {
  conversationId: string;
  token: string;
  expires_in: number;
}

/** A verified token's claims, or why it was refused (malformed → 401; invalid or expired → 403). */
export type Verification = { ok: true; claims: TokenClaims } | { ok: false; reason: 'malformed' | 'invalid' | 'expired' };

export interface TokenServiceOptions {
  secret: Buffer;
  ttlSeconds?: number;
  now?: () => Date;
}

/** Issues and verifies tokens with one HMAC secret. */
export class TokenService {
  private readonly ttlSeconds: number;
  private readonly now: () => Date;

  constructor(private readonly options: TokenServiceOptions) {
    if (options.secret.length < 32) throw new Error('The Direct Line token secret must be at least 32 bytes.');
    this.ttlSeconds = options.ttlSeconds ?? DEFAULT_TOKEN_TTL_SECONDS;
    this.now = options.now ?? (() => new Date());
  }

  /** A token for a new conversation with a new user id. */
  issueForNewConversation(): IssuedToken {
    return this.issue(randomBytes(16).toString('base64url'), `dl_${randomBytes(12).toString('base64url')}`);
  }

  /** A fresh token for the same conversation and user as `claims` (refresh). */
  reissue(claims: TokenClaims): IssuedToken {
    return this.issue(claims.conv, claims.user);
  }

  verify(token: string): Verification {
    const parts = token.length <= MAX_TOKEN_LENGTH ? token.split('.') : [];
    if (parts.length !== 3 || parts[0] !== HEADER) return { ok: false, reason: 'malformed' };
    const expected = this.sign(`${parts[0]}.${parts[1]}`);
    const given = Buffer.from(parts[2]!, 'base64url');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: 'invalid' };
    let payload: unknown;
    try {
      payload = JSON.parse(Buffer.from(parts[1]!, 'base64url').toString('utf8'));
    } catch {
      return { ok: false, reason: 'invalid' };
    }
    const claims = ClaimsSchema.safeParse(payload);
    if (!claims.success) return { ok: false, reason: 'invalid' };
    if (claims.data.exp <= this.seconds()) return { ok: false, reason: 'expired' };
    return { ok: true, claims: claims.data };
  }

  private issue(conversationId: string, userId: string): IssuedToken {
    const iat = this.seconds();
    const claims: TokenClaims = { iss: ISSUER, conv: conversationId, user: userId, iat, exp: iat + this.ttlSeconds };
    const body = `${HEADER}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}`;
    return { conversationId, token: `${body}.${this.sign(body).toString('base64url')}`, expires_in: this.ttlSeconds };
  }

  private sign(data: string): Buffer {
    return createHmac('sha256', this.options.secret).update(data).digest();
  }

  private seconds(): number {
    return Math.floor(this.now().getTime() / 1000);
  }
}
