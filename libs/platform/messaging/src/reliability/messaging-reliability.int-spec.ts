/**
 * The messaging guarantees, proven on real PostgreSQL and the Kafka wire protocol (librdkafka's mock
 * cluster served by kcat): nothing here mocks pg or kafkajs.
 *
 * 1. A consumer process killed with SIGKILL mid-stream loses nothing and applies nothing twice: its
 *    restart resumes from the group's committed offsets and the inbox absorbs the redelivered messages.
 * 2. A relay that crashes after publishing but before marking its rows sent is taken over by another
 *    relay once its lease expires; the bus carries every event twice, the consumer applies each once.
 * 3. What cannot be handled (malformed JSON, schema-invalid data, a handler that always fails) goes to
 *    the dead-letter topic with the original bytes and the reason, once, and the consumer keeps going.
 */
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { Kafka, logLevel, type Consumer } from 'kafkajs';
import { validateEvent, type EventEnvelope } from '@scq/contracts';
import { openDatabase, type Database } from '@scq/platform-persistence';
import { createTestDatabase, startKafkaMockCluster, type KafkaMockCluster, type TestDatabase } from '@scq/platform-testing';
import { KafkaMessageBus } from '../bus/kafka.message-bus';
import type { DeliveredMessage } from '../bus/message-bus.port';
import { DEAD_LETTER_TOPIC, EventConsumer } from '../inbox/event.consumer';
import { SqlInboxStore } from '../inbox/sql-inbox.store';
import { messagingMigrations } from '../messaging.migration';
import { buildEnvelope, EventPublisher } from '../outbox/event.publisher';
import { OutboxRelay } from '../outbox/outbox.relay';
import { SqlOutboxStore } from '../outbox/sql-outbox.store';
import { appliedCounts, appliedRows, createAppliedTable, recordApplied, scenarioRegistered, type AppliedRow } from './applied-log.fixture';
import { startCountingConsumer, type CountingConsumerConfig, type CountingConsumerProcess } from './counting-consumer.process';
import { ObservedMessageBus } from './observed.message-bus';


const TOPIC = 'registry.scenario.v1';
const TYPE = 'registry.scenario.registered';
const SOURCE = 'reliability-test';

let postgres: TestDatabase | undefined;
let cluster: KafkaMockCluster | undefined;
/** Everything opened by a test, closed in reverse order in afterAll, whatever happened. */
const closers: Array<{ what: string; close: () => Promise<unknown> }> = [];

function track(what: string, close: () => Promise<unknown>): void {
  closers.push({ what, close });
}

