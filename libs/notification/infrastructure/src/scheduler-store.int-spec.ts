import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { Redis } from 'ioredis';
import { DIGEST_QUEUE, REMINDER_QUEUE } from '@scq/notification-application';
import { platformMetrics } from '@scq/platform-observability';
import { createTestDatabase, type TestDatabase, slowTimeout } from '@scq/platform-testing';
import type { NotificationGraph } from './notification.composition';
import { NOTIFICATION_GRAPH } from './notification.tokens';
import { SCHEDULER_STORE_CHECK } from './scheduler-store.watch';
import { SmtpTestServer } from './testing/smtp-test.server';
import { deadlineRequest, deleteRedisKeys, NotificationTestApp, pendingReminders, person, TEST_REDIS_URL, uniquePrefix, waitFor, type Json } from './testing/notification-test.app';

const DAY = 1000; // ms per working day
const UNIT = '市科技局';
// Generous: a busy machine is slow, never wrong.
const LONG = slowTimeout(0.25);

/** `HH:mm:ss` in Asia/Shanghai, `offsetMs` from now. */
function shanghaiClock(offsetMs: number): string {
  return new Date(Date.now() + offsetMs + 8 * 3600_000).toISOString().slice(11, 19);
}

/**
 * FLUSHDB, scoped to this test's key prefix (the Redis server is shared: never FLUSHALL/FLUSHDB). With `holdLock`, in
 * the same transaction another replica takes the restore lock, as if it were restoring: readiness must stay degraded
 * until it lets go.
 */
async function flushPrefix(redis: Redis, prefix: string, holdLock = false): Promise<number> {
  const keys: string[] = [];
  let cursor = '0';
  do {
    const [next, page] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
    keys.push(...page);
    cursor = next;
  } while (cursor !== '0');
  const multi = redis.multi();
  if (keys.length > 0) multi.del(...keys);
  if (holdLock) multi.set(`${prefix}:notification-scheduler:restore-lock`, 'another-replica', 'PX', 600_000);
  await multi.exec();
  return keys.length;
}

