/** Bearer tokens: a public id for lookup and a 256-bit secret, stored as a SHA-256 hash and compared in constant time. */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

const PREFIX = 'eadm';
const TOKEN_PATTERN = /^eadm_([0-9a-f]{16})_([A-Za-z0-9_-]{43})$/;

export interface NewToken {
  /** Public, safe to log and to show in listings. */
  tokenId: string;
  /** The whole bearer token: shown once, never stored. */
  token: string;
  /** What the store keeps. */
  secretHash: string;
}

/** SHA-256 suits random secrets of 256 bits: there is nothing to brute-force, so no slow hash is needed. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

export function generateToken(): NewToken {
  const tokenId = randomBytes(8).toString('hex');
  const token = `${PREFIX}_${tokenId}_${randomBytes(32).toString('base64url')}`;
  return { tokenId, token, secretHash: hashToken(token) };
}

/** The token's public id, or undefined when the text is not shaped like one of our tokens. */
export function tokenIdOf(token: string): string | undefined {
  return TOKEN_PATTERN.exec(token)?.[1];
}

/** A hash no token has, compared against when the id is unknown, so both paths take the same time. */
const NO_TOKEN_HASH = hashToken('no such token');

/** Constant-time comparison of a presented token against a stored hash (or against nothing). */
export function tokenMatches(token: string, storedHash: string | undefined): boolean {
  const expected = Buffer.from(storedHash ?? NO_TOKEN_HASH, 'hex');
  const actual = Buffer.from(hashToken(token), 'hex');
  return expected.length === actual.length && timingSafeEqual(expected, actual) && storedHash !== undefined;
}
