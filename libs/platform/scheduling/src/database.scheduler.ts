import type { SqlExecutor } from '@scq/platform-persistence';
import { ScheduledJobTable, type ClaimedJob } from './scheduled-job.table';
import {
  DEFAULT_BASE_DELAY_MS,
  DEFAULT_MAX_ATTEMPTS,
  type JobHandler,
  type RetryOptions,
  type ScheduledJob,
  type Scheduler,
} from './scheduler.port';
import {
  assertPositiveInteger,
  assertValidJobId,
  assertValidQueueName,
  assertValidRunAt,
} from './scheduled-job.validation';
import { WakeUpTimer } from './wake-up.timer';

const MAX_ERROR_BACKOFF_MS = 10_000;

export interface DatabaseSchedulerOptions extends RetryOptions {
  /** The service's database (a `Database` from @scq/platform-persistence); the table comes from `schedulingMigration(schema)`. */
  db: SqlExecutor;
  schema: string;
  /** How long an idle poller waits before looking again (default 200 ms); jobs scheduled in this process wake it earlier. */
  pollIntervalMs?: number;
  /** Jobs run at once by this process (default 10). */
  concurrency?: number;
  /** How long a claimed job stays reserved for this process (default 30 s); renewed while its handler runs. */
  leaseMs?: number;
  /** Database errors of the poller (default: console.error). Failed handlers are not errors: they are retried. */
  onError?: (error: unknown) => void;
}

/**
 * The embedded adapter (no Redis): jobs in a table of the service's own schema, run by a poller in this process.
 *
 * A claim is one statement (FOR UPDATE SKIP LOCKED), handlers run outside any transaction (PGlite serialises them
 * all), and a claimed job holds a lease: if its process dies, another poller runs it again once the lease expires.
 * Delivery is at least once, like BullMQ's: a handler must tolerate a rare second run.
 */
export class DatabaseScheduler implements Scheduler {
  private readonly table: ScheduledJobTable;
  private readonly maxAttempts: number;
  private readonly baseDelayMs: number;
  private readonly pollIntervalMs: number;
  private readonly concurrency: number;
  private readonly leaseMs: number;
  private readonly onError: (error: unknown) => void;
  private readonly handlers = new Map<string, JobHandler>();
  private readonly inFlight = new Map<ClaimedJob, Promise<void>>();
  private readonly wakeUp = new WakeUpTimer();
  private state: 'created' | 'started' | 'stopped' = 'created';
  private loop: Promise<void> | undefined;
  private closing: Promise<void> | undefined;
  private heartbeat: NodeJS.Timeout | undefined;
  private nextLeaseCheck = 0;

  constructor(options: DatabaseSchedulerOptions) {
    this.table = new ScheduledJobTable(options.db, options.schema);
    this.maxAttempts = options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
    this.baseDelayMs = options.baseDelayMs ?? DEFAULT_BASE_DELAY_MS;
    this.pollIntervalMs = options.pollIntervalMs ?? 200;
    this.concurrency = options.concurrency ?? 10;
    this.leaseMs = options.leaseMs ?? 30_000;
    assertPositiveInteger('maxAttempts', this.maxAttempts);
    assertPositiveInteger('pollIntervalMs', this.pollIntervalMs);
    assertPositiveInteger('concurrency', this.concurrency);
    assertPositiveInteger('leaseMs', this.leaseMs);
    this.onError = options.onError ?? ((error) => console.error('[DatabaseScheduler]', error));
  }

  async schedule<P>(job: ScheduledJob<P>): Promise<boolean> {
    assertValidQueueName(job.queue);
    assertValidJobId(job.jobId);
    assertValidRunAt(job.runAt);
    const created = await this.table.insert(job);
    if (created && this.handlers.has(job.queue)) this.wakeUp.wakeAt(job.runAt.getTime());
    return created;
  }

