/**
 * Dead-letter operations end to end, on real PostgreSQL and the Kafka wire protocol (librdkafka's mock cluster served
 * by kcat): a consumer in another service fails a message until it dies; the notification service keeps the dead
 * letter and tells the admins; an admin lists and inspects it through the HTTP API, the cause is fixed, the admin
 * replays it and the consumer applies it exactly once (another consumer of the same topic, in the same group, skips the replay);
 * another dead letter is discarded with a reason. Nothing here mocks pg or kafkajs.
 */
import { randomUUID } from 'node:crypto';
import { ScaledDeadlineCalculator } from '@scq/notification-domain';
import { buildEnvelope, KafkaMessageBus, messagingMigrations, REPLAY_FOR_HEADER, ServiceMessaging } from '@scq/platform-messaging';
import { createLogger } from '@scq/platform-observability';
import { openDatabase, quoteIdentifier, type Database } from '@scq/platform-persistence';
import { bootstrapHost, type RunningHost } from '@scq/platform-runtime';
import { createTestDatabase, startKafkaMockCluster, type KafkaMockCluster, type TestDatabase } from '@scq/platform-testing';
import { NotificationModule } from './notification.module';
import { person, type Json } from './testing/notification-test.app';

const SCHEMA = 'dl_workflow';
const FAILING = 'workflow.scenario-projection';
const HEALTHY = 'workflow.scenario-count';
const admin = person('admin-1', 'admin');
const coordinator = person('coordinator-1', 'coordinator', 'development-reform-commission');

let postgres: TestDatabase | undefined;
let cluster: KafkaMockCluster | undefined;
const closers: Array<{ what: string; close: () => Promise<unknown> }> = [];
const track = (what: string, close: () => Promise<unknown>) => closers.push({ what, close });

let host: RunningHost;
let db: Database;
let producer: KafkaMessageBus;

beforeAll(async () => {
  postgres = await createTestDatabase('dead_letters');
  cluster = await startKafkaMockCluster();
  const logger = createLogger('dead-letters-test', process.env.TEST_LOG_LEVEL ?? 'silent');
  const bus = (clientId: string) => {
    const created = new KafkaMessageBus({ brokers: cluster!.brokers, clientId, prefix: `${cluster!.prefix}.`, log: (level, message) => level === 'error' && console.warn(`[kafka] ${message}`) });
    track(`bus ${clientId}`, () => created.close());
    return created;
  };

  // The notification service, as it runs: its own schema, its consumers on Kafka, its HTTP edge.
  const notificationBus = bus('notification');
  host = await bootstrapHost({
    name: 'notification-test',
    logger,
    bus: notificationBus,
    port: 0,
    host: '127.0.0.1',
    modules: [NotificationModule.register({ database: { url: postgres.url }, calculator: new ScaledDeadlineCalculator(1000), dispatcher: { idleMs: 100 }, sweepIntervalMs: 0 })],
  });
  track('notification host', () => host.close());

  // Another service with two consumers of `registry.scenario.v1` (sharing its Kafka group, application-workflow.events): the projection writes to a table that is
  // not there yet (the cause to fix); the count works. Their dead letters leave through this service's outbox.
  db = await openDatabase({ schema: SCHEMA, url: postgres.url, migrations: messagingMigrations(SCHEMA), poolSize: 4 });
  track('workflow database', () => db.close());
  await db.query(`CREATE TABLE ${quoteIdentifier(SCHEMA)}.scenario_count (event_id text NOT NULL)`);
  const messaging = new ServiceMessaging({ service: 'application-workflow', db, bus: bus('workflow'), logger, relayIdleDelayMs: 50 });
  messaging.consumer(FAILING).on('registry.scenario.v1', 'registry.scenario.registered', async (event, tx) => {
    if (event.data.ownerUnit === '不存在的单位') throw new Error('unknown owner unit 不存在的单位');
    await tx.query(`INSERT INTO ${quoteIdentifier(SCHEMA)}.scenario_projection (event_id, title) VALUES ($1, $2)`, [event.id, event.data.title.zh]);
  });
  messaging.consumer(HEALTHY).on('registry.scenario.v1', 'registry.scenario.registered', async (event, tx) => {
    await tx.query(`INSERT INTO ${quoteIdentifier(SCHEMA)}.scenario_count (event_id) VALUES ($1)`, [event.id]);
  });
  await messaging.start();
  track('workflow messaging', () => messaging.stop());
  producer = bus('registry');
});

