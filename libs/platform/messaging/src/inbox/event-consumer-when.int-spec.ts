/**
 * A handler's `when` (EventConsumer.on(…, { when })), on real PostgreSQL: an event it declines costs no transaction,
 * leaves no inbox row and never reaches the handler; one whose `when` throws is dead-lettered at once; replays go
 * through the same check.
 */
import { randomUUID } from 'node:crypto';
import type { MessageDeadLetteredV1 } from '@scq/contracts';
import { platformMetrics } from '@scq/platform-observability';
import { openDatabase, type Database } from '@scq/platform-persistence';
import { createTestDatabase, type TestDatabase } from '@scq/platform-testing';
import { InProcessMessageBus } from '../bus/in-process.message-bus';
import type { DeliveredMessage } from '../bus/message-bus.port';
import { messagingMigrations } from '../messaging.migration';
import { buildEnvelope } from '../outbox/event.publisher';
import { SqlOutboxStore } from '../outbox/sql-outbox.store';
import { DEAD_LETTER_TOPIC, EventConsumer, REPLAY_FOR_HEADER, type EventHandlerOptions } from './event.consumer';
import { SqlInboxStore } from './sql-inbox.store';

const SCHEMA = 'consumer_when';
const TOPIC = 'workflow.scenario.v1';
const TYPE = 'workflow.scenario.stage-changed';

let postgres: TestDatabase | undefined;
let db: Database | undefined;
const bus = new InProcessMessageBus();
/** The consumer's database: the real one, counting the transactions the consumer opens. */
let transactions = 0;
let counted: Database;