describe('notification notices a Redis flush while it runs and restores its jobs from PostgreSQL by itself', () => {
  const prefix = uniquePrefix('notification-store');
  const smtp = new SmtpTestServer();
  const redis = new Redis(TEST_REDIS_URL, { maxRetriesPerRequest: 3, lazyConnect: true });
  let database: TestDatabase;
  let app: NotificationTestApp;
  let replica: NotificationTestApp | undefined;

  beforeAll(async () => {
    await redis.connect();
    database = await createTestDatabase('notification_store');
    const smtpUrl = await smtp.start();
    app = await NotificationTestApp.start({ database: { url: database.url }, redisUrl: TEST_REDIS_URL, redisPrefix: prefix, msPerWorkingDay: DAY, smtpUrl, smtpFrom: 'scq@notify.test', storeCheckIntervalMs: 100 });
  });
  afterAll(async () => {
    await replica?.close();
    await app?.close();
    await smtp.stop();
    await database?.drop();
    await deleteRedisKeys(prefix);
    redis.disconnect();
  });

  async function readiness(target: NotificationTestApp = app): Promise<{ status: number; store?: Json }> {
    const { status, body } = await target.call('GET', '/health/ready');
    return { status, store: body.checks?.find((c: Json) => c.name === SCHEDULER_STORE_CHECK) };
  }

  /** Job ids; of reminders of one deadline: `<deadlineId>.<key>` (their job ids are hashes). */
  async function pendingIds(target: NotificationTestApp, queue: string, deadlineId?: string): Promise<string[]> {
    if (deadlineId) return pendingReminders(target.scheduler, deadlineId);
    return (await target.scheduler.pending(queue)).map((job) => job.jobId);
  }

  it('degrades readiness with the reason, waits for the replica holding the restore lock, then restores every pending reminder and the digest, which fire', async () => {
    expect((await readiness()).status).toBe(200);
    const preferences = await app.call('PUT', '/api/notifications/preferences?scope=unit', person('officer-kjj', 'officer', UNIT), {
      email: { enabled: true, address: 'kjj@cq.gov.cn' },
      digest: { enabled: true, at: shanghaiClock(10_000) },
    });
    expect(preferences.status).toBe(200);
    const request = deadlineRequest({ deadline: 'gentle', requestedAt: new Date(), workingDays: 3, responsibleUnits: [UNIT] });
    await app.deliver('workflow.deadline.v1', 'workflow.deadline.requested', request.instanceId, request);
    // The first reminder fired into the unit's digest, which waits in Redis for its hour (with the deadline's job).
    await waitFor('the digest job', () => pendingIds(app, DIGEST_QUEUE), LONG);

    expect(await flushPrefix(redis, prefix, true)).toBeGreaterThan(0);
    const degraded = await waitFor('readiness to degrade', async () => ((await readiness()).status === 503 ? readiness() : null), LONG);
    expect(degraded.store).toMatchObject({ ok: false, error: expect.stringMatching(/sentinel is missing.*flushed/) });
    // The lock's holder restores, not this replica.
    expect(await pendingIds(app, REMINDER_QUEUE)).toEqual([]);
    expect(await pendingIds(app, DIGEST_QUEUE)).toEqual([]);

    await redis.del(`${prefix}:notification-scheduler:restore-lock`); // the other replica died before restoring
    await waitFor('readiness back', async () => (await readiness()).status === 200, LONG);
    const reached = await waitFor('deadline.reached', () => app.events('notification.deadline.reached', request.deadlineId), LONG);
    expect(reached).toHaveLength(1);
    const [digest] = await waitFor('the digest email', () => smtp.to('kjj@cq.gov.cn'), LONG);
    expect(digest.subject).toMatch(/^【每日汇总】/);
    expect(digest.text).toContain('【提醒】');
    expect(await platformMetrics.registry.getSingleMetricAsString('scq_notification_scheduler_store_resets_total')).toContain('kind="flushed"} 1');
  });

  it('with two replicas, exactly one restores after a flush and both come back ready with each planned job once in Redis', async () => {
    replica = await NotificationTestApp.start({ database: { url: database.url }, redisUrl: TEST_REDIS_URL, redisPrefix: prefix, msPerWorkingDay: DAY, rescheduleOnStart: false, storeCheckIntervalMs: 100 });
    const watches = [app, replica].map((a) => a.host.app.get<NotificationGraph>(NOTIFICATION_GRAPH).runtime.storeWatch!);
    const before = watches.map((w) => w.restores);
    const request = deadlineRequest({ deadline: 'gentle', requestedAt: new Date(), workingDays: 20, responsibleUnits: ['市林业局'] });
    await app.deliver('workflow.deadline.v1', 'workflow.deadline.requested', request.instanceId, request);
    const planned = [`${request.deadlineId}.before-1d`, `${request.deadlineId}.due`];
    await waitFor('the jobs in Redis', async () => (await pendingIds(app, REMINDER_QUEUE, request.deadlineId)).length === 2, LONG);

    await flushPrefix(redis, prefix);
    await waitFor('a restore', () => watches.reduce((sum, w, i) => sum + w.restores - before[i], 0) > 0, LONG);
    for (const target of [app, replica]) await waitFor('readiness back', async () => (await readiness(target)).status === 200, LONG);
    expect(watches.reduce((sum, w, i) => sum + w.restores - before[i], 0)).toBe(1);
    expect(await pendingIds(replica, REMINDER_QUEUE, request.deadlineId)).toEqual(planned);
    await app.deliver('workflow.deadline.v1', 'workflow.deadline.cancelled', request.instanceId, { deadlineId: request.deadlineId, instanceId: request.instanceId, deadline: 'gentle', cancelledAt: new Date().toISOString() });
    await replica.close();
    replica = undefined;
  });

  it('notices a Redis restart that kept an older snapshot (another server run id under the sentinel) and restores what the snapshot lacked', async () => {
    const request = deadlineRequest({ deadline: 'gentle', requestedAt: new Date(), workingDays: 20, responsibleUnits: ['市城市管理局'] });
    await app.deliver('workflow.deadline.v1', 'workflow.deadline.requested', request.instanceId, request);
    await waitFor('the jobs in Redis', async () => (await pendingIds(app, REMINDER_QUEUE, request.deadlineId)).length === 2, LONG);
    const sentinelKey = `${prefix}:notification-scheduler:sentinel`;
    const snapshot = JSON.parse((await redis.get(sentinelKey))!) as Json;
    // What a restart from an older RDB snapshot looks like: the jobs since the snapshot are gone, the sentinel is there
    // but names the server process that wrote it.
    await flushPrefix(redis, prefix);
    await redis.set(sentinelKey, JSON.stringify({ ...snapshot, runId: 'a-redis-process-before-the-restart' }));
    await waitFor('the jobs back in Redis', async () => (await pendingIds(app, REMINDER_QUEUE, request.deadlineId)).length === 2, LONG);
    await waitFor('readiness back', async () => (await readiness()).status === 200, LONG);
    expect(await platformMetrics.registry.getSingleMetricAsString('scq_notification_scheduler_store_resets_total')).toContain('kind="restarted"} 1');
    await app.deliver('workflow.deadline.v1', 'workflow.deadline.cancelled', request.instanceId, { deadlineId: request.deadlineId, instanceId: request.instanceId, deadline: 'gentle', cancelledAt: new Date().toISOString() });
  });

  it('takes over a restore whose replica died half-way (a sentinel still marked restoring, the lock expired)', async () => {
    const request = deadlineRequest({ deadline: 'gentle', requestedAt: new Date(), workingDays: 20, responsibleUnits: ['市生态环境局'] });
    await app.deliver('workflow.deadline.v1', 'workflow.deadline.requested', request.instanceId, request);
    await waitFor('the jobs in Redis', async () => (await pendingIds(app, REMINDER_QUEUE, request.deadlineId)).length === 2, LONG);
    const sentinelKey = `${prefix}:notification-scheduler:sentinel`;
    const runId = /^run_id:(\w+)/m.exec(await redis.info('server'))![1];
    await flushPrefix(redis, prefix);
    await redis.set(sentinelKey, JSON.stringify({ epoch: 'e-1', runId, instance: 'a-replica-that-died', at: new Date().toISOString(), state: 'restoring' }));
    await waitFor('the jobs back in Redis', async () => (await pendingIds(app, REMINDER_QUEUE, request.deadlineId)).length === 2, LONG);
    await waitFor('the sentinel whole', async () => JSON.parse((await redis.get(sentinelKey)) ?? '{}').state === 'whole', LONG);
    await waitFor('readiness back', async () => (await readiness()).status === 200, LONG);
    await app.deliver('workflow.deadline.v1', 'workflow.deadline.cancelled', request.instanceId, { deadlineId: request.deadlineId, instanceId: request.instanceId, deadline: 'gentle', cancelledAt: new Date().toISOString() });
  });
});

