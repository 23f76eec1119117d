/**
 * Tokens already verified (or signed), each remembered until its own deadline, at most `max` at a time (the oldest
 * forgotten first): a token is immutable, so once its signature checked out, the answer holds until it expires.
 * Spares the Ed25519 verification (and signing) of every request after a caller's first.
 */
export class TokenCache<V> {
  private readonly entries = new Map<string, { value: V; until: number }>();

  constructor(
    private readonly max = 10_000,
    private readonly now: () => number = Date.now,
  ) {}

  get(key: string): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.until > this.now()) return entry.value;
    this.entries.delete(key);
    return undefined;
  }

  /** Remembers `value` until `until` (ms since the epoch); nothing when that has passed. */
  set(key: string, value: V, until: number): void {
    if (until <= this.now()) return;
    if (this.entries.size >= this.max && !this.entries.has(key)) this.entries.delete(this.entries.keys().next().value as string);
    this.entries.set(key, { value, until });
  }

  get size(): number {
    return this.entries.size;
  }
}