beforeAll(async () => {
  postgres = await createTestDatabase('consumer_when');
  db = await openDatabase({ schema: SCHEMA, url: postgres.url, migrations: messagingMigrations(SCHEMA) });
  const real = db;
  counted = new Proxy(real, {
    get(target, property) {
      if (property === 'transaction') {
        return (work: Parameters<Database['transaction']>[0]) => {
          transactions++;
          return target.transaction(work);
        };
      }
      const value = Reflect.get(target, property, target) as unknown;
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
});

afterAll(async () => {
  await bus.close();
  await db?.close();
  await postgres?.drop();
});

/** A consumer of scenario stage changes whose handler notes each event it runs for. */
function stageConsumer(name: string, when: EventHandlerOptions<typeof TOPIC, typeof TYPE>['when']): { consumer: EventConsumer; handled: string[]; logged: string[] } {
  const handled: string[] = [];
  const logged: string[] = [];
  const log = (level: string, message: string) => void logged.push(`${level}: ${message}`);
  const consumer = new EventConsumer({ consumer: name, source: 'test', db: counted, bus, inbox: new SqlInboxStore(SCHEMA), outbox: new SqlOutboxStore(counted, SCHEMA), maxAttempts: 3, baseDelayMs: 1, log }).on(
    TOPIC,
    TYPE,
    async (event) => void handled.push(event.id),
    { when },
  );
  return { consumer, handled, logged };
}

function stageChanged(to: string): DeliveredMessage & { id: string } {
  const scenarioId = randomUUID();
  const event = buildEnvelope('test', TOPIC, TYPE, {
    subject: scenarioId,
    data: { scenarioId, instanceId: randomUUID(), machine: { id: 'scenario-lifecycle', version: 1 }, from: 'recognition.assessing', to, event: 'test', actor: 'officer-1', sequence: 3, changedAt: new Date().toISOString() },
  });
  return { id: event.id, topic: TOPIC, key: scenarioId, value: JSON.stringify(event), partition: 0, offset: '1' };
}

async function inboxOf(messageId: string): Promise<Array<{ consumer: string; status: string }>> {
  const { rows } = await db!.query<{ consumer: string; status: string }>(`SELECT consumer, status FROM ${SCHEMA}.inbox WHERE message_id = $1 ORDER BY consumer`, [messageId]);
  return rows;
}

async function deadLettersOf(consumer: string): Promise<MessageDeadLetteredV1[]> {
  const { rows } = await db!.query<{ payload: string }>(`SELECT payload FROM ${SCHEMA}.outbox WHERE topic = $1 AND message_key = $2 ORDER BY seq`, [DEAD_LETTER_TOPIC, consumer]);
  return rows.map((row) => (JSON.parse(row.payload) as { data: MessageDeadLetteredV1 }).data);
}

async function ignoredCount(consumer: string): Promise<number> {
  const metric = await platformMetrics.registry.getSingleMetric('scq_consumer_events_ignored_total')?.get();
  return metric?.values.find((value) => value.labels.consumer === consumer && value.labels.topic === TOPIC)?.value ?? 0;
}

describe("EventConsumer with a handler's when", () => {
  it('declines an event its when does not take — no transaction, no inbox row, no handler — and handles one it takes', async () => {
    const { consumer, handled } = stageConsumer('when-test.endings', (event) => event.data.to === 'withdrawn');
    const declined = stageChanged('recognition.assessing');
    transactions = 0;
    await consumer.handle(declined);
    expect({ handled, transactions, inbox: await inboxOf(declined.id), ignored: await ignoredCount('when-test.endings') }).toEqual({ handled: [], transactions: 0, inbox: [], ignored: 1 });

    const taken = stageChanged('withdrawn');
    await consumer.handle(taken);
    expect({ handled, transactions, inbox: await inboxOf(taken.id), ignored: await ignoredCount('when-test.endings') }).toEqual({
      handled: [taken.id],
      transactions: 1,
      inbox: [{ consumer: 'when-test.endings', status: 'processed' }],
      ignored: 1,
    });
    // Redelivered, the declined event is declined again (still nothing written); the taken one is a duplicate.
    await consumer.handle(declined);
    await consumer.handle(taken);
    expect({ handled, inbox: await inboxOf(declined.id), ignored: await ignoredCount('when-test.endings') }).toEqual({ handled: [taken.id], inbox: [], ignored: 2 });
  });

  it('logs a declined event at debug, a handled one at info', async () => {
    const { consumer, logged } = stageConsumer('when-test.logs', (event) => event.data.to === 'withdrawn');
    await consumer.handle(stageChanged('recognition.assessing'));
    await consumer.handle(stageChanged('withdrawn'));
    expect(logged).toEqual(["debug: event ignored (its handler's when declined it)", 'info: event handled']);
  });

  it('dead-letters at once, without retries, an event whose when throws; a replay goes through the when again', async () => {
    let broken = true;
    let asked = 0;
    const { consumer, handled } = stageConsumer('when-test.broken', (event) => {
      asked++;
      if (broken) throw new Error('stage list not loaded');
      return event.data.to === 'withdrawn';
    });
    const notEnding = stageChanged('recognition.assessing');
    const ending = stageChanged('withdrawn');
    await consumer.handle(notEnding);
    await consumer.handle(ending);
    expect(asked).toBe(2);
    expect(handled).toEqual([]);
    const letters = await deadLettersOf('when-test.broken');
    expect(letters.map((letter) => ({ offset: letter.original.offset, value: letter.original.value, attempts: letter.attempts, reason: letter.reason }))).toEqual([
      { offset: '1', value: notEnding.value, attempts: 0, reason: "the handler's when failed: stage list not loaded" },
      { offset: '1', value: ending.value, attempts: 0, reason: "the handler's when failed: stage list not loaded" },
    ]);
    expect(await inboxOf(notEnding.id)).toEqual([{ consumer: 'when-test.broken', status: 'dead-lettered' }]);

    broken = false;
    // The admins' replay (the header naming this consumer) of an event the fixed when declines: the handler does not
    // run, and the dead-lettered row is forgotten, as if the event had been declined on first delivery.
    transactions = 0;
    await consumer.handle({ ...notEnding, headers: { [REPLAY_FOR_HEADER]: 'when-test.broken' } });
    expect({ handled, transactions, inbox: await inboxOf(notEnding.id), ignored: await ignoredCount('when-test.broken') }).toEqual({ handled: [], transactions: 1, inbox: [], ignored: 1 });
    // A replay of one it takes is handled, once.
    expect(await consumer.replay(letters[1]!, ending.id)).toBe(true);
    expect({ handled, inbox: await inboxOf(ending.id) }).toEqual({ handled: [ending.id], inbox: [{ consumer: 'when-test.broken', status: 'processed' }] });
    expect(await deadLettersOf('when-test.broken')).toHaveLength(2);
  });
});
