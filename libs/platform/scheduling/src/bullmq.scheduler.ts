import { randomUUID } from 'node:crypto';
import { Queue, Worker, type Job, type JobsOptions, type JobState, type RedisOptions } from 'bullmq';
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
}

const KEEP_COMPLETED_SECONDS = 7 * 24 * 3600;
const KEEP_FAILED_SECONDS = 30 * 24 * 3600;
const CANCELLABLE_STATES: ReadonlySet<JobState | 'unknown'> = new Set(['delayed', 'waiting', 'prioritized']);

/**
 * The production adapter: one BullMQ queue per scheduler queue, one worker per handled queue.
 *
 * Finished jobs are kept (completed 7 days, failed 30 days): a kept job id is what makes a re-schedule of a job that
 * already ran a no-op. After that window the same id can be scheduled again.
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
    const token = randomUUID();
    const options: JobsOptions = {
      jobId: job.jobId,
      // timestamp + delay is exactly runAt, so a handler sees the runAt it was scheduled with, even one in the past.
      timestamp: Math.min(now, runAt),
      delay: Math.max(0, runAt - now),
      attempts: this.maxAttempts,
      backoff: { type: 'exponential', delay: this.baseDelayMs },
      removeOnComplete: { age: KEEP_COMPLETED_SECONDS },
      removeOnFail: { age: KEEP_FAILED_SECONDS },
    };
    await queue.add(token, job.payload ?? null, options);
    const stored = await queue.getJob(job.jobId);
    // Missing only if a concurrent cancel removed it already.
    return stored?.name === token;
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
    await Promise.all([...this.workers.values()].map((worker) => worker.close()));
    this.state = 'stopped';
    await Promise.all([...this.queues.values()].map((queue) => queue.close()));
    this.workers.clear();
    this.queues.clear();
  }

  private queue(name: string): Queue {
    if (this.state === 'stopped') throw new Error('BullMqScheduler is stopped');
    let queue = this.queues.get(name);
    if (!queue) {
      queue = new Queue(name, { connection: this.connection, prefix: this.options.prefix });
      queue.on('error', (error: Error) => this.onError(error));
      this.queues.set(name, queue);
    }
    return queue;
  }

  private startWorker(queue: string, handler: JobHandler): void {
    const worker = new Worker(queue, (job: Job) => handler(toDueJob(queue, job)), {
      connection: this.connection,
      prefix: this.options.prefix,
      concurrency: this.concurrency,
    });
    worker.on('error', (error: Error) => this.onError(error));
    this.workers.set(queue, worker);
  }
}

/** The job as scheduled: schedule() set timestamp + opts.delay to runAt; a retry changes neither. */
function toScheduledJob(queue: string, job: Job): ScheduledJob {
  return { queue, jobId: job.id as string, runAt: new Date(job.timestamp + (job.opts.delay ?? 0)), payload: job.data as unknown };
}

function toDueJob(queue: string, job: Job): DueJob {
  // attemptsMade counts the failed attempts before this one.
  return { ...toScheduledJob(queue, job), attempt: job.attemptsMade + 1 };
}
