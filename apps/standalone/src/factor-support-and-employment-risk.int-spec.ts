/**
 * 要素保障 and 就业风险监测 across services, as they run in production: the registry and the notification service each in
 * their own Nest host and schema on real PostgreSQL, talking over the Kafka wire protocol (librdkafka's mock cluster
 * served by kcat), the notification service's reminders on BullMQ (real Redis). Nothing is mocked.
 */
import { REMINDER_QUEUE, reminderOfJob, type ReminderJob } from '@scq/notification-application';
import { ScaledDeadlineCalculator } from '@scq/notification-domain';
import { NOTIFICATION_SCHEDULER, NotificationModule } from '@scq/notification-infrastructure';
import { KafkaMessageBus } from '@scq/platform-messaging';
import { createLogger } from '@scq/platform-observability';
import { bootstrapHost, type RunningHost } from '@scq/platform-runtime';
import type { Scheduler } from '@scq/platform-scheduling';
import { callerHeaders, createTestDatabase, slowTimeout, startKafkaMockCluster, type KafkaMockCluster, type TestDatabase } from '@scq/platform-testing';
import { RegistryModule } from '@scq/registry-infrastructure';
import { Redis } from 'ioredis';
import { randomBytes } from 'node:crypto';

// Bodies are checked field by field with expect(), so they are read untyped.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const REDIS_PREFIX = `scq-test-factor-${process.pid}-${randomBytes(4).toString('hex')}`;
// A working day of the notification service's clock: the first reminder (3 working days before the 10-day deadline)
// fires 7 days in, and the next one 2 days later, which leaves the answer two working days to arrive.
const DAY = Math.max(5_000, slowTimeout(1 / 60));

const person = (id: string, roles: string, unit: string | null) => callerHeaders({ id, roles: roles.split(','), unit });
const coordinator = person('coordinator-1', 'coordinator', '市发展改革委');
const admin = person('admin-1', 'admin', null);
const owner = person('officer-transport', 'officer', '市交通运输委');
const landBureau = person('officer-land', 'officer', '市规划自然资源局');
const humanResources = person('officer-hr', 'officer', '市人力社保局');

let postgres: TestDatabase | undefined;
let cluster: KafkaMockCluster | undefined;
const closers: Array<() => Promise<unknown>> = [];
let registry: RunningHost;
let notification: RunningHost;

async function call(host: RunningHost, method: string, path: string, headers: Record<string, string>, body?: unknown): Promise<{ status: number; body: Json }> {
  const response = await fetch(`${host.url}${path}`, { method, headers: { 'content-type': 'application/json', ...headers }, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null };
}

async function waitFor<T>(what: string, probe: () => Promise<T>, done: (value: T) => boolean, timeoutMs = slowTimeout(0.5)): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what} (last: ${JSON.stringify(value)})`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function jobsInRedis(deadlineId: string): Promise<string[]> {
  const scheduler = notification.app.get<symbol, Scheduler>(NOTIFICATION_SCHEDULER, { strict: false });
  return (await scheduler.pending(REMINDER_QUEUE)).map((job) => reminderOfJob(job.payload as ReminderJob)).filter((r) => r.deadlineId === deadlineId).map((r) => r.key).sort();
}

beforeAll(async () => {
  postgres = await createTestDatabase('factor_employment');
  cluster = await startKafkaMockCluster();
  const logger = createLogger('factor-employment-test', process.env.TEST_LOG_LEVEL ?? 'warn');
  const bus = (clientId: string) => {
    const created = new KafkaMessageBus({ brokers: cluster!.brokers, clientId, prefix: `${cluster!.prefix}.`, log: (level, message) => level === 'error' && console.warn(`[kafka] ${message}`) });
    closers.push(() => created.close());
    return created;
  };
  notification = await bootstrapHost({
    name: 'notification-test',
    logger,
    bus: bus('notification'),
    port: 0,
    host: '127.0.0.1',
    modules: [
      NotificationModule.register({
        database: { url: postgres.url },
        redisUrl: REDIS_URL,
        redisPrefix: REDIS_PREFIX,
        calculator: new ScaledDeadlineCalculator(DAY),
        dispatcher: { idleMs: 100 },
        sweepIntervalMs: 0,
        storeCheckIntervalMs: 0,
      }),
    ],
  });
  closers.push(() => notification.close());
  registry = await bootstrapHost({ name: 'registry-test', logger, bus: bus('registry'), port: 0, host: '127.0.0.1', modules: [RegistryModule.register({ database: { url: postgres.url } })] });
  closers.push(() => registry.close());
});

afterAll(async () => {
  for (const close of closers.reverse()) {
    try {
      await close();
    } catch (error) {
      console.warn(`closing failed: ${String(error)}`);
    }
  }
  await cluster?.stop();
  await postgres?.drop();
  const redis = new Redis(REDIS_URL, { maxRetriesPerRequest: 3 });
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${REDIS_PREFIX}:*`, 'COUNT', 1000);
      if (keys.length > 0) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
});

async function registerScenario(title: string): Promise<Json> {
  const made = await call(registry, 'POST', '/api/scenarios', coordinator, {
    title: { zh: title }, domainCode: 'unmanned-systems', ownerUnit: '市交通运输委', ownerType: 'municipal-department', tier: 'comprehensive-major', district: '两江新区', taxonomyVersion: '2026-final',
  });
  expect(made.status).toBe(201);
  return made.body;
}

