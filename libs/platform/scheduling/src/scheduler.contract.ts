import { randomBytes } from 'node:crypto';
import type { DueJob, JobHandler, Scheduler } from './scheduler.port';

export interface SchedulerUnderTest {
  scheduler: Scheduler;
  /** Stops the scheduler; it must not wipe the store, so that a restart can be tested. */
  teardown: () => Promise<void>;
}

/** Every adapter under contract is created with this retry policy (small, so that retries take milliseconds). */
export const SCHEDULER_CONTRACT_RETRY = { maxAttempts: 3, baseDelayMs: 50 } as const;

const FIRE_BOUND_MS = 3000;
const WAIT_LIMIT_MS = 10_000;
/** How long to keep watching for a run that must not happen. */
const QUIET_MS = 400;

/**
 * One suite for every Scheduler adapter. `create` must return a new scheduler over the SAME store on every call
 * (each test uses its own queue names, so tests never see each other's jobs).
 */
export function describeSchedulerContract(adapterName: string, create: () => Promise<SchedulerUnderTest>): void {
  describe(`Scheduler contract: ${adapterName}`, () => {
    const opened: SchedulerUnderTest[] = [];

    async function open(): Promise<Scheduler> {
      const underTest = await create();
      opened.push(underTest);
      return underTest.scheduler;
    }

    async function running(queue: string, handler: JobHandler): Promise<Scheduler> {
      const scheduler = await open();
      scheduler.handle(queue, handler);
      await scheduler.start();
      return scheduler;
    }

    afterEach(async () => {
      await Promise.all(opened.splice(0).map((underTest) => underTest.teardown()));
    });

    it('runs a job at its runAt, not before', async () => {
      const queue = uniqueQueue();
      const runs = new RunLog();
      const scheduler = await running(queue, runs.handler);
      const runAt = new Date(Date.now() + 300);

      await expect(scheduler.schedule({ queue, jobId: 'remind-1', runAt, payload: { scenarioId: 's-1' } })).resolves.toBe(true);
      await waitFor('the job to run', () => runs.count() === 1);

      const [run] = runs.all();
      expect(run).toMatchObject({ queue, jobId: 'remind-1', payload: { scenarioId: 's-1' }, attempt: 1 });
      expect(run.runAt.getTime()).toBe(runAt.getTime());
      expect(run.at).toBeGreaterThanOrEqual(runAt.getTime());
      expect(run.at).toBeLessThan(runAt.getTime() + FIRE_BOUND_MS);
    }, 15_000);

    it('runs a job scheduled in the past promptly, with a handler registered after start', async () => {
      const queue = uniqueQueue();
      const runs = new RunLog();
      const scheduler = await open();
      await scheduler.start();
      scheduler.handle(queue, runs.handler);
      const runAt = new Date(Date.now() - 60_000);
      const scheduledAt = Date.now();

      await scheduler.schedule({ queue, jobId: 'overdue', runAt, payload: null });
      await waitFor('the overdue job to run', () => runs.count() === 1);

      const [run] = runs.all();
      expect(run.at).toBeLessThan(scheduledAt + FIRE_BOUND_MS);
      expect(run.runAt.getTime()).toBe(runAt.getTime());
    }, 15_000);

    it('schedules an id once, even when two calls race', async () => {
      const queue = uniqueQueue();
      const runs = new RunLog();
      const scheduler = await running(queue, runs.handler);
      const job = { queue, jobId: 'once', runAt: new Date(Date.now() + 200), payload: { n: 1 } };

      const raced = await Promise.all([scheduler.schedule(job), scheduler.schedule({ ...job, payload: { n: 2 } })]);
      expect(raced.sort()).toEqual([false, true]);
      await expect(scheduler.schedule(job)).resolves.toBe(false);
      await waitFor('the job to run', () => runs.count() === 1);
      await sleep(QUIET_MS);

      expect(runs.count('once')).toBe(1);
    }, 15_000);

    it('ignores a schedule of an id that already ran', async () => {
      const queue = uniqueQueue();
      const runs = new RunLog();
      const scheduler = await running(queue, runs.handler);
      await scheduler.schedule({ queue, jobId: 'ran', runAt: new Date(), payload: 1 });
      await waitFor('the job to run', () => runs.count() === 1);

      await expect(scheduler.schedule({ queue, jobId: 'ran', runAt: new Date(), payload: 2 })).resolves.toBe(false);
      await sleep(QUIET_MS);

      expect(runs.count('ran')).toBe(1);
      await expect(scheduler.pending(queue)).resolves.toEqual([]);
    }, 15_000);

    it('cancels a pending job, which then never runs and may be scheduled again', async () => {
      const queue = uniqueQueue();
      const runs = new RunLog();
      const scheduler = await running(queue, runs.handler);
      const runAt = new Date(Date.now() + 600);
      await scheduler.schedule({ queue, jobId: 'cancelled', runAt, payload: null });

      await expect(scheduler.cancel(queue, 'cancelled')).resolves.toBe(true);
      await expect(scheduler.cancel(queue, 'cancelled')).resolves.toBe(false);
      await expect(scheduler.cancel(queue, 'never-scheduled')).resolves.toBe(false);
      await expect(scheduler.pending(queue)).resolves.toEqual([]);
      await sleep(runAt.getTime() - Date.now() + QUIET_MS);
      expect(runs.count()).toBe(0);

      await expect(scheduler.schedule({ queue, jobId: 'cancelled', runAt: new Date(), payload: 'again' })).resolves.toBe(true);
      await waitFor('the rescheduled job to run', () => runs.count() === 1);
      expect(runs.all()[0].payload).toBe('again');
    }, 15_000);

    it('does not cancel a job that already ran', async () => {
      const queue = uniqueQueue();
      const runs = new RunLog();
      const scheduler = await running(queue, runs.handler);
      await scheduler.schedule({ queue, jobId: 'done', runAt: new Date(), payload: null });
      await waitFor('the job to run', () => runs.count() === 1);

      await expect(scheduler.cancel(queue, 'done')).resolves.toBe(false);
      await expect(scheduler.schedule({ queue, jobId: 'done', runAt: new Date(), payload: null })).resolves.toBe(false);
    }, 15_000);

    it('retries a failing handler with growing backoff until it succeeds', async () => {
      const queue = uniqueQueue();
      const runs = new RunLog((job) => {
        if (job.attempt < 3) throw new Error(`flaky attempt ${job.attempt}`);
      });
      const scheduler = await running(queue, runs.handler);
      const runAt = new Date(Date.now() - 1000);
      await scheduler.schedule({ queue, jobId: 'flaky', runAt, payload: { to: 'evaluator-7' } });

      await waitFor('the third attempt', () => runs.count() === 3);
      await sleep(QUIET_MS);

      const attempts = runs.all();
      expect(attempts.map((run) => run.attempt)).toEqual([1, 2, 3]);
      expect(attempts.every((run) => run.runAt.getTime() === runAt.getTime() && run.jobId === 'flaky')).toBe(true);
      const { baseDelayMs } = SCHEDULER_CONTRACT_RETRY;
      expect(attempts[1].at - attempts[0].at).toBeGreaterThanOrEqual(baseDelayMs);
      expect(attempts[2].at - attempts[1].at).toBeGreaterThanOrEqual(2 * baseDelayMs);
      await expect(scheduler.pending(queue)).resolves.toEqual([]);
    }, 15_000);

    it('marks a job failed after its last attempt and keeps it', async () => {
      const queue = uniqueQueue();
      const runs = new RunLog(() => {
        throw new Error('always fails');
      });
      const scheduler = await running(queue, runs.handler);
      await scheduler.schedule({ queue, jobId: 'doomed', runAt: new Date(), payload: null });

      await waitFor('the last attempt', () => runs.count() === SCHEDULER_CONTRACT_RETRY.maxAttempts);
      // Longer than the backoff a further attempt would wait.
      await sleep(2 ** SCHEDULER_CONTRACT_RETRY.maxAttempts * SCHEDULER_CONTRACT_RETRY.baseDelayMs + QUIET_MS);

      expect(runs.count()).toBe(SCHEDULER_CONTRACT_RETRY.maxAttempts);
      await expect(scheduler.pending(queue)).resolves.toEqual([]);
      await expect(scheduler.cancel(queue, 'doomed')).resolves.toBe(false);
      await expect(scheduler.schedule({ queue, jobId: 'doomed', runAt: new Date(), payload: null })).resolves.toBe(false);
    }, 15_000);

    it('lists the pending jobs of a queue in runAt order', async () => {
      const queue = uniqueQueue();
      const other = uniqueQueue();
      const scheduler = await open();
      const base = Date.now() + 60_000;
      await scheduler.schedule({ queue, jobId: 'late', runAt: new Date(base + 2000), payload: { n: 3 } });
      await scheduler.schedule({ queue, jobId: 'early', runAt: new Date(base), payload: { n: 1 } });
      await scheduler.schedule({ queue, jobId: 'middle', runAt: new Date(base + 1000), payload: { n: 2 } });
      await scheduler.schedule({ queue: other, jobId: 'elsewhere', runAt: new Date(base), payload: null });

      await expect(scheduler.pending(queue)).resolves.toEqual([
        { queue, jobId: 'early', runAt: new Date(base), payload: { n: 1 } },
        { queue, jobId: 'middle', runAt: new Date(base + 1000), payload: { n: 2 } },
        { queue, jobId: 'late', runAt: new Date(base + 2000), payload: { n: 3 } },
      ]);
      await scheduler.cancel(queue, 'middle');
      expect((await scheduler.pending(queue)).map((job) => job.jobId)).toEqual(['early', 'late']);
      expect((await scheduler.pending(other)).map((job) => job.jobId)).toEqual(['elsewhere']);
    }, 15_000);

    it('keeps jobs across a restart: a job scheduled while stopped runs on the next start', async () => {
      const queue = uniqueQueue();
      const first = await open();
      const runAt = new Date(Date.now() + 300);
      await first.schedule({ queue, jobId: 'durable', runAt, payload: 'kept' });
      await opened.splice(0)[0].teardown();

      const runs = new RunLog();
      await running(queue, runs.handler);
      await waitFor('the job to run after the restart', () => runs.count() === 1);

      expect(runs.all()[0]).toMatchObject({ jobId: 'durable', payload: 'kept', attempt: 1 });
      expect(runs.all()[0].at).toBeGreaterThanOrEqual(runAt.getTime());
    }, 15_000);

    it('runs each of many jobs exactly once', async () => {
      const queue = uniqueQueue();
      const runs = new RunLog();
      const scheduler = await running(queue, runs.handler);
      const start = Date.now();
      const ids = Array.from({ length: 200 }, (_, i) => `bulk-${i}`);

      const created = await Promise.all(
        ids.map((jobId, i) => scheduler.schedule({ queue, jobId, runAt: new Date(start + (i % 20) * 10), payload: { i } })),
      );
      expect(created.every(Boolean)).toBe(true);
      await waitFor('all 200 jobs to run', () => runs.distinct() === ids.length, 30_000);
      await sleep(QUIET_MS);

      expect(runs.count()).toBe(ids.length);
      expect(ids.filter((id) => runs.count(id) !== 1)).toEqual([]);
      await expect(scheduler.pending(queue)).resolves.toEqual([]);
    }, 45_000);

    it('rejects job ids containing ":", integer job ids and invalid queue names with a clear error', async () => {
      const scheduler = await open();
      const queue = uniqueQueue();
      const runAt = new Date();

      await expect(scheduler.schedule({ queue, jobId: 'scenario:42', runAt, payload: null })).rejects.toThrow('must not contain ":"');
      await expect(scheduler.cancel(queue, 'scenario:42')).rejects.toThrow('must not contain ":"');
      await expect(scheduler.schedule({ queue, jobId: '', runAt, payload: null })).rejects.toThrow('Invalid job id');
      await expect(scheduler.schedule({ queue, jobId: '42', runAt, payload: null })).rejects.toThrow('must not be an integer');
      await expect(scheduler.schedule({ queue: 'Reminders', jobId: 'r-1', runAt, payload: null })).rejects.toThrow('Invalid queue name');
      await expect(scheduler.schedule({ queue, jobId: 'r-1', runAt: new Date(Number.NaN), payload: null })).rejects.toThrow('Invalid runAt');
      expect(() => scheduler.handle('with space', async () => undefined)).toThrow('Invalid queue name');
      await expect(scheduler.pending(queue)).resolves.toEqual([]);
    }, 15_000);
  });
}

interface Run extends DueJob {
  at: number;
}

/** Records every run; `behaviour` may throw to make the handler fail. */
class RunLog {
  private readonly runs: Run[] = [];

  constructor(private readonly behaviour: (job: DueJob) => void = () => undefined) {}

  readonly handler: JobHandler = async (job) => {
    this.runs.push({ ...job, at: Date.now() });
    this.behaviour(job);
  };

  all(): Run[] {
    return [...this.runs];
  }

  count(jobId?: string): number {
    return jobId === undefined ? this.runs.length : this.runs.filter((run) => run.jobId === jobId).length;
  }

  distinct(): number {
    return new Set(this.runs.map((run) => run.jobId)).size;
  }
}

function uniqueQueue(): string {
  return `contract-${randomBytes(4).toString('hex')}`;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));
}

async function waitFor(what: string, condition: () => boolean, timeoutMs = WAIT_LIMIT_MS): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(10);
  }
}
