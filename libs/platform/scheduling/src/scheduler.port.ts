/**
 * A job to run once at `runAt`, identified by (queue, jobId). `runAt` stays the time the job was scheduled for, also
 * while it waits for a retry. Framework-free: every adapter implements this port.
 */
export interface ScheduledJob<P = unknown> {
  queue: string;
  jobId: string;
  runAt: Date;
  payload: P;
}

/** A job handed to its handler; `attempt` starts at 1 and grows with every retry. */
export interface DueJob<P = unknown> extends ScheduledJob<P> {
  attempt: number;
}

export type JobHandler<P = unknown> = (job: DueJob<P>) => Promise<void>;

export interface Scheduler {
  /**
   * Idempotent by (queue, jobId): scheduling an id that is pending OR already ran is a no-op; returns true if newly
   * scheduled. (Except in queues a BullMQ scheduler is told to forget finished jobs of: `removeFinished`.)
   */
  schedule<P>(job: ScheduledJob<P>): Promise<boolean>;
  /** Removes a pending job; returns true if one was removed. Cancelling an unknown/finished id returns false. */
  cancel(queue: string, jobId: string): Promise<boolean>;
  /**
   * Registers the handler for a queue (before or after start). A handler that throws is retried with exponential
   * backoff (options: maxAttempts default 5, baseDelayMs default 200); after the last attempt the job is marked failed and kept.
   */
  handle<P>(queue: string, handler: JobHandler<P>): void;
  /** Pending (not yet run, not cancelled) jobs of a queue — used to re-derive and for tests. */
  pending(queue: string): Promise<Array<ScheduledJob>>;
  start(): Promise<void>;
  stop(): Promise<void>;
}

/** Retry policy shared by every adapter: attempt n (n ≥ 1) that fails waits baseDelayMs · 2^(n-1) before attempt n+1. */
export interface RetryOptions {
  /** Attempts in all, the first included (default 5). */
  maxAttempts?: number;
  /** Delay before the first retry, doubled for each further one (default 200 ms). */
  baseDelayMs?: number;
}

export const DEFAULT_MAX_ATTEMPTS = 5;
export const DEFAULT_BASE_DELAY_MS = 200;
