/** Optimistic concurrency (ETag / If-Match) and the X-Change-Comment header of scheme writes. */
import type { Request, Response } from 'express';
import { HttpProblem } from '../http/problem.js';

/** A strong validator naming the stored version. */
export function etagOf(version: number): string {
  return `"v${version}"`;
}

export function setVersionHeaders(res: Response, version: number): void {
  res.setHeader('ETag', etagOf(version));
}

/**
 * Refuses a write without If-Match (428) or whose If-Match does not name the current version (412).
 * `*` is refused too: it would let a write overwrite a version its author never saw.
 */
export function requireIfMatch(req: Request, currentVersion: number): void {
  const header = req.get('if-match');
  if (!header?.trim()) {
    throw new HttpProblem(428, 'This write needs an If-Match header with the ETag you read (GET the scheme first).', [], '/problems/precondition-required');
  }
  if (header.trim() === '*') {
    throw new HttpProblem(428, "If-Match must name the version you read, not '*'.", [], '/problems/precondition-required');
  }
  const tags = header.split(',').map((tag) => tag.trim());
  if (!tags.includes(etagOf(currentVersion))) {
    throw new HttpProblem(
      412,
      `The scheme has changed since you read it; it is now at version ${currentVersion}. Reload it and apply your change again.`,
      [],
      '/problems/stale-version',
      { ETag: etagOf(currentVersion) },
    );
  }
}

const MAX_COMMENT = 500;

/** The optional change comment: ASCII, or UTF-8 percent-encoded (header values cannot carry UTF-8 safely). */
export function changeComment(req: Request): string | undefined {
  const raw = req.get('x-change-comment')?.trim();
  if (!raw) return undefined;
  let comment = raw;
  if (/%[0-9a-f]{2}/i.test(raw)) {
    try {
      comment = decodeURIComponent(raw);
    } catch {
      throw new HttpProblem(400, 'The change comment is not valid.', [{ path: 'headers.x-change-comment', message: 'is not valid percent-encoded UTF-8' }]);
    }
  }
  if (comment.length > MAX_COMMENT) {
    throw new HttpProblem(400, 'The change comment is not valid.', [{ path: 'headers.x-change-comment', message: `must be at most ${MAX_COMMENT} characters` }]);
  }
  return comment;
}
