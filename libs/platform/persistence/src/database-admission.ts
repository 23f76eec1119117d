import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * How requests share the embedded database (PGlite: one session, run on the process's main thread): at most
 * `maxActive` API requests are handled at a time; up to `maxWaiting` more queue for a turn, first come first served; none is queued whose estimated wait would
 * pass `maxWaitMs`, and none waits longer. A request refused gets {@link DatabaseBusyError} (HTTP 503 with
 * Retry-After) at once, instead of every request slowing down until callers give up.
 */
export interface SessionQueueLimits {
  maxActive: number;
  maxWaiting: number;
  maxWaitMs: number;
}

export const DEFAULT_SESSION_QUEUE_LIMITS: SessionQueueLimits = { maxActive: 1, maxWaiting: 64, maxWaitMs: 300 };

/** The embedded database is at its limits: try again after `retryAfterSeconds`. */
export class DatabaseBusyError extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super(`The embedded database is busy: retry after ${retryAfterSeconds} s`);
    this.name = 'DatabaseBusyError';
  }
}

/** One request's turn. */
export class Admission {
  private leave: (() => void) | null = null;
  private done = false;

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

/** How much the latest turn weighs in the running mean turn length (the wait estimate). */
const TURN_WEIGHT = 0.1;

/** The turns of requests at one embedded database, within its {@link SessionQueueLimits}. */
export class RequestGate {
  private active = 0;
  private meanTurnMs = 10;
  private readonly waiting: Waiter[] = [];

  constructor(public limits: SessionQueueLimits = DEFAULT_SESSION_QUEUE_LIMITS) {}

  /** Requests waiting for a turn now. */
  get queued(): number {
    return this.waiting.length;
  }

  /** Waits for a turn for `admission` (which ends it), or rejects with DatabaseBusyError. */
  enter(admission: Admission): Promise<void> {
    if (this.active < this.limits.maxActive && this.waiting.length === 0) {
      this.start(admission);
      return Promise.resolve();
    }
    const estimatedWaitMs = this.estimatedWaitMs(this.waiting.length + 1);
    if (this.waiting.length >= this.limits.maxWaiting || estimatedWaitMs > this.limits.maxWaitMs) return Promise.reject(this.busy(estimatedWaitMs));
    return new Promise((resolve, reject) => {
      const waiter: Waiter = { admission, resolve };
      waiter.timer = setTimeout(() => {
        const index = this.waiting.indexOf(waiter);
        if (index < 0) return;
        this.waiting.splice(index, 1);
        reject(this.busy(this.estimatedWaitMs(this.waiting.length + 1)));
      }, this.limits.maxWaitMs);
      this.waiting.push(waiter);
    });
  }

  private start(admission: Admission): void {
    this.active += 1;
    const started = performance.now();
    admission.grant(() => this.leave(performance.now() - started));
  }

  private leave(turnMs: number): void {
    this.active -= 1;
    this.meanTurnMs += TURN_WEIGHT * (turnMs - this.meanTurnMs);
    while (this.active < this.limits.maxActive && this.waiting.length > 0) {
      const next = this.waiting.shift() as Waiter;
      clearTimeout(next.timer);
      this.start(next.admission);
      next.resolve();
    }
  }

  /** The `position`-th in the queue gets a turn after about position / maxActive turns end. */
  private estimatedWaitMs(position: number): number {
    return Math.ceil(position / this.limits.maxActive) * this.meanTurnMs;
  }

  private busy(estimatedWaitMs: number): DatabaseBusyError {
    return new DatabaseBusyError(Math.max(1, Math.ceil(estimatedWaitMs / 1000)));
  }
}
