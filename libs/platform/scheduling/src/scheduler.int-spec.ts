import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { openDatabase, type Database } from '@scq/platform-persistence';
import { createTestDatabase, type TestDatabase } from '@scq/platform-testing';
import { BullMqScheduler } from './bullmq.scheduler';
import { DatabaseScheduler, type DatabaseSchedulerOptions } from './database.scheduler';
import { describeSchedulerContract, SCHEDULER_CONTRACT_RETRY } from './scheduler.contract';
import { schedulingMigration } from './scheduling.migration';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const SCHEMA = 'sched';

describe('BullMqScheduler on Redis', () => {
  const prefix = `scq-test-scheduling-${process.pid}-${randomBytes(4).toString('hex')}`;
  afterAll(() => deleteRedisKeys(REDIS_URL, `${prefix}:*`));

  describeSchedulerContract('BullMQ (Redis)', async () => {
    const scheduler = new BullMqScheduler({ connection: { url: REDIS_URL }, prefix, ...SCHEDULER_CONTRACT_RETRY });
    return { scheduler, teardown: () => scheduler.stop() };
  });

  describe('what a job leaves in Redis', () => {
    const queue = 'lean';
    let redis: Redis;
    let scheduler: BullMqScheduler;
    const runs: Array<{ jobId: string; attempt: number; payload: unknown; runAt: number }> = [];
    const failing = new Set<string>();
    beforeAll(async () => {
      redis = new Redis(REDIS_URL);
      scheduler = new BullMqScheduler({ connection: { url: REDIS_URL }, prefix, ...SCHEDULER_CONTRACT_RETRY, removeFinished: [queue] });
      scheduler.handle(queue, async (job) => {
        runs.push({ jobId: job.jobId, attempt: job.attempt, payload: job.payload, runAt: job.runAt.getTime() });
        if (failing.has(job.jobId)) throw new Error('always fails');
      });
      await scheduler.start();
    });
    afterAll(async () => {
      await scheduler.stop();
      await redis.quit();
    });
    const key = (jobId: string) => `${prefix}:${queue}:${jobId}`;

    it('stores a pending job as its id, its payload, its delay and its runAt only, in a compact listpack hash', async () => {
      const runAt = new Date(Date.now() + 3_600_000);
      await scheduler.schedule({ queue, jobId: 'kept-small', runAt, payload: ['a-deadline.revision-1', 'before-3d'] });

      const hash = await redis.hgetall(key('kept-small'));
      expect(Object.keys(hash).sort()).toEqual(['data', 'delay', 'name', 'opts', 'priority', 'timestamp']);
      expect(JSON.parse(hash.data)).toEqual(['a-deadline.revision-1', 'before-3d']);
      // `attempts: 0` is BullMQ's own default (none set): the worker applies the scheduler's retry policy.
      expect(JSON.parse(hash.opts)).toEqual({ jobId: 'kept-small', delay: expect.any(Number), attempts: 0 });
      expect(hash.name).toMatch(new RegExp(`^${runAt.getTime().toString(36)}\\.[\\w-]{8}$`));
      expect(await redis.call('OBJECT', 'ENCODING', key('kept-small'))).toBe('listpack');
      await expect(scheduler.pending(queue)).resolves.toEqual([{ queue, jobId: 'kept-small', runAt, payload: ['a-deadline.revision-1', 'before-3d'] }]);
      await expect(scheduler.cancel(queue, 'kept-small')).resolves.toBe(true);
    });

    it('removes a completed job of a removeFinished queue, so the same id may be scheduled (and run) again', async () => {
      const runAt = new Date(Date.now() - 1000);
      await scheduler.schedule({ queue, jobId: 'done-and-gone', runAt, payload: ['d', 'due'] });
      await waitFor(() => runs.some((run) => run.jobId === 'done-and-gone'));
      await waitFor(async () => (await redis.exists(key('done-and-gone'))) === 0);

      expect(runs.find((run) => run.jobId === 'done-and-gone')).toEqual({ jobId: 'done-and-gone', attempt: 1, payload: ['d', 'due'], runAt: runAt.getTime() });
      expect(await redis.zcard(`${prefix}:${queue}:completed`)).toBe(0);
      await expect(scheduler.schedule({ queue, jobId: 'done-and-gone', runAt: new Date(), payload: ['d', 'due'] })).resolves.toBe(true);
      await waitFor(() => runs.filter((run) => run.jobId === 'done-and-gone').length === 2);
    });

    it('retries a failing job with the scheduler policy though the job stores none, then keeps it failed for a while', async () => {
      failing.add('fails');
      await scheduler.schedule({ queue, jobId: 'fails', runAt: new Date(), payload: null });
      await waitFor(async () => (await redis.zscore(`${prefix}:${queue}:failed`, 'fails')) !== null);

      expect(runs.filter((run) => run.jobId === 'fails').map((run) => run.attempt)).toEqual([1, 2, 3]);
      expect(await redis.exists(key('fails'))).toBe(1);
    });
  });
});

