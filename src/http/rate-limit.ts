/** Per-client rate limiting on public routes: a fixed one-minute window per client key, 429 with Retry-After. */
import { createHash } from 'node:crypto';
import type { Request, RequestHandler } from 'express';
import { HttpProblem } from './problem.js';

const WINDOW_MS = 60_000;
/** Beyond this many tracked clients, expired windows are swept before adding more. */
const SWEEP_THRESHOLD = 10_000;

export class RateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(
    readonly perMinute: number,
    private readonly now: () => number = () => Date.now(),
  ) {}

  /** Counts one request for `client`; throws a 429 problem when its window is full. `perMinute` 0 disables. */
  hit(client: string): void {
    if (this.perMinute <= 0) return;
    const now = this.now();
    let window = this.windows.get(client);
    if (!window || now - window.start >= WINDOW_MS) {
      if (this.windows.size >= SWEEP_THRESHOLD) this.sweep(now);
      window = { start: now, count: 0 };
      this.windows.set(client, window);
    }
    window.count += 1;
    if (window.count > this.perMinute) {
      const retryAfter = Math.max(1, Math.ceil((window.start + WINDOW_MS - now) / 1000));
      throw new HttpProblem(429, 'Too many requests; please wait a moment.', [], 'about:blank', { 'Retry-After': String(retryAfter) });
    }
  }

  private sweep(now: number): void {
    for (const [client, window] of this.windows) if (now - window.start >= WINDOW_MS) this.windows.delete(client);
  }
}

/** A bearer credential identifies the client (hashed, never kept in clear); otherwise its IP does. */
export function clientKey(req: Request): string {
  const authorization = req.headers.authorization;
  if (authorization?.startsWith('Bearer ')) return `token:${createHash('sha256').update(authorization.slice(7)).digest('base64url').slice(0, 22)}`;
  return `ip:${req.ip ?? 'unknown'}`;
}

export function rateLimit(limiter: RateLimiter, key: (req: Request) => string = clientKey): RequestHandler {
  return (req, _res, next) => {
    limiter.hit(key(req));
    next();
  };
}