afterAll(async () => {
  for (const { what, close } of closers.reverse()) {
    try {
      await close();
    } catch (error) {
      console.warn(`closing ${what} failed: ${String(error)}`);
    }
  }
  await cluster?.stop();
  await postgres?.drop();
});

async function call(method: string, path: string, headers: Record<string, string>, body?: unknown): Promise<{ status: number; body: Json; headers: Headers }> {
  const response = await fetch(`${host.url}${path}`, { method, headers: { 'content-type': 'application/json', ...headers }, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null, headers: response.headers };
}

async function waitFor<T>(what: string, probe: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what} (last: ${JSON.stringify(value)})`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function count(table: string, eventId: string): Promise<number> {
  try {
    const { rows } = await db.query<{ n: string }>(`SELECT count(*) AS n FROM ${quoteIdentifier(SCHEMA)}.${table} WHERE event_id = $1`, [eventId]);
    return Number(rows[0]!.n);
  } catch {
    return -1; // the table is not there (yet)
  }
}

async function publishScenario(title: string, ownerUnit = '市发展改革委') {
  const scenarioId = randomUUID();
  const event = buildEnvelope('scenario-registry', 'registry.scenario.v1', 'registry.scenario.registered', {
    subject: scenarioId,
    data: { scenarioId, title: { zh: title, en: title }, domainCode: 'smart-logistics', ownerUnit, taxonomyVersion: '2028-final', registeredAt: new Date().toISOString() },
  });
  const headers = { traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01' };
  await producer.publish([{ topic: 'registry.scenario.v1', key: scenarioId, value: JSON.stringify(event), headers }]);
  return event;
}

async function deadLetterOf(eventId: string): Promise<Json> {
  const page = await waitFor(
    `the dead letter of ${eventId}`,
    () => call('GET', `/api/operations/dead-letters?service=application-workflow&topic=registry.scenario.v1&type=registry.scenario.registered&limit=100`, admin),
    (answer) => answer.status === 200 && answer.body.items.some((item: Json) => item.messageId === eventId && item.status === 'dead'),
  );
  return page.body.items.find((item: Json) => item.messageId === eventId);
}

describe('dead-letter operations (PostgreSQL + Kafka wire protocol)', () => {
  it('a message that died is listed, inspected, replayed once its cause is fixed and applied exactly once; the admins are told', async () => {
    const event = await publishScenario('园区无人配送');
    await waitFor('the healthy consumer to apply it', () => count('scenario_count', event.id), (n) => n === 1);

    const letter = await deadLetterOf(event.id);
    expect(letter).toMatchObject({
      service: 'application-workflow',
      serviceName: { zh: '申报流程服务', en: 'the application workflow' },
      consumer: FAILING,
      topic: 'registry.scenario.v1',
      eventType: 'registry.scenario.registered',
      eventTypeName: { zh: '场景登记', en: 'scenario registered' },
      attempts: 4,
      failures: 1,
      status: 'dead',
      replays: 0,
    });
    expect(letter.reason).toContain('scenario_projection');
    // Admins only, with bilingual refusals and field errors.
    expect((await call('GET', '/api/operations/dead-letters', coordinator)).status).toBe(403);
    const badFilter = await call('GET', '/api/operations/dead-letters?status=lost', admin);
    expect(badFilter.status).toBe(400);

    const detail = await call('GET', `/api/operations/dead-letters/${letter.id}`, admin);
    expect(detail.status).toBe(200);
    expect(JSON.parse(detail.body.valueText)).toEqual(event);
    expect(Buffer.from(detail.body.valueBase64, 'base64').toString('utf8')).toBe(detail.body.valueText);
    expect(detail.body).toMatchObject({ key: event.subject, traceId: '4bf92f3577b34da6a3ce929d0e0e4736', headers: { traceparent: expect.any(String) }, actions: [] });
    expect(new Date(detail.body.firstFailedAt).getTime()).toBeLessThanOrEqual(new Date(detail.body.lastFailedAt).getTime());
    expect((await call('GET', `/api/operations/dead-letters/${randomUUID()}`, admin)).status).toBe(404);

    // The admins' notice, in words: which service, which kind of message, from which topic.
    const inbox = await waitFor(
      'the notice to the admins',
      () => call('GET', '/api/notifications/inbox?scope=unit&limit=100', admin),
      (answer) => answer.status === 200 && answer.body.items.some((item: Json) => item.subjectId === letter.id),
    );
    const notice = inbox.body.items.find((item: Json) => item.subjectId === letter.id);
    expect(notice).toMatchObject({ kind: 'dead-letter', critical: true, recipient: { type: 'unit', id: '平台管理员' } });
    expect(notice.subject.zh).toBe('【消息处理失败】申报流程服务无法处理「场景登记」');
    expect(notice.subject.en).toBe('[Message failed] A "scenario registered" message died in the application workflow');
    expect(notice.body.zh).toContain('场景事件（registry.scenario.v1）');
    expect(notice.body.en).toContain(`The consumer "${FAILING}"`);

    // The cause is fixed: the projection's table is created. Then the admin replays the dead letter.
    await db.query(`CREATE TABLE ${quoteIdentifier(SCHEMA)}.scenario_projection (event_id text NOT NULL, title text NOT NULL)`);
    expect(await count('scenario_projection', event.id)).toBe(0);
    const replay = await call('POST', '/api/operations/dead-letters/replay', admin, { ids: [letter.id] });
    expect(replay.status).toBe(200);
    expect(replay.body).toEqual({ replayed: [letter.id], refused: [] });
    expect(JSON.parse(replay.headers.get('x-audit-summary') ?? '{}')).toMatchObject({ action: 'dead-letter-replay', replayed: 1 });
    await waitFor('the replayed message to be applied', () => count('scenario_projection', event.id), (n) => n === 1);

    // A second replay is refused; the same message delivered again (even marked as a replay) changes nothing.
    const again = await call('POST', '/api/operations/dead-letters/replay', admin, { ids: [letter.id] });
    expect(again.body).toEqual({ replayed: [], refused: [{ id: letter.id, status: 'replayed' }] });
    await producer.publish([{ topic: 'registry.scenario.v1', key: event.subject, value: JSON.stringify(event), headers: { [REPLAY_FOR_HEADER]: FAILING } }]);
    const marker = await publishScenario('标记消息');
    await waitFor('a later message to pass both consumers', async () => (await count('scenario_projection', marker.id)) + (await count('scenario_count', marker.id)), (n) => n === 2);
    expect(await count('scenario_projection', event.id)).toBe(1);
    expect(await count('scenario_count', event.id)).toBe(1);

    const replayed = await call('GET', `/api/operations/dead-letters/${letter.id}`, admin);
    expect(replayed.body).toMatchObject({ status: 'replayed', replays: 1, replayedBy: 'admin-1', actions: [{ action: 'replay', actorId: 'admin-1', reason: null }] });
  });

  it('a dead letter is discarded only with a reason, which is kept with who and when', async () => {
    const event = await publishScenario('未知单位的场景', '不存在的单位');
    const letter = await deadLetterOf(event.id);
    expect(letter.reason).toContain('unknown owner unit');

    const noReason = await call('POST', `/api/operations/dead-letters/${letter.id}/discard`, admin, { reason: ' ' });
    expect(noReason.status).toBe(400);
    expect(JSON.stringify(noReason.body)).toContain('请说明丢弃理由');
    expect(JSON.stringify(noReason.body)).toContain('Give a reason');
    expect((await call('POST', `/api/operations/dead-letters/${letter.id}/discard`, coordinator, { reason: '单位已撤销' })).status).toBe(403);

    const discarded = await call('POST', `/api/operations/dead-letters/${letter.id}/discard`, admin, { reason: '该单位已撤销，场景由登记人重新提交 The unit no longer exists' });
    expect(discarded.status).toBe(200);
    expect(discarded.body).toMatchObject({ status: 'discarded', discardedBy: 'admin-1', discardReason: '该单位已撤销，场景由登记人重新提交 The unit no longer exists' });
    expect(JSON.parse(discarded.headers.get('x-audit-summary') ?? '{}')).toMatchObject({ action: 'dead-letter-discard' });

    const conflict = await call('POST', `/api/operations/dead-letters/${letter.id}/discard`, admin, { reason: 'again 再次' });
    expect(conflict.status).toBe(409);
    expect(conflict.body.error).toMatchObject({ code: 'DEAD_LETTER_NOT_DEAD' });
    expect((await call('POST', '/api/operations/dead-letters/replay', admin, { ids: [letter.id] })).body.refused).toEqual([{ id: letter.id, status: 'discarded' }]);

    const detail = await call('GET', `/api/operations/dead-letters/${letter.id}`, admin);
    expect(detail.body.actions).toEqual([{ action: 'discard', actorId: 'admin-1', actorName: null, reason: '该单位已撤销，场景由登记人重新提交 The unit no longer exists', at: expect.any(String) }]);
    const listed = await call('GET', '/api/operations/dead-letters?status=discarded', admin);
    expect(listed.body.items.map((item: Json) => item.id)).toEqual([letter.id]);
    expect(await count('scenario_projection', event.id)).toBe(0);
  });
});
