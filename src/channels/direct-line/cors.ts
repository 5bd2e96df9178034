/** CORS for the Direct Line routes: the page's own origin and the configured embedding origins, nothing else. */
import type { Request, RequestHandler } from 'express';
import { matchesOrigin } from '../../core/origins.js';
import { HttpProblem } from '../../http/problem.js';

const ALLOWED_HEADERS = 'Authorization, Content-Type, x-ms-bot-agent';
const ALLOWED_METHODS = 'GET, POST, OPTIONS';
const PREFLIGHT_MAX_AGE_SECONDS = 600;

/** Whether `origin` is one of `allowed` exactly (scheme, host and port); "https://*.example.org" matches its subdomains. */
export function isOriginAllowed(origin: string, allowed: readonly string[]): boolean {
  return matchesOrigin(origin, allowed);
}

function ownOrigin(req: Request): string {
  return `${req.protocol}://${req.get('host') ?? ''}`;
}

/**
 * Answers preflights and adds CORS headers for allowed origins. A request from any other origin gets 403
 * before anything else runs, so another site cannot even spend a visitor's rate limit on tokens.
 */
export function directLineCors(embedOrigins: readonly string[]): RequestHandler {
  return (req, res, next) => {
    const origin = req.headers.origin;
    res.vary('Origin');
    if (origin === undefined) {
      next();
      return;
    }
    if (origin !== ownOrigin(req) && !isOriginAllowed(origin, embedOrigins)) {
      throw new HttpProblem(403, 'This origin may not use the chat.');
    }
    res.setHeader('Access-Control-Allow-Origin', origin);
    res.setHeader('Access-Control-Expose-Headers', 'Retry-After');
    if (req.method === 'OPTIONS') {
      res.setHeader('Access-Control-Allow-Methods', ALLOWED_METHODS);
      res.setHeader('Access-Control-Allow-Headers', ALLOWED_HEADERS);
      res.setHeader('Access-Control-Max-Age', String(PREFLIGHT_MAX_AGE_SECONDS));
      res.status(204).end();
      return;
    }
    next();
  };
}