  async cancel(queue: string, jobId: string): Promise<boolean> {
    assertValidQueueName(queue);
    assertValidJobId(jobId);
    return this.table.cancel(queue, jobId);
  }

  handle<P>(queue: string, handler: JobHandler<P>): void {
    assertValidQueueName(queue);
    if (this.handlers.has(queue)) throw new Error(`A handler is already registered for queue ${queue}`);
    this.handlers.set(queue, handler as JobHandler);
    this.wakeUp.wakeNow();
  }

  async pending(queue: string): Promise<ScheduledJob[]> {
    assertValidQueueName(queue);
    return this.table.pending(queue);
  }

  async start(): Promise<void> {
    if (this.state === 'stopped') throw new Error('DatabaseScheduler is stopped');
    if (this.state === 'started') return;
    this.state = 'started';
    this.heartbeat = setInterval(() => this.extendLeases(), Math.ceil(this.leaseMs / 3));
    this.loop = this.run();
  }

  /** Stops polling and waits for the running handlers to finish. */
  stop(): Promise<void> {
    this.closing ??= this.close();
    return this.closing;
  }

  private async close(): Promise<void> {
    this.state = 'stopped';
    this.wakeUp.wakeNow();
    await this.loop;
    await Promise.all(this.inFlight.values());
    clearInterval(this.heartbeat);
  }

  private async run(): Promise<void> {
    let failedPolls = 0;
    while (this.state === 'started') {
      const capacity = this.concurrency - this.inFlight.size;
      if (capacity === 0) {
        await Promise.race(this.inFlight.values());
        continue;
      }
      let claimed: ClaimedJob[] = [];
      try {
        claimed = await this.claim(capacity);
        failedPolls = 0;
      } catch (error) {
        failedPolls += 1;
        this.report(error);
      }
      for (const job of claimed) this.inFlight.set(job, this.execute(job).finally(() => this.inFlight.delete(job)));
      // A full batch means more jobs may be due: look again at once. Otherwise sleep (longer while the database fails).
      if (claimed.length < capacity && this.state === 'started') {
        await this.wakeUp.sleep(Math.min(this.pollIntervalMs * 2 ** failedPolls, MAX_ERROR_BACKOFF_MS));
      }
    }
  }

  private async claim(limit: number): Promise<ClaimedJob[]> {
    const queues = [...this.handlers.keys()];
    if (queues.length === 0) return [];
    if (Date.now() >= this.nextLeaseCheck) {
      this.nextLeaseCheck = Date.now() + Math.max(this.pollIntervalMs, Math.ceil(this.leaseMs / 2));
      await this.table.releaseExpiredLeases(queues, this.maxAttempts);
    }
    return this.table.claim(queues, limit, this.leaseMs);
  }

  private async execute(job: ClaimedJob): Promise<void> {
    try {
      const handler = this.handlers.get(job.queue);
      if (!handler) throw new Error(`No handler for queue ${job.queue}`);
      let failure: { error: unknown } | undefined;
      try {
        // A copy: `attempt` fences the updates below, whatever the handler does with its argument.
        await handler({ ...job });
      } catch (error) {
        failure = { error };
      }
      if (!failure) await this.table.complete(job);
      else if (job.attempt >= this.maxAttempts) await this.table.fail(job, failure.error);
      else {
        const delayMs = this.baseDelayMs * 2 ** (job.attempt - 1);
        await this.table.retry(job, delayMs, failure.error);
        this.wakeUp.wakeAt(Date.now() + delayMs);
      }
    } catch (error) {
      // The job stays running until its lease expires; then it is retried.
      this.report(error);
    }
  }

  private extendLeases(): void {
    if (this.inFlight.size === 0) return;
    this.table.extendLeases([...this.inFlight.keys()], this.leaseMs).catch((error: unknown) => this.report(error));
  }

  private report(error: unknown): void {
    try {
      this.onError(error);
    } catch {
      // An error reporter that throws must not stop the poller.
    }
  }
}
