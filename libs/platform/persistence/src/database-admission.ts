import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * How requests share the embedded database (PGlite: one session, run on the process's main thread): at most
 * `maxActive` API requests are handled at a time; up to `maxWaiting` more queue for a turn, first come first served.
 * None is queued whose estimated wait would pass `maxWaitMs`, or whose estimated wait plus its own kind's long turn
 * (running mean + twice the running deviation, per method and route) would pass `responseBudgetMs`; none waits longer
 * than either allows. A request refused gets {@link DatabaseBusyError} (HTTP 503 with Retry-After) at once, before any
 * work, instead of every request slowing down until callers give up.
 */
export interface SessionQueueLimits {
  maxActive: number;
  maxWaiting: number;
  maxWaitMs: number;
  responseBudgetMs: number;
}

export const DEFAULT_SESSION_QUEUE_LIMITS: SessionQueueLimits = { maxActive: 1, maxWaiting: 64, maxWaitMs: 300, responseBudgetMs: 400 };

/** The embedded database is at its limits: try again after `retryAfterSeconds`. */
export class DatabaseBusyError extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super(`The embedded database is busy: retry after ${retryAfterSeconds} s`);
    this.name = 'DatabaseBusyError';
  }
}

/** One request's turn; `kind` (e.g. `POST /api/scenarios`) is what its turn length is estimated from. */
export class Admission {
  private leave: (() => void) | null = null;
  private done = false;

  constructor(readonly kind = '') {}

  /** The request has a turn until it ends. */
  grant(leave: () => void): void {
    if (this.done) leave();
    else this.leave = leave;
  }

  /** The request ended (its response started or closed): its turn goes to the next one. Idempotent. */
  end(): void {
    this.done = true;
    const leave = this.leave;
    this.leave = null;
    leave?.();
  }
}

const requestWork = new AsyncLocalStorage<true>();

/** Runs `work` as a request's (its statements take turns with background work at the session; see PGliteSession). */
export function asRequestWork<T>(work: () => T): T {
  return requestWork.run(true, work);
}

/** Whether the caller is a request's work (not a relay's, a consumer's or a scheduler's). */
export function isRequestWork(): boolean {
  return requestWork.getStore() === true;
}

/** The gate of this process's embedded database, once one is open (production mode, on PostgreSQL, has none). */
let processGate: RequestGate | null = null;

/** The embedded database's request gate, if this process has one. */
export function embeddedRequestGate(): RequestGate | null {
  return processGate;
}

/** For the PGlite adapter: this process has an embedded database; requests take turns within `limits` from now on. */
export function openEmbeddedRequestGate(limits?: SessionQueueLimits): RequestGate {
  processGate ??= new RequestGate();
  if (limits) processGate.limits = limits;
  return processGate;
}

interface Waiter {
  admission: Admission;
  resolve: () => void;
  timer?: NodeJS.Timeout;
}

/** How much the latest turn weighs in the running figures of a kind of request. */
const TURN_WEIGHT = 0.1;
/** A kind whose long turn alone passes the budget may still wait this long (or it would be served only when no one is). */
const MIN_PATIENCE_MS = 50;
/** Kinds of request tracked apart; beyond that many (a client inventing paths) new kinds share the overall figures. */
const MAX_KINDS = 256;

/** Running mean and mean deviation of the turns of one kind of request. */
class TurnLengths {
  private count = 0;
  meanMs = 10;
  deviationMs = 0;

  add(turnMs: number): void {
    this.count += 1;
    const weight = Math.max(TURN_WEIGHT, 1 / this.count);
    this.deviationMs += weight * (Math.abs(turnMs - this.meanMs) - this.deviationMs);
    this.meanMs += weight * (turnMs - this.meanMs);
  }

  /** A long turn of this kind: what a request must expect to add to its wait. */
  get longMs(): number {
    return this.meanMs + 2 * this.deviationMs;
  }
}

/** The turns of requests at one embedded database, within its {@link SessionQueueLimits}. */
export class RequestGate {
  private readonly overall = new TurnLengths();
  private readonly byKind = new Map<string, TurnLengths>();
  private readonly active = new Map<Admission, number>();
  private readonly waiting: Waiter[] = [];

  constructor(public limits: SessionQueueLimits = DEFAULT_SESSION_QUEUE_LIMITS) {}

  /** Requests waiting for a turn now. */
  get queued(): number {
    return this.waiting.length;
  }

  /** Waits for a turn for `admission` (which ends it), or rejects with DatabaseBusyError. */
  enter(admission: Admission): Promise<void> {
    if (this.active.size < this.limits.maxActive && this.waiting.length === 0) {
      this.start(admission);
      return Promise.resolve();
    }
    const estimatedWaitMs = this.estimatedWaitMs();
    const patienceMs = Math.min(this.limits.maxWaitMs, Math.max(MIN_PATIENCE_MS, this.limits.responseBudgetMs - this.turnsOf(admission.kind).longMs));
    if (this.waiting.length >= this.limits.maxWaiting || estimatedWaitMs > patienceMs) return Promise.reject(this.busy(estimatedWaitMs));
    return new Promise((resolve, reject) => {
      const waiter: Waiter = { admission, resolve };
      waiter.timer = setTimeout(() => {
        const index = this.waiting.indexOf(waiter);
        if (index < 0) return;
        this.waiting.splice(index, 1);
        reject(this.busy(this.estimatedWaitMs()));
      }, patienceMs);
      this.waiting.push(waiter);
    });
  }

  private start(admission: Admission): void {
    const started = performance.now();
    this.active.set(admission, started);
    admission.grant(() => this.leave(admission, performance.now() - started));
  }

  private leave(admission: Admission, turnMs: number): void {
    this.active.delete(admission);
    this.overall.add(turnMs);
    const kind = this.byKind.get(admission.kind);
    if (kind) kind.add(turnMs);
    else if (this.byKind.size < MAX_KINDS) this.byKind.set(admission.kind, Object.assign(new TurnLengths(), { meanMs: turnMs }));
    while (this.active.size < this.limits.maxActive && this.waiting.length > 0) {
      const next = this.waiting.shift() as Waiter;
      clearTimeout(next.timer);
      this.start(next.admission);
      next.resolve();
    }
  }

  private turnsOf(kind: string): TurnLengths {
    return this.byKind.get(kind) ?? this.overall;
  }

  /** A newcomer's wait: what is left of the active turns and the mean turns of those queued, shared by maxActive. */
  private estimatedWaitMs(): number {
    const now = performance.now();
    let workMs = 0;
    for (const [admission, started] of this.active) workMs += Math.max(0, this.turnsOf(admission.kind).meanMs - (now - started));
    for (const waiter of this.waiting) workMs += this.turnsOf(waiter.admission.kind).meanMs;
    return workMs / this.limits.maxActive;
  }

  private busy(estimatedWaitMs: number): DatabaseBusyError {
    return new DatabaseBusyError(Math.max(1, Math.ceil(estimatedWaitMs / 1000)));
  }
}