beforeAll(async () => {
  postgres = await createTestDatabase('reliability');
  cluster = await startKafkaMockCluster();
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

function env(): { postgres: TestDatabase; cluster: KafkaMockCluster } {
  if (!postgres || !cluster) throw new Error('the test database or the Kafka mock cluster did not start');
  return { postgres, cluster };
}

async function openService(schema: string): Promise<Database> {
  const db = await openDatabase({ schema, url: env().postgres.url, migrations: [...messagingMigrations(schema)], poolSize: 5 });
  track(`database ${schema}`, () => db.close());
  return db;
}

/** A bus whose topics and groups carry this run's prefix plus a per-test label: tests never see each other's messages. */
function kafkaBus(label: string, clientId: string): { bus: KafkaMessageBus; prefix: string } {
  const prefix = `${env().cluster.prefix}.${label}.`;
  const bus = new KafkaMessageBus({ brokers: env().cluster.brokers, clientId, prefix, log: (level, message) => level === 'error' && console.warn(`[kafka] ${message}`) });
  track(`bus ${clientId}`, () => bus.close());
  return { bus, prefix };
}

function rawKafka(clientId: string): Kafka {
  return new Kafka({ clientId, brokers: env().cluster.brokers, logLevel: logLevel.NOTHING });
}

function spawnConsumer(config: CountingConsumerConfig): CountingConsumerProcess {
  const child = startCountingConsumer(config);
  track(`consumer process ${child.pid}`, () => child.stop(5000));
  return child;
}

async function waitFor<T>(what: string, probe: () => T | Promise<T>, done: (value: T) => boolean, timeoutMs = 60_000, explain: () => string = () => ''): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what} (last: ${JSON.stringify(value)}) ${explain()}`);
    await sleep(25);
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function ms(from: number, to = performance.now()): string {
  return `${Math.round(to - from)} ms`;
}

/** Per scenario, the sequence numbers in the order the rows were applied. */
function appliedOrderByScenario(rows: AppliedRow[]): Map<string, number[]> {
  const order = new Map<string, number[]>();
  for (const row of rows) order.set(row.scenario_id, [...(order.get(row.scenario_id) ?? []), row.seq]);
  return order;
}

function range(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}

/** The offsets a consumer group has committed on a topic, summed over its partitions (topics start at offset 0). */
async function committedMessages(groupId: string, topic: string): Promise<number> {
  const admin = rawKafka('reliability-admin').admin();
  await admin.connect();
  try {
    const [offsets] = await admin.fetchOffsets({ groupId, topics: [topic] });
    return offsets.partitions.reduce((sum, p) => sum + Math.max(0, Number(p.offset)), 0);
  } finally {
    await admin.disconnect();
  }
}

/** A plain kafkajs consumer group that records the event id of every message on a topic: what the wire carried. */
async function observeWire(groupId: string, topic: string): Promise<string[]> {
  const consumer: Consumer = rawKafka('wire-observer').consumer({ groupId, maxWaitTimeInMs: 100 });
  track(`wire observer ${groupId}`, () => consumer.disconnect());
  const seen: string[] = [];
  const joined = new Promise<void>((resolve) => {
    const off = consumer.on(consumer.events.GROUP_JOIN, () => {
      off();
      resolve();
    });
  });
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  await consumer.run({ eachMessage: async ({ message }) => void seen.push((JSON.parse(message.value?.toString() ?? '{}') as { id: string }).id) });
  await joined;
  return seen;
}

describe('messaging reliability (PostgreSQL + Kafka wire protocol)', () => {
  it('a consumer process killed with SIGKILL mid-stream applies every event exactly once, in order per scenario, after its restart', async () => {
    const started = performance.now();
    const [SCENARIOS, ROUNDS, KILL_AFTER] = [20, 20, 53];
    const total = SCENARIOS * ROUNDS;
    const producerSchema = 'kill_producer';
    const consumerSchema = 'kill_consumer';
    const producerDb = await openService(producerSchema);
    const consumerDb = await openService(consumerSchema);
    await createAppliedTable(consumerDb, consumerSchema);
    const { bus, prefix } = kafkaBus('kill', 'kill-producer');
    const outbox = new SqlOutboxStore(producerDb, producerSchema);
    const relay = new OutboxRelay({ store: outbox, bus, idleDelayMs: 50, onError: (error) => console.warn(`relay: ${String(error)}`) });
    track('kill relay', () => relay.stop());

    const config: CountingConsumerConfig = {
      databaseUrl: env().postgres.url,
      schema: consumerSchema,
      brokers: env().cluster.brokers,
      prefix,
      consumer: 'kill-consumer',
      delayMs: 8,
      sessionTimeoutMs: 6000,
    };
    const first = spawnConsumer(config);

    // 400 events for 20 scenarios, round by round, one transaction per round, into the outbox; then the relay
    // moves them to Kafka in batches of 200 (large record batches: the consumer commits its offsets per batch).
    const publisher = new EventPublisher(outbox, SOURCE);
    const scenarios = range(SCENARIOS).map(() => randomUUID());
    const published: string[] = [];
    for (const seq of range(ROUNDS)) {
      await producerDb.transaction(async (tx) => {
        for (const scenarioId of scenarios) {
          const event = await publisher.publish(tx, TOPIC, TYPE, { subject: scenarioId, data: scenarioRegistered(scenarioId, seq) });
          published.push(event.id);
        }
      });
    }
    relay.start();

    await first.ready;
    const firstReady = performance.now();
    // Kill after 53 applications: the relay's batches put a multiple of 10 events in each partition's record
    // batch (the consumer commits per batch), so the kill lands mid-batch and leaves applied-but-uncommitted work.
    await waitFor(`at least ${KILL_AFTER} applied events`, () => appliedCounts(consumerDb, consumerSchema), (c) => c.total >= KILL_AFTER, 60_000, () => first.stderrTail());
    first.kill('SIGKILL');
    const killedAt = performance.now();
    expect((await first.exited).signal).toBe('SIGKILL');
    const atKill = await appliedCounts(consumerDb, consumerSchema);
    expect(atKill.total).toBeLessThan(total);

    // Everything is on Kafka by now; what the dead member's group had committed decides where the restart resumes.
    await waitFor('the outbox to be relayed', () => outbox.unsentCount(), (n) => n === 0);
    const committed = await committedMessages(`${prefix}${config.consumer}`, `${prefix}${TOPIC}`);

    const second = spawnConsumer(config);
    await second.ready;
    const rejoinedAt = performance.now();
    await waitFor('every event applied', () => appliedCounts(consumerDb, consumerSchema), (c) => c.distinct >= total, 60_000, () => second.stderrTail());
    const doneAt = performance.now();
    // Redeliveries come before newer messages of the same partition: nothing more can arrive. Give it a moment anyway.
    await sleep(300);
    await second.stop();

    const rows = await appliedRows(consumerDb, consumerSchema);
    expect(rows).toHaveLength(total);
    expect(new Set(rows.map((r) => r.event_id)).size).toBe(total);
    expect(new Set(rows.map((r) => r.event_id))).toEqual(new Set(published));
    const order = appliedOrderByScenario(rows);
    expect(order.size).toBe(SCENARIOS);
    for (const scenarioId of scenarios) expect(order.get(scenarioId)).toEqual(range(ROUNDS));

    const byFirst = rows.filter((r) => r.applied_by === first.pid).length;
    const bySecond = rows.filter((r) => r.applied_by === second.pid).length;
    expect(byFirst + bySecond).toBe(total);
    expect(byFirst).toBeGreaterThanOrEqual(KILL_AFTER);
    expect(committed).toBeLessThanOrEqual(byFirst);
    // The restart was handed every message from the committed offsets on: those the first process had applied
    // since its last commit came again, and the inbox absorbed exactly them.
    const absorbed = second.deliveries.filter((d) => !d.fresh);
    expect(second.deliveries.filter((d) => d.error)).toEqual([]);
    expect(second.deliveries).toHaveLength(total - committed);
    expect(absorbed).toHaveLength(byFirst - committed);
    expect(second.deliveries.filter((d) => d.fresh)).toHaveLength(bySecond);
    const appliedByFirst = new Set(rows.filter((r) => r.applied_by === first.pid).map((r) => r.event_id));
    for (const duplicate of absorbed) expect(appliedByFirst.has(duplicate.eventId ?? '')).toBe(true);

    console.log(
      [
        `kill -9 consumer: ${total} events, ${SCENARIOS} scenarios`,
        `  applied when killed: ${atKill.total} (rows written by the killed process, in-flight commit included: ${byFirst}); committed offsets: ${committed}`,
        `  deliveries reported by the killed process: ${first.deliveries.length}; by the restarted one: ${second.deliveries.length}`,
        `  redelivered and absorbed by the inbox: ${absorbed.length}; applied by the restarted process: ${bySecond}`,
        `  first consumer ready after ${ms(started, firstReady)}; killed after ${ms(firstReady, killedAt)}; restart joined the group after ${ms(killedAt, rejoinedAt)}; drained after ${ms(rejoinedAt, doneAt)}; test ${ms(started)}`,
      ].join('\n'),
    );
  });

  it('a relay that crashes after publishing, before marking sent, is taken over; the duplicates on the bus are applied once', async () => {
    const started = performance.now();
    const [SCENARIOS, ROUNDS] = [6, 10];
    const total = SCENARIOS * ROUNDS;
    const producerSchema = 'relay_producer';
    const consumerSchema = 'relay_consumer';
    const producerDb = await openService(producerSchema);
    const consumerDb = await openService(consumerSchema);
    await createAppliedTable(consumerDb, consumerSchema);
    const { bus, prefix } = kafkaBus('relay', 'relay-test');
    let handlerEntries = 0;
    const consumer = new EventConsumer({
      consumer: 'relay-consumer',
      source: 'reliability-relay-consumer',
      db: consumerDb,
      bus: new ObservedMessageBus(bus, { before: () => void (handlerEntries += 1) }),
      inbox: new SqlInboxStore(consumerSchema),
      outbox: new SqlOutboxStore(consumerDb, consumerSchema),
    }).on(TOPIC, TYPE, (event, tx) => recordApplied(tx, consumerSchema, event, process.pid));
    track('relay consumer', () => consumer.stop());
    const [onWire] = await Promise.all([observeWire(`${prefix}wire-observer`, `${prefix}${TOPIC}`), consumer.start()]);

    const outbox = new SqlOutboxStore(producerDb, producerSchema);
    const publisher = new EventPublisher(outbox, SOURCE);
    const scenarios = range(SCENARIOS).map(() => randomUUID());
    const published: string[] = [];
    await producerDb.transaction(async (tx) => {
      for (const seq of range(ROUNDS)) {
        for (const scenarioId of scenarios) published.push((await publisher.publish(tx, TOPIC, TYPE, { subject: scenarioId, data: scenarioRegistered(scenarioId, seq) })).id);
      }
    });

    // The first relay publishes the whole batch, then "crashes" before it can mark the rows sent.
    let crashes = 0;
    const crashing = new OutboxRelay({
      store: outbox,
      bus,
      relayId: 'relay-crashing',
      leaseMs: 1500,
      afterPublish: () => {
        if (crashes++ === 0) throw new Error('simulated crash after publish, before markSent');
      },
    });
    await expect(crashing.relayOnce()).rejects.toThrow('simulated crash');
    const crashedAt = performance.now();
    expect(await outbox.unsentCount()).toBe(total);
    await waitFor('the first copies to be applied', () => appliedCounts(consumerDb, consumerSchema), (c) => c.distinct >= total);

    // A fresh relay takes the rows over once the dead relay's lease has expired, and publishes them again.
    const takeover = new OutboxRelay({ store: outbox, bus, relayId: 'relay-takeover', leaseMs: 1500, idleDelayMs: 50, onError: (error) => console.warn(`relay: ${String(error)}`) });
    takeover.start();
    track('takeover relay', () => takeover.stop());
    await waitFor('the takeover relay to drain the outbox', () => outbox.unsentCount(), (n) => n === 0);
    const takenOverAt = performance.now();
    await waitFor('the second copies on the wire and at the consumer', () => ({ onWire: onWire.length, handlerEntries }), (s) => s.onWire >= 2 * total && s.handlerEntries >= 2 * total);
    await sleep(300);

    // The bus really carried every event twice ...
    expect(onWire).toHaveLength(2 * total);
    const copies = new Map<string, number>();
    for (const id of onWire) copies.set(id, (copies.get(id) ?? 0) + 1);
    expect(new Set(copies.keys())).toEqual(new Set(published));
    expect([...copies.values()].every((n) => n === 2)).toBe(true);
    expect(handlerEntries).toBe(2 * total);
    // ... and each was applied once, in publish order per scenario.
    const rows = await appliedRows(consumerDb, consumerSchema);
    expect(rows).toHaveLength(total);
    expect(new Set(rows.map((r) => r.event_id))).toEqual(new Set(published));
    const order = appliedOrderByScenario(rows);
    for (const scenarioId of scenarios) expect(order.get(scenarioId)).toEqual(range(ROUNDS));
    // Each outbox row was claimed twice and marked sent by the relay that took over.
    const { rows: outboxRows } = await producerDb.query<{ attempts: number; claimed_by: string; sent: boolean }>(
      `SELECT attempts, claimed_by, sent_at IS NOT NULL AS sent FROM ${producerSchema}.outbox`,
    );
    expect(outboxRows).toHaveLength(total);
    expect(outboxRows.every((r) => r.attempts === 2 && r.claimed_by === 'relay-takeover' && r.sent)).toBe(true);

    console.log(
      [
        `relay crash after publish: ${total} events`,
        `  on the wire: ${onWire.length} (every event twice); consumer deliveries: ${handlerEntries}; applied: ${rows.length}; duplicates absorbed by the inbox: ${handlerEntries - rows.length}`,
        `  takeover relay drained the outbox ${ms(crashedAt, takenOverAt)} after the crash (lease 1500 ms); test ${ms(started)}`,
      ].join('\n'),
    );
  });

  it('dead-letters malformed, invalid and failing messages once, with the original bytes and the reason, and keeps consuming', async () => {
    const started = performance.now();
    const schema = 'dlq_service';
    const consumerName = 'dlq-consumer';
    const db = await openService(schema);
    await createAppliedTable(db, schema);
    const { bus } = kafkaBus('dlq', 'dlq-test');
    const outbox = new SqlOutboxStore(db, schema);
    const relay = new OutboxRelay({ store: outbox, bus, relayId: 'dlq-service-relay', idleDelayMs: 50, onError: (error) => console.warn(`relay: ${String(error)}`) });
    outbox.whenCommitted(() => relay.nudge());
    relay.start();
    track('dlq relay', () => relay.stop());

    // The dead-letter topic, watched by a consumer group of its own.
    const deadLetters: DeliveredMessage[] = [];

    const POISON = '有毒场景（处理器总是失败）';
    const handlerCalls = new Map<string, number>();
    const logged: string[] = [];
    const consumer = new EventConsumer({
      consumer: consumerName,
      source: 'reliability-dlq-service',
      db,
      bus,
      inbox: new SqlInboxStore(schema),
      outbox,
      maxAttempts: 3,
      baseDelayMs: 20,
      log: (level, message, details) => logged.push(`${level}: ${message} ${JSON.stringify(details)}`),
    }).on(TOPIC, TYPE, async (event, tx) => {
      handlerCalls.set(event.id, (handlerCalls.get(event.id) ?? 0) + 1);
      if (event.data.title.zh === POISON) throw new Error('poisoned scenario: this handler always fails');
      await recordApplied(tx, schema, event, process.pid);
    });
    track('dlq consumer', () => consumer.stop());
    const [watcher] = await Promise.all([bus.subscribe('dead-letter-watcher', [DEAD_LETTER_TOPIC], async (message) => void deadLetters.push(message)), consumer.start()]);
    track('dead-letter watcher', () => watcher.close());

    // Four messages on one key, straight onto the bus (no outbox): three poisons, then a normal event.
    const key = randomUUID();
    const event = (seq: number, zh?: string) => buildEnvelope(SOURCE, TOPIC, TYPE, { subject: key, data: scenarioRegistered(key, seq, zh) });
    const malformed = '{"specversion":"1.0","id":"半截的消息","data":{"title":{"zh":"未写完';
    const withTitle = event(1);
    const { title: _missing, ...withoutTitle } = withTitle.data;
    // Unusual formatting on purpose: a dead letter that re-serialised the message would not carry these bytes.
    const invalid = JSON.stringify({ ...withTitle, data: withoutTitle }, null, 2);
    const poisoned = event(2, POISON);
    const poisonedValue = `${JSON.stringify(poisoned)}\n  `;
    const normal = event(3);
    const originals = [malformed, invalid, poisonedValue];
    await bus.publish([...originals, JSON.stringify(normal)].map((value) => ({ topic: TOPIC, key, value })));

    await waitFor('the normal event after the poisons to be applied', () => appliedCounts(db, schema), (c) => c.total >= 1);
    await waitFor('three dead letters', () => deadLetters.length, (n) => n >= 3);
    const firstRoundAt = performance.now();

    const decoded = deadLetters.map((message) => {
      const validation = validateEvent(DEAD_LETTER_TOPIC, JSON.parse(message.value));
      if (!validation.ok) throw new Error(`a dead letter is not a valid platform.message.dead-lettered event: ${validation.reason}`);
      expect(message.key).toBe(consumerName);
      return validation.envelope as EventEnvelope<{ consumer: string; reason: string; attempts: number; original: { topic: string; key: string | null; value: string; partition: number | null; offset: string | null } }>;
    });
    expect(decoded.map((e) => e.type)).toEqual(Array(3).fill('platform.message.dead-lettered'));
    expect(decoded.map((e) => [e.source, e.subject, e.data.consumer])).toEqual(Array(3).fill(['reliability-dlq-service', consumerName, consumerName]));
    // Byte for byte, in the order they arrived.
    expect(decoded.map((e) => e.data.original.value)).toEqual(originals);
    expect(decoded.map((e) => [e.data.original.topic, e.data.original.key])).toEqual(Array(3).fill([TOPIC, key]));
    const [partition] = decoded.map((e) => e.data.original.partition);
    expect(decoded.every((e) => e.data.original.partition === partition && partition !== null)).toBe(true);
    const offsets = decoded.map((e) => Number(e.data.original.offset));
    expect(offsets).toEqual([...offsets].sort((a, b) => a - b));
    expect(new Set(offsets).size).toBe(3);
    // The reason names the problem; attempts count the handler runs.
    expect(decoded[0].data.reason).toMatch(/^malformed JSON: /);
    expect(decoded[1].data.reason).toMatch(/^invalid registry\.scenario\.registered data: .*title/);
    expect(decoded[2].data.reason).toMatch(/^handler failed after 3 attempts: poisoned scenario: this handler always fails$/);
    expect(decoded.map((e) => e.data.attempts)).toEqual([0, 0, 3]);
    expect(decoded[2].causationid).toBe(poisoned.id);
    expect(decoded[2].correlationid).toBe(poisoned.correlationid);
    expect(handlerCalls.get(poisoned.id)).toBe(3);
    // The consumer kept going: the normal event behind the poisons on the same key was applied, once.
    expect((await appliedRows(db, schema)).map((r) => r.event_id)).toEqual([normal.id]);

    // The same poisoned bytes delivered again (then a marker event): the inbox knows them, no second dead letter.
    const marker = event(4);
    await bus.publish([...originals, JSON.stringify(marker)].map((value) => ({ topic: TOPIC, key, value })));
    await waitFor('the marker event to be applied', () => appliedCounts(db, schema), (c) => c.total >= 2);
    await waitFor("the consumer's outbox to be relayed", () => outbox.unsentCount(), (n) => n === 0);
    await sleep(500);
    expect(deadLetters).toHaveLength(3);
    const { rows: outboxRows } = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${schema}.outbox`);
    expect(outboxRows[0].n).toBe(3);
    expect(handlerCalls.get(poisoned.id)).toBe(3);
    expect((await appliedRows(db, schema)).map((r) => r.event_id)).toEqual([normal.id, marker.id]);
    const { rows: inbox } = await db.query<{ status: string; n: number }>(`SELECT status, count(*)::int AS n FROM ${schema}.inbox GROUP BY status ORDER BY status`);
    expect(inbox).toEqual([
      { status: 'dead-lettered', n: 3 },
      { status: 'processed', n: 2 },
    ]);

    console.log(
      [
        'dead letters:',
        ...decoded.map((e) => `  attempts ${e.data.attempts}, offset ${e.data.original.offset}: ${e.data.reason.slice(0, 140)}`),
        `  redelivered poisons absorbed by the inbox: 3 (dead letters still ${deadLetters.length}, outbox rows ${outboxRows[0].n}); consumer log lines: ${logged.length}`,
        `  first round done after ${ms(started, firstRoundAt)}; test ${ms(started)}`,
      ].join('\n'),
    );
  });
});
