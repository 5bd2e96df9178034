/** Counts failed authentication attempts per client and blocks a client that fails too often in a window. */

export interface FailureLimit {
  /** Failed attempts allowed per window before the client is blocked until the window ends. */
  maxFailures: number;
  windowMs: number;
}

interface Window {
  startedAt: number;
  failures: number;
}

/** Most clients tracked at once; older windows are dropped first, so memory stays bounded under a flood. */
const MAX_CLIENTS = 10_000;

export class FailureLimiter {
  private readonly windows = new Map<string, Window>();

  constructor(
    private readonly limit: FailureLimit,
    private readonly now: () => Date,
  ) {}

  /** Milliseconds until `client` may try again; 0 when it is not blocked. */
  retryAfterMs(client: string): number {
    const window = this.current(client);
    if (!window || window.failures < this.limit.maxFailures) return 0;
    return window.startedAt + this.limit.windowMs - this.now().getTime();
  }

  recordFailure(client: string): void {
    const window = this.current(client) ?? { startedAt: this.now().getTime(), failures: 0 };
    window.failures += 1;
    this.windows.delete(client);
    this.windows.set(client, window);
    if (this.windows.size > MAX_CLIENTS) this.windows.delete(this.windows.keys().next().value!);
  }

  private current(client: string): Window | undefined {
    const window = this.windows.get(client);
    if (window && this.now().getTime() - window.startedAt >= this.limit.windowMs) {
      this.windows.delete(client);
      return undefined;
    }
    return window;
  }
}
