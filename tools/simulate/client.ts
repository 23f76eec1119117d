import { randomUUID } from 'node:crypto';

/** Answers are read field by field, untyped (the API document types them; this is a load driver). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;

/** What became of a command: answered 2xx, refused (4xx), or unknown (no answer, or 5xx after the retries). */
export type Outcome = 'accepted' | 'refused' | 'unknown';

export interface LedgerEntry {
  /** A workflow event on an instance (`event`), or a record created (`create`). */
  kind: 'event' | 'create';
  what: string;
  instanceId?: string;
  outcome: Outcome;
  status: number;
  day: number;
  /** Attempts that may have been applied without an answer (a retry after a lost answer). */
  ambiguous: number;
}

export interface Sample {
  atMs: number;
  latencyMs: number;
  status: number;
  route: string;
}

/** Every command (a non-GET request) sent, with its latency, and what it became. */
export class Metrics {
  readonly samples: Sample[] = [];
  readonly ledger: LedgerEntry[] = [];
  readonly refusals = new Map<string, number>();
  reads = 0;
  retries = 0;
  /** Why requests were sent again: status or error, with the route. */
  readonly retryReasons = new Map<string, number>();
  private readonly t0 = performance.now();

  now(): number {
    return performance.now() - this.t0;
  }

  record(sample: Omit<Sample, 'atMs'>): void {
    this.samples.push({ atMs: this.now(), ...sample });
  }

  retried(reason: string): void {
    this.retries++;
    const key = byKind(reason);
    this.retryReasons.set(key, (this.retryReasons.get(key) ?? 0) + 1);
  }

  refusal(reason: string): void {
    const key = byKind(reason);
    this.refusals.set(key, (this.refusals.get(key) ?? 0) + 1);
  }
}

export interface Account {
  username: string;
  password: string;
  id: string;
  roles: string[];
  unit: string | null;
  organisation?: string | null;
  token?: string;
  /** The person's own network address (X-Forwarded-For, honoured by a platform with TRUST_PROXY=loopback). */
  address?: string;
}

let addresses = 0;
/** An address of the benchmarking range (RFC 2544, 198.18.0.0/15) per person. */
export function nextAddress(): string {
  const n = addresses++;
  return `198.18.${(n >> 8) & 255}.${n & 255}`;
}

export interface Answer<T = Json> {
  status: number;
  body: T;
  /** Earlier attempts of this request that may have reached the service (no answer, or a gateway error). */
  ambiguous: number;
}

const TIMEOUT_MS = Number(process.env.SIMULATE_TIMEOUT_MS ?? 30_000);
/** Statuses worth another try: the gateway cannot reach a service (killed by chaos), or it is starting. */
const RETRY = new Set([502, 503, 504]);

/** The public HTTP API as one signed-in person, timing every command and retrying what a restart interrupts. */
export class Api {
  constructor(
    readonly url: string,
    readonly metrics: Metrics,
  ) {}

  async login(username: string, password: string, address?: string): Promise<string> {
    for (let attempt = 0; ; attempt++) {
      const response = await fetch(`${this.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json', ...(address ? { 'x-forwarded-for': address } : {}) }, body: JSON.stringify({ username, password }) }).catch(() => undefined);
      if (response?.ok) return ((await response.json()) as { accessToken: string }).accessToken;
      const text = await response?.text();
      if (attempt > 20 || (response && !RETRY.has(response.status) && response.status !== 429)) throw new Error(`login ${username}: ${response?.status} ${text}`);
      await sleep(500 * (attempt + 1));
    }
  }

  /**
   * One request as `account`. A command (non-GET) that creates something carries an Idempotency-Key, so a retry after a
   * lost answer creates nothing twice; a retry of a lifecycle event after a lost answer is a 409 (the version moved),
   * its outcome recorded as unknown by the caller.
   */
  async as<T = Json>(account: Account, method: string, path: string, body?: unknown, route = path): Promise<Answer<T>> {
    const command = method !== 'GET';
    const key = command ? randomUUID() : undefined;
    let lastError = '';
    let ambiguous = 0;
    for (let attempt = 0; attempt < 8; attempt++) {
      if (!account.token) account.token = await this.login(account.username, account.password, account.address);
      const sent = performance.now();
      let response: Response;
      try {
        response = await fetch(`${this.url}${path}`, {
          method,
          headers: { authorization: `Bearer ${account.token}`, ...(account.address ? { 'x-forwarded-for': account.address } : {}), ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...(key ? { 'idempotency-key': key } : {}) },
          body: body === undefined ? undefined : JSON.stringify(body),
          signal: AbortSignal.timeout(TIMEOUT_MS),
        });
      } catch (error) {
        lastError = String(error);
        if (command) ambiguous++;
        this.metrics.retried(`${route}: ${(error as Error).name ?? 'error'}`);
        await sleep(300 * (attempt + 1));
        continue;
      }
      const text = await response.text();
      const latencyMs = performance.now() - sent;
      if (response.status === 401 && attempt < 7) {
        account.token = undefined;
        continue;
      }
      if (RETRY.has(response.status) || response.status === 429 || (response.status === 409 && /IDEMPOTENCY_KEY_IN_PROGRESS/.test(text))) {
        lastError = `${response.status} ${text.slice(0, 200)}`;
        if (command && response.status !== 429 && response.status !== 409) ambiguous++;
        this.metrics.retried(`${route}: ${response.status}`);
        await sleep(300 * (attempt + 1));
        continue;
      }
      if (command) this.metrics.record({ latencyMs, status: response.status, route });
      else this.metrics.reads++;
      let parsed: unknown = null;
      try {
        parsed = text ? JSON.parse(text) : null;
      } catch {
        parsed = text;
      }
      return { status: response.status, body: parsed as T, ambiguous };
    }
    return { status: 0, body: { error: { code: 'NO_ANSWER', message: lastError } } as T, ambiguous };
  }
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function outcomeOf(status: number, body: Json, ambiguous = 0): Outcome {
  if (ambiguous > 0 && (status < 200 || status >= 300)) return 'unknown';
  if (status >= 200 && status < 300) return 'accepted';
  if (status === 0 || status >= 500) return 'unknown';
  // A repeated creation whose first answer was lost: the key is reserved, the outcome unknown.
  if (body?.error?.code === 'IDEMPOTENCY_OUTCOME_UNKNOWN') return 'unknown';
  return 'refused';
}

/** A reason without the ids in it, which differ from one occurrence to the next: counted by kind. */
function byKind(reason: string): string {
  return reason.replace(/[0-9a-f]{8}-[0-9a-f-]{27}/g, ':id');
}