describe('DatabaseScheduler on PostgreSQL', () => {
  let postgres: TestDatabase | undefined;
  let db: Database | undefined;
  beforeAll(async () => {
    postgres = await createTestDatabase('scheduling');
    db = await openDatabase({ schema: SCHEMA, url: postgres.url, migrations: [schedulingMigration(SCHEMA)] });
  });
  afterAll(async () => {
    await db?.close();
    await postgres?.drop();
  });

  const database = (): Database => db ?? notOpen();
  describeSchedulerContract('database (PostgreSQL)', async () => databaseScheduler({ db: database(), schema: SCHEMA }));
  describeDatabaseSchedulerLeases(database);
});

describe('DatabaseScheduler on PGlite', () => {
  let db: Database | undefined;
  beforeAll(async () => {
    db = await openDatabase({ schema: SCHEMA, pgliteDataDir: 'memory://', migrations: [schedulingMigration(SCHEMA)] });
  });
  afterAll(() => db?.close());

  const database = (): Database => db ?? notOpen();
  describeSchedulerContract('database (PGlite)', async () => databaseScheduler({ db: database(), schema: SCHEMA }));
  describeDatabaseSchedulerLeases(database);
});

/** What only the database adapter has: leases, and several pollers on one table. */
function describeDatabaseSchedulerLeases(database: () => Database): void {
  describe('leases', () => {
    const opened: DatabaseScheduler[] = [];
    afterEach(() => Promise.all(opened.splice(0).map((scheduler) => scheduler.stop())));

    function open(options: Partial<DatabaseSchedulerOptions> = {}): DatabaseScheduler {
      const scheduler = new DatabaseScheduler({ db: database(), schema: SCHEMA, ...SCHEDULER_CONTRACT_RETRY, pollIntervalMs: 50, ...options });
      opened.push(scheduler);
      return scheduler;
    }

    it('runs again a job whose process stopped while running it, once its lease expired', async () => {
      const queue = `lease-${randomBytes(4).toString('hex')}`;
      await database().query(
        `INSERT INTO ${SCHEMA}.scheduled_job (queue, job_id, run_at, scheduled_for, payload, status, attempts, locked_until)
         VALUES ($1, 'orphan', now() - interval '1 minute', now() - interval '1 minute', '{"a":1}', 'running', 1, now() - interval '1 second')`,
        [queue],
      );
      const attempts: number[] = [];
      const scheduler = open();
      scheduler.handle(queue, async (job) => void attempts.push(job.attempt));
      await scheduler.start();

      await waitFor(() => attempts.length === 1);
      expect(attempts).toEqual([2]);
      await waitFor(async () => (await statusOf(database(), queue, 'orphan')) === 'done');
    }, 15_000);

    it('renews the lease of a long handler, so another poller never takes its job', async () => {
      const queue = `lease-${randomBytes(4).toString('hex')}`;
      const runs: string[] = [];
      const handler = async (): Promise<void> => {
        runs.push('run');
        await sleep(1200);
      };
      const [first, second] = [open({ leaseMs: 300 }), open({ leaseMs: 300 })];
      for (const scheduler of [first, second]) {
        scheduler.handle(queue, handler);
        await scheduler.start();
      }

      await first.schedule({ queue, jobId: 'long', runAt: new Date(), payload: null });
      await waitFor(async () => (await statusOf(database(), queue, 'long')) === 'done', 10_000);

      expect(runs).toEqual(['run']);
    }, 15_000);

    it('lets several pollers share a queue, each job running once', async () => {
      const queue = `shared-${randomBytes(4).toString('hex')}`;
      const runs = new Map<string, number>();
      const handler = async (job: { jobId: string }): Promise<void> => {
        runs.set(job.jobId, (runs.get(job.jobId) ?? 0) + 1);
        await sleep(5);
      };
      const pollers = [open({ concurrency: 3 }), open({ concurrency: 3 }), open({ concurrency: 3 })];
      for (const poller of pollers) {
        poller.handle(queue, handler);
        await poller.start();
      }

      const ids = Array.from({ length: 60 }, (_, i) => `shared-${i}`);
      await Promise.all(ids.map((jobId) => pollers[0].schedule({ queue, jobId, runAt: new Date(), payload: null })));
      await waitFor(() => runs.size === ids.length, 20_000);
      await sleep(300);

      expect([...runs.values()].every((count) => count === 1)).toBe(true);
    }, 30_000);
  });
}

async function databaseScheduler(options: DatabaseSchedulerOptions) {
  const scheduler = new DatabaseScheduler({ ...SCHEDULER_CONTRACT_RETRY, ...options });
  return { scheduler, teardown: () => scheduler.stop() };
}

async function statusOf(db: Database, queue: string, jobId: string): Promise<string | undefined> {
  const { rows } = await db.query<{ status: string }>(`SELECT status FROM ${SCHEMA}.scheduled_job WHERE queue = $1 AND job_id = $2`, [queue, jobId]);
  return rows[0]?.status;
}

async function deleteRedisKeys(url: string, pattern: string): Promise<void> {
  const redis = new Redis(url, { maxRetriesPerRequest: 3 });
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', pattern, 'COUNT', 1000);
      if (keys.length > 0) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    await redis.quit();
  }
}

function notOpen(): never {
  throw new Error('the database did not open');
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function waitFor(condition: () => boolean | Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms`);
    await sleep(20);
  }
}