/** A Redis server of this test's own (no persistence), so that it can be restarted: the shared one never is. */
class PrivateRedis {
  private process: ChildProcess | undefined;
  private constructor(readonly port: number) {}

  static async start(): Promise<PrivateRedis> {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    await new Promise((resolve) => server.close(resolve));
    const redis = new PrivateRedis(port);
    await redis.run();
    return redis;
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  async run(): Promise<void> {
    this.process = spawn('redis-server', ['--port', String(this.port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
    const probe = new Redis(this.url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
    try {
      await waitFor('the private Redis', () => probe.connect().then(() => probe.ping(), () => null), LONG);
    } finally {
      probe.disconnect();
    }
  }

  /** Stops the server process; everything it held is gone (no persistence). */
  async stop(): Promise<void> {
    const child = this.process;
    this.process = undefined;
    if (!child || child.exitCode !== null) return;
    const exited = once(child, 'exit');
    child.kill('SIGTERM');
    await exited;
  }
}

describe('notification notices a Redis restart (an empty server on the same address) and restores its jobs by itself', () => {
  const prefix = uniquePrefix('notification-restart');
  let redis: PrivateRedis | undefined;
  let database: TestDatabase;
  let app: NotificationTestApp;

  beforeAll(async () => {
    redis = await PrivateRedis.start();
    database = await createTestDatabase('notification_restart');
    app = await NotificationTestApp.start({ database: { url: database.url }, redisUrl: redis.url, redisPrefix: prefix, msPerWorkingDay: DAY, storeCheckIntervalMs: 100 });
  });
  afterAll(async () => {
    await app?.close();
    await database?.drop();
    await redis?.stop();
  });

  it('after the restart the reconnected service restores the pending reminders, is ready again, and every one runs', async () => {
    const request = deadlineRequest({ deadline: 'gentle', requestedAt: new Date(), workingDays: 4, responsibleUnits: ['市交通运输委'] });
    await app.deliver('workflow.deadline.v1', 'workflow.deadline.requested', request.instanceId, request);
    const pending = async () => pendingReminders(app.scheduler, request.deadlineId);
    await waitFor('the jobs in Redis', async () => (await pending()).length === 2, LONG);

    await redis!.stop();
    await redis!.run();
    // Nothing else brings them back here: the sweep is off and nobody calls reschedule.
    const reached = await waitFor('deadline.reached', () => app.events('notification.deadline.reached', request.deadlineId), LONG);
    expect(reached).toHaveLength(1);
    expect((await app.call('GET', '/health/ready')).status).toBe(200);
    const plan = await waitFor('every reminder run', async () => {
      const { body } = await app.call('GET', `/api/notifications/deadlines/${encodeURIComponent(request.deadlineId)}`, person('admin-1', 'admin'));
      return body.reminders?.every((r: Json) => r.status !== 'pending') ? body : null;
    }, LONG);
    // The reminder before the deadline fired, or — on a machine so slow that it was restored after the deadline — was skipped; none is lost.
    expect(plan.reminders.map((r: Json) => [r.key, r.status === 'fired' || (r.key === 'before-1d' && r.status === 'skipped')])).toEqual([
      ['before-1d', true],
      ['due', true],
      ['due-notice', true],
    ]);
  });
});