describe('要素保障 across the registry and the notification service (PostgreSQL, Kafka, BullMQ on Redis)', () => {
  it('schedules the answer deadline of a request in Redis through the notification service, and answering cancels it', async () => {
    const scenario = await registerScenario('低空物流配送（跨服务）');
    const made = await call(registry, 'POST', `/api/scenarios/${scenario.id}/factor-requests`, owner, { kind: 'land', need: { zh: '新增 30 亩建设用地' } });
    expect(made.status).toBe(201);
    const { deadlineId } = made.body;

    // The notification service planned the deadline from the registry's event: 10 working days, reminders to the land bureau.
    const planned = await waitFor('the deadline in the notification service', () => call(notification, 'GET', `/api/notifications/deadlines/${encodeURIComponent(deadlineId)}`, admin), (r) => r.status === 200);
    expect(planned.body).toMatchObject({ deadlineId, instanceId: made.body.id, machineId: 'factor-request', subjectId: scenario.id, deadline: 'factorAnswer', status: 'active', responsibleUnits: ['市规划自然资源局'] });
    expect(new Date(planned.body.dueAt).getTime() - new Date(made.body.requestedAt).getTime()).toBe(10 * DAY);
    const keys = planned.body.reminders.map((r: Json) => r.key).sort();
    expect(keys).toEqual(['before-1d', 'before-3d', 'due', 'overdue-1d', 'overdue-3d'].sort());
    // …and the jobs are in Redis (BullMQ), one per reminder.
    expect(await waitFor('the jobs in Redis', () => jobsInRedis(deadlineId), (jobs) => jobs.length === keys.length)).toEqual(keys);
    // The gateway's task list dates the land bureau's task from here.
    const armed = await call(notification, 'GET', `/api/notifications/armed-deadlines?instances=${made.body.id}`, landBureau);
    expect(armed.body.items).toEqual([expect.objectContaining({ deadlineId, instanceId: made.body.id, overdue: false, workingDaysLeft: expect.any(Number) })]);

    // The first reminder fires from BullMQ at its instant and reaches the land bureau's inbox, naming the scenario.
    const reminder = await waitFor(
      'the first reminder in the land bureau’s inbox',
      async () => ((await call(notification, 'GET', '/api/notifications/inbox?scope=unit', landBureau)).body.items ?? []).filter((item: Json) => item.deadlineId === deadlineId),
      (items) => items.length > 0,
      12 * DAY,
    );
    expect(reminder[0]).toMatchObject({ kind: 'before', recipient: { type: 'unit', id: '市规划自然资源局' } });
    expect(reminder[0].subject.zh).toBe('【提醒】「低空物流配送（跨服务）」：要素保障答复期限还剩 3 个工作日');

    const answered = await call(registry, 'POST', `/api/factor-requests/${made.body.id}/answer`, landBureau, { outcome: 'granted', answer: { zh: '予以保障' } });
    expect(answered.status).toBe(200);
    const cancelled = await waitFor('the deadline cancelled', () => call(notification, 'GET', `/api/notifications/deadlines/${encodeURIComponent(deadlineId)}`, admin), (r) => r.body.status === 'cancelled');
    const statuses = Object.fromEntries(cancelled.body.reminders.map((r: Json) => [r.key, r.status]));
    expect(statuses).toEqual({ 'before-3d': 'fired', 'before-1d': 'cancelled', due: 'cancelled', 'overdue-1d': 'cancelled', 'overdue-3d': 'cancelled' });
    expect(await waitFor('the jobs removed from Redis', () => jobsInRedis(deadlineId), (jobs) => jobs.length === 0)).toEqual([]);
    expect((await call(notification, 'GET', `/api/notifications/armed-deadlines?instances=${made.body.id}`, landBureau)).body.items).toEqual([]);
  });
});

describe('就业风险监测 across the registry and the notification service (PostgreSQL, Kafka)', () => {
  it('alerts 市人力社保局 and the owner unit in their inboxes when a report breaches a threshold, and nobody when it does not', async () => {
    const scenario = await registerScenario('无人码头装卸（跨服务）');
    const calm = await call(registry, 'PUT', `/api/scenarios/${scenario.id}/employment/2026-01`, owner, { groups: [{ group: 'other', jobsCreated: 5, jobsDisplaced: 3 }] });
    expect(calm.status).toBe(200);
    expect(calm.body.breaches).toEqual([]);
    const report = await call(registry, 'PUT', `/api/scenarios/${scenario.id}/employment/2026-02`, owner, { groups: [{ group: 'migrant-workers', jobsCreated: 0, jobsDisplaced: 6, workforce: 100 }] });
    expect(report.status).toBe(200);
    expect(report.body.breaches.map((b: Json) => b.rule)).toEqual(['group-displaced-share']);

    const alertOf = async (caller: Record<string, string>) => {
      const inbox = await call(notification, 'GET', '/api/notifications/inbox?scope=unit', caller);
      return (inbox.body.items ?? []).filter((item: Json) => item.kind === 'employment-risk' && item.subjectId === scenario.id);
    };
    const [hr] = await waitFor('the alert to 市人力社保局', () => alertOf(humanResources), (items) => items.length > 0);
    expect(hr).toMatchObject({ kind: 'employment-risk', critical: true, recipient: { type: 'unit', id: '市人力社保局' } });
    expect(hr.subject.zh).toBe('【就业风险预警】「无人码头装卸（跨服务）」：2026-02 农民工群体岗位替代比例');
    expect(hr.body.zh).toContain('农民工群体岗位替代比例：6.00%，阈值 5.00%');
    expect(hr.body.en).toContain('6.00%, threshold 5.00%');
    const [ownerAlert] = await waitFor('the alert to the owner unit', () => alertOf(owner), (items) => items.length > 0);
    expect(ownerAlert.recipient).toEqual({ type: 'unit', id: '市交通运输委' });
    // One alert each: the calm month said nothing.
    expect(await alertOf(humanResources)).toHaveLength(1);
    expect(await alertOf(landBureau)).toEqual([]);
  });
});
