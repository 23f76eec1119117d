import { randomBytes } from 'node:crypto';
import type { Job, JobsOptions, JobState, KeepJobs, Queue, RedisOptions, Worker } from 'bullmq';
import { BullMqDueWake } from './bullmq-due-wake';
import {
  DEFAULT_BASE_DELAY_MS,
  DEFAULT_MAX_ATTEMPTS,
  type DueJob,
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

/** BullMQ (and ioredis under it) is required when a BullMQ scheduler is made: ~20 MiB resident a process without Redis never needs. */
const bullmq = () => require('bullmq') as typeof import('bullmq');

/** A Redis URL, or ioredis options (host, port, password, tls…); `maxRetriesPerRequest` is always set to null. */
export type BullMqConnection = { url: string } | RedisOptions;

export interface BullMqSchedulerOptions extends RetryOptions {
  connection: BullMqConnection;
  /** Redis key prefix of every queue (BullMQ's `prefix`); a unique one per test run isolates tests. */
  prefix: string;
  /** Jobs one queue's worker runs at once in this process (default 10). */
  concurrency?: number;
  /** Connection and worker errors (default: console.error). Failed handlers are not errors: they are retried. */
  onError?: (error: Error) => void;
  /**
   * Queues whose finished jobs are removed: a completed one at once, a failed one after a day (at most 1,000 kept).
   * Their handlers must tolerate a second run, since a schedule of an id that already ran then runs it again (the
   * port's "already ran: no-op" holds for the other queues only). For queues whose database row decides (reminders).
   */
  removeFinished?: readonly string[];
  /** How often a worker reads its earliest delayed job, for jobs other processes schedule (default 1000 ms; see BullMqDueWake). */
  wakePollMs?: number;
}

const KEEP_COMPLETED_SECONDS = 7 * 24 * 3600;
const KEEP_FAILED_SECONDS = 30 * 24 * 3600;
const KEEP_KEPT: { completed: KeepJobs; failed: KeepJobs } = { completed: { age: KEEP_COMPLETED_SECONDS }, failed: { age: KEEP_FAILED_SECONDS } };
const KEEP_REMOVED: { completed: KeepJobs; failed: KeepJobs } = { completed: { count: 0 }, failed: { age: 24 * 3600, count: 1000 } };
/** Nothing reads the queues' event streams (no QueueEvents): BullMQ's default keeps 10,000 entries per queue. */
const EVENTS_MAX_LEN = 100;
const CANCELLABLE_STATES: ReadonlySet<JobState | 'unknown'> = new Set(['delayed', 'waiting', 'prioritized']);

/**
 * The production adapter: one BullMQ queue per scheduler queue, one worker per handled queue.
 *
 * Finished jobs are kept (completed 7 days, failed 30 days): a kept job id is what makes a re-schedule of a job that
 * already ran a no-op. After that window the same id can be scheduled again. Queues in `removeFinished` drop them.
 *
 * A pending job is lean (docs/notification.md, "Reminders in Redis"): the stored options are the job id and the delay
 * only; attempts and backoff are the scheduler's own and set on the job when a worker takes it; retention is the
 * worker's; the job's name is `<runAt in base 36>.<token>`, so runAt is exact without a timestamp option. With short
 * ids and payloads every field stays within Redis's `hash-max-listpack-value` (64 bytes), and the job hash is a
 * compact listpack instead of a hash table. Jobs stored by earlier versions (options in full) run as before.
 */
export class BullMqScheduler implements Scheduler {
  private readonly connection: BullMqConnection;
  private readonly maxAttempts: number;
  private readonly baseDelayMs: number;
  private readonly concurrency: number;
  private readonly onError: (error: Error) => void;
  private readonly queues = new Map<string, Queue>();
  private readonly handlers = new Map<string, JobHandler>();
  private readonly workers = new Map<string, Worker>();
  private readonly wakes = new Map<string, BullMqDueWake>();
  private readonly removeFinished: ReadonlySet<string>;
  private state: 'created' | 'started' | 'stopping' | 'stopped' = 'created';
  private closing: Promise<void> | undefined;

  constructor(private readonly options: BullMqSchedulerOptions) {
    if (!options.prefix) throw new Error('BullMqScheduler needs a Redis key prefix');
    this.connection = { ...options.connection, maxRetriesPerRequest: null };
    this.maxAttempts = options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
    this.baseDelayMs = options.baseDelayMs ?? DEFAULT_BASE_DELAY_MS;
    this.concurrency = options.concurrency ?? 10;
    assertPositiveInteger('maxAttempts', this.maxAttempts);
    assertPositiveInteger('concurrency', this.concurrency);
    this.onError = options.onError ?? ((error) => console.error('[BullMqScheduler]', error));
    this.removeFinished = new Set(options.removeFinished ?? []);
  }

  async schedule<P>(job: ScheduledJob<P>): Promise<boolean> {
    assertValidQueueName(job.queue);
    assertValidJobId(job.jobId);
    assertValidRunAt(job.runAt);
    const queue = this.queue(job.queue);
    const now = Date.now();
    const runAt = job.runAt.getTime();
    // BullMQ's add script silently keeps an existing job with the same id and returns that id either way. So every
    // call names its job with a fresh token: the stored name says whose add created the job. The script is atomic,
    // so this stays right when several processes schedule the same id at once (a getJob before add would not).
    // The name also carries runAt exactly (BullMQ's own timestamp is taken a moment after `now`: never early).
    const name = `${runAt.toString(36)}.${randomBytes(6).toString('base64url')}`;
    const options: JobsOptions = { jobId: job.jobId };
    if (runAt > now) options.delay = runAt - now;
    await queue.add(name, job.payload ?? null, options);
    this.wakes.get(job.queue)?.announce(runAt);
    const client = await queue.getBackend().client;
    const stored = await client.hget(queue.toKey(job.jobId), 'name');
    // Missing if a concurrent cancel removed it already or, in a removeFinished queue, if it ran meanwhile (a due job
    // runs at once): counted as scheduled there, as a job removed after it ran was one the add created or re-created.
    return stored === name || (stored === null && this.removeFinished.has(job.queue));
  }

  async cancel(queue: string, jobId: string): Promise<boolean> {
    assertValidQueueName(queue);
    assertValidJobId(jobId);
    const bullQueue = this.queue(queue);
    // A finished job must stay (it blocks a re-schedule), an active one cannot be removed: only remove pending ones.
    if (!CANCELLABLE_STATES.has(await bullQueue.getJobState(jobId))) return false;
    // 0 when a worker took the job meanwhile (it is locked).
    return (await bullQueue.remove(jobId)) === 1;
  }

  handle<P>(queue: string, handler: JobHandler<P>): void {
    assertValidQueueName(queue);
    if (this.handlers.has(queue)) throw new Error(`A handler is already registered for queue ${queue}`);
    if (this.state === 'stopping' || this.state === 'stopped') throw new Error('BullMqScheduler is stopped');
    this.handlers.set(queue, handler as JobHandler);
    if (this.state === 'started') this.startWorker(queue, handler as JobHandler);
  }

  async pending(queue: string): Promise<ScheduledJob[]> {
    assertValidQueueName(queue);
    const bullQueue = this.queue(queue);
    const jobs = await bullQueue.getJobs(['delayed', 'waiting', 'prioritized']);
    // A job moving from one list to another while they are read can be listed twice.
    const byId = new Map(jobs.map((job) => [job.id as string, toScheduledJob(queue, job)]));
    return [...byId.values()].sort((a, b) => a.runAt.getTime() - b.runAt.getTime() || a.jobId.localeCompare(b.jobId));
  }

  async start(): Promise<void> {
    if (this.state === 'stopping' || this.state === 'stopped') throw new Error('BullMqScheduler is stopped');
    if (this.state === 'started') return;
    this.state = 'started';
    for (const [queue, handler] of this.handlers) this.startWorker(queue, handler);
    await Promise.all([...this.workers.values()].map((worker) => worker.waitUntilReady()));
  }

  stop(): Promise<void> {
    this.closing ??= this.close();
    return this.closing;
  }

  private async close(): Promise<void> {
    this.state = 'stopping';
    // Workers first: close() lets running handlers finish, and they may still schedule follow-up jobs.
    await Promise.all([...this.wakes.values()].map((wake) => wake.stop()));
    await Promise.all([...this.workers.values()].map((worker) => worker.close()));
    this.state = 'stopped';
    await Promise.all([...this.queues.values()].map((queue) => queue.close()));
    this.workers.clear();
    this.wakes.clear();
    this.queues.clear();
  }

  private queue(name: string): Queue {
    if (this.state === 'stopped') throw new Error('BullMqScheduler is stopped');
    let queue = this.queues.get(name);
    if (!queue) {
      queue = new (bullmq().Queue)(name, { connection: this.connection, prefix: this.options.prefix, streams: { events: { maxLen: EVENTS_MAX_LEN } } });
      queue.on('error', (error: Error) => this.onError(error));
      this.queues.set(name, queue);
    }
    return queue;
  }

  private startWorker(queue: string, handler: JobHandler): void {
    const keep = this.removeFinished.has(queue) ? KEEP_REMOVED : KEEP_KEPT;
    const retry = { attempts: this.maxAttempts, backoff: { type: 'exponential', delay: this.baseDelayMs } };
    const run = (job: Job) => {
      // Read by BullMQ when the handler throws: the retry policy lives here, not in every stored job.
      if (!job.opts.attempts) job.opts.attempts = retry.attempts;
      job.opts.backoff ??= retry.backoff;
      return handler(toDueJob(queue, job));
    };
    const worker = new (bullmq().Worker)(queue, run, {
      connection: this.connection,
      prefix: this.options.prefix,
      concurrency: this.concurrency,
      // A job stored without removeOnComplete / removeOnFail (all new ones) is kept or removed as this says.
      removeOnComplete: keep.completed,
      removeOnFail: keep.failed,
      // When idle with nothing delayed, the blocking wait lasts this long (s); new and due jobs end it at once.
      drainDelay: 5,
      // Handlers are short (one transaction): a lock of 30 s renewed every 15 s, stalled jobs looked for every 30 s.
      lockDuration: 30_000,
      stalledInterval: 30_000,
      maxStalledCount: 1,
    });
    worker.on('error', (error: Error) => this.onError(error));
    this.workers.set(queue, worker);
    const wake = new BullMqDueWake(this.queue(queue), this.options.wakePollMs ?? 1000, this.onError);
    this.wakes.set(queue, wake);
    wake.start();
  }
}

const NAME_WITH_RUN_AT = /^(-?[0-9a-z]+)\.[\w-]+$/;

/** The job as scheduled: runAt from the name (earlier versions: timestamp + opts.delay); a retry changes neither. */
function toScheduledJob(queue: string, job: Job): ScheduledJob {
  const named = NAME_WITH_RUN_AT.exec(job.name);
  const runAt = named ? parseInt(named[1], 36) : job.timestamp + (job.opts.delay ?? 0);
  return { queue, jobId: job.id as string, runAt: new Date(runAt), payload: job.data as unknown };
}

function toDueJob(queue: string, job: Job): DueJob {
  // attemptsMade counts the failed attempts before this one.
  return { ...toScheduledJob(queue, job), attempt: job.attemptsMade + 1 };
}
