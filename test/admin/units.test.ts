/** The small pieces: JSON merge patch, document diff, token shape and comparison, the failure limiter, YAML style. */
import { describe, expect, it } from 'vitest';
import { diffDocuments } from '../../src/admin/diff.js';
import { applyMergePatch } from '../../src/admin/merge-patch.js';
import { FailureLimiter } from '../../src/admin/rate-limit.js';
import { generateToken, tokenIdOf, tokenMatches } from '../../src/admin/tokens.js';
import { schemeToYaml } from '../../src/admin/yaml-format.js';
import { shippedSchemes } from '../helpers/app.js';

describe('applyMergePatch (RFC 7396 appendix A)', () => {
  const cases: [unknown, unknown, unknown][] = [
    [{ a: 'b' }, { a: 'c' }, { a: 'c' }],
    [{ a: 'b' }, { b: 'c' }, { a: 'b', b: 'c' }],
    [{ a: 'b' }, { a: null }, {}],
    [{ a: 'b', b: 'c' }, { a: null }, { b: 'c' }],
    [{ a: ['b'] }, { a: 'c' }, { a: 'c' }],
    [{ a: 'c' }, { a: ['b'] }, { a: ['b'] }],
    [{ a: { b: 'c' } }, { a: { b: 'd', c: null } }, { a: { b: 'd' } }],
    [{ a: [{ b: 'c' }] }, { a: [1] }, { a: [1] }],
    [['a', 'b'], ['c', 'd'], ['c', 'd']],
    [{ a: 'b' }, ['c'], ['c']],
    [{ a: 'foo' }, null, null],
    [{ a: 'foo' }, 'bar', 'bar'],
    [{ e: null }, { a: 1 }, { e: null, a: 1 }],
    [[1, 2], { a: 'b', c: null }, { a: 'b' }],
    [{}, { a: { bb: { ccc: null } } }, { a: { bb: {} } }],
  ];
  it.each(cases)('%j + %j → %j', (target, patch, expected) => {
    expect(applyMergePatch(target, patch)).toEqual(expected);
  });

  it('leaves its inputs unchanged', () => {
    const target = { a: { b: 1 } };
    applyMergePatch(target, { a: { b: 2 } });
    expect(target).toEqual({ a: { b: 1 } });
  });
});

describe('diffDocuments', () => {
  it('lists changed, added and removed leaves by dotted path', () => {
    expect(diffDocuments({ a: 1, b: { c: [1, 2] }, d: 'x' }, { a: 1, b: { c: [1, 3, 4] }, e: true })).toEqual([
      { path: 'b.c.1', before: 2, after: 3 },
      { path: 'b.c.2', after: 4 },
      { path: 'd', before: 'x' },
      { path: 'e', after: true },
    ]);
    expect(diffDocuments({ a: [1] }, { a: [1] })).toEqual([]);
  });
});

describe('tokens', () => {
  it('are unique, carry their id, and match only themselves', () => {
    const a = generateToken();
    const b = generateToken();
    expect(a.token).not.toBe(b.token);
    expect(tokenIdOf(a.token)).toBe(a.tokenId);
    expect(tokenMatches(a.token, a.secretHash)).toBe(true);
    expect(tokenMatches(b.token, a.secretHash)).toBe(false);
    expect(tokenMatches(a.token, undefined)).toBe(false);
    expect(tokenIdOf('eadm_short_secret')).toBeUndefined();
    expect(Buffer.from(a.token.split('_').slice(2).join('_'), 'base64url')).toHaveLength(32);
  });
});

describe('FailureLimiter', () => {
  it('blocks a client after the limit until its window ends, others unaffected', () => {
    let now = 0;
    const limiter = new FailureLimiter({ maxFailures: 2, windowMs: 1000 }, () => new Date(now));
    limiter.recordFailure('a');
    expect(limiter.retryAfterMs('a')).toBe(0);
    limiter.recordFailure('a');
    expect(limiter.retryAfterMs('a')).toBe(1000);
    expect(limiter.retryAfterMs('b')).toBe(0);
    now = 1000;
    expect(limiter.retryAfterMs('a')).toBe(0);
  });
});

describe('schemeToYaml', () => {
  it('writes the shipped style: flow lists and criteria, quoted dates, no line folding', () => {
    const yaml = schemeToYaml(shippedSchemes().find((s) => s.id === 'productivity-solutions-grant')!);
    expect(yaml).toMatch(/^needs: \[digitalisation, productivity\]$/m);
    expect(yaml).toMatch(/^lastVerified: "\d{4}-\d{2}-\d{2}"$/m);
    expect(yaml).toMatch(/^ {4}- \{field: registeredInSingapore, op: eq, value: true\}$/m);
    expect(yaml).toMatch(/^ {4}profile: \{.*\}$/m);
  });
});
