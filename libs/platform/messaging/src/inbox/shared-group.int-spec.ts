/**
 * A service's consumers share one Kafka consumer group (issue 17: one group per handler made an idle stack of 31 groups
 * burn most of a core). On real PostgreSQL and the Kafka wire protocol (librdkafka's mock cluster served by kcat).
 */
import { randomUUID } from 'node:crypto';
import { createLogger } from '@scq/platform-observability';
import { openDatabase, quoteIdentifier, type Database } from '@scq/platform-persistence';
import { createTestDatabase, eventually, slowTimeout, startKafkaMockCluster, type KafkaMockCluster, type TestDatabase } from '@scq/platform-testing';
import { KafkaMessageBus } from '../bus/kafka.message-bus';
import { messagingMigrations } from '../messaging.migration';
import { buildEnvelope } from '../outbox/event.publisher';
import { ServiceMessaging } from '../service-messaging';
import { DEAD_LETTER_TOPIC } from './event.consumer';

jest.setTimeout(slowTimeout(3));

const SCHEMA = 'shared_group';
const logger = createLogger('shared-group-test', process.env.TEST_LOG_LEVEL ?? 'silent');

let postgres: TestDatabase | undefined;
let cluster: KafkaMockCluster | undefined;
let db: Database | undefined;
let producer: KafkaMessageBus | undefined;
const buses: KafkaMessageBus[] = [];

/** The real Kafka bus, noting each consumer group it subscribes (the mock cluster cannot list groups). */
class GroupNotingBus extends KafkaMessageBus {
  readonly groups: string[] = [];

  override subscribe(...args: Parameters<KafkaMessageBus['subscribe']>): ReturnType<KafkaMessageBus['subscribe']> {
    this.groups.push(args[0]);
    return super.subscribe(...args);
  }
}

beforeAll(async () => {
  postgres = await createTestDatabase('shared_group');
  cluster = await startKafkaMockCluster(1);
  db = await openDatabase({ schema: SCHEMA, url: postgres.url, migrations: messagingMigrations(SCHEMA), poolSize: 6 });
  producer = kafkaBus('producer');
});

afterAll(async () => {
  for (const bus of buses) await bus.close().catch(() => undefined);
  await db?.close().catch(() => undefined);
  await cluster?.stop();
  await postgres?.drop();
});

function kafkaBus(clientId: string): GroupNotingBus {
  const bus = new GroupNotingBus({ brokers: cluster!.brokers, clientId, prefix: `${cluster!.prefix}.` });
  buses.push(bus);
  return bus;
}

/** The application workflow's messaging as it runs: three consumers over two topics. */
function workflowMessaging(): { messaging: ServiceMessaging; bus: GroupNotingBus } {
  const bus = kafkaBus(`workflow-${randomUUID()}`);
  const messaging = new ServiceMessaging({ service: 'workflow', db: db!, bus, logger });
  messaging.consumer('workflow.scenario-start').on('registry.scenario.v1', 'registry.scenario.registered', async () => undefined);
  messaging.consumer('workflow.scenario-index').on('registry.scenario.v1', 'registry.scenario.registered', async () => undefined);
  messaging.consumer('workflow.dead-letter-watch').on(DEAD_LETTER_TOPIC, 'platform.message.dead-lettered', async () => undefined);
  return { messaging, bus };
}

async function publishScenario(): Promise<string> {
  const scenarioId = randomUUID();
  const event = buildEnvelope('scenario-registry', 'registry.scenario.v1', 'registry.scenario.registered', {
    subject: scenarioId,
    data: { scenarioId, title: { zh: '园区无人配送', en: 'Driverless delivery in parks' }, domainCode: 'smart-logistics', ownerUnit: '市发展改革委', taxonomyVersion: '2028-final', registeredAt: new Date().toISOString() },
  });
  await producer!.publish([{ topic: 'registry.scenario.v1', key: scenarioId, value: JSON.stringify(event) }]);
  return event.id;
}

async function publishDeadLetter(): Promise<string> {
  const event = buildEnvelope('evaluation', DEAD_LETTER_TOPIC, 'platform.message.dead-lettered', {
    subject: 'evaluation.assessments',
    data: { consumer: 'evaluation.assessments', reason: 'test', attempts: 4, original: { topic: 'workflow.assessment.v1', key: 'k', value: '{}', partition: 0, offset: '1' }, failedAt: new Date().toISOString() },
  });
  await producer!.publish([{ topic: DEAD_LETTER_TOPIC, key: 'evaluation.assessments', value: JSON.stringify(event) }]);
  return event.id;
}

/** Which consumers recorded a message in the inbox, how many times each (the primary key allows once). */
async function inboxOf(messageId: string): Promise<string[]> {
  const { rows } = await db!.query<{ consumer: string }>(`SELECT consumer FROM ${quoteIdentifier(SCHEMA)}.inbox WHERE message_id = $1 ORDER BY consumer`, [messageId]);
  return rows.map((row) => row.consumer);
}

describe("a service's consumers on Kafka share one consumer group", () => {
  it('one group, <service>.events, hands every event to each consumer that takes it; a new process resumes in the same group', async () => {
    const first = workflowMessaging();
    await first.messaging.start();
    try {
      const scenario = await publishScenario();
      const deadLetter = await publishDeadLetter();
      await eventually(async () => ((await inboxOf(scenario)).length === 2 && (await inboxOf(deadLetter)).length === 1 ? true : undefined), slowTimeout(0.5));
      expect(await inboxOf(scenario)).toEqual(['workflow.scenario-index', 'workflow.scenario-start']);
      expect(await inboxOf(deadLetter)).toEqual(['workflow.dead-letter-watch']);
      expect(first.bus.groups).toEqual(['workflow.events']);
      // The running group cannot take a consumer more (its topics are fixed while it runs).
      expect(() => first.messaging.consumer('workflow.late-comer')).toThrow('add every consumer before they start');
    } finally {
      await first.messaging.stop();
    }

    // Published while the service was down: a new process of it joins the same group and the new event reaches each of
    // its consumers once; nothing is recorded twice.
    const later = await publishScenario();
    const second = workflowMessaging();
    await second.messaging.start();
    try {
      await eventually(async () => ((await inboxOf(later)).length === 2 ? true : undefined), slowTimeout(0.5));
      const { rows } = await db!.query<{ n: string }>(`SELECT count(*) AS n FROM ${quoteIdentifier(SCHEMA)}.inbox`);
      expect(Number(rows[0]!.n)).toBe(5);
      expect(second.bus.groups).toEqual(['workflow.events']);
    } finally {
      await second.messaging.stop();
    }
  });
});
