/** Fixed-window counter per key, in memory: enough for one gateway process (not shared across replicas). */
export class FixedWindowRateLimiter {
  private readonly windows = new Map<string, { startedAt: number; attempts: number }>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts an attempt; when over the limit, the seconds until the window ends, else null. */
  attempt(key: string): number | null {
    const now = this.now();
    if (this.windows.size > 10_000) this.sweep(now);
    let window = this.windows.get(key);
    if (!window || now - window.startedAt >= this.windowMs) {
      window = { startedAt: now, attempts: 0 };
      this.windows.set(key, window);
    }
    window.attempts += 1;
    return window.attempts > this.limit ? Math.max(1, Math.ceil((window.startedAt + this.windowMs - now) / 1000)) : null;
  }

  private sweep(now: number): void {
    for (const [key, window] of this.windows) if (now - window.startedAt >= this.windowMs) this.windows.delete(key);
  }
}

/** Sign-in attempts per IP + username (its own DI token: the API limit is another instance). */
export class LoginRateLimiter extends FixedWindowRateLimiter {}
