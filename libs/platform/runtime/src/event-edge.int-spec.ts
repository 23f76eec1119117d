import { randomUUID } from 'node:crypto';
import { Controller, Module, type DynamicModule } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { buildEnvelope, DEAD_LETTER_TOPIC, InboxContext, InProcessMessageBus, OnEvent, SERVICE_DATABASE, serviceRuntimeProviders, type DeliveredMessage, type InboxEvent } from '@scq/platform-messaging';
import { createLogger } from '@scq/platform-observability';
import type { Database } from '@scq/platform-persistence';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { bootstrapHost, type RunningHost } from './bootstrap-host';


class ProbeTable implements MigrationInterface {
  name = 'ProbeTable1765000000001';
  async up(runner: QueryRunner): Promise<void> {
    await runner.query('CREATE TABLE probe.seen (event_id uuid PRIMARY KEY, title text NOT NULL)');
  }
  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE probe.seen');
  }
}

const logistics: string[] = [];

/** A service's event handler, written the Nest way: discovered by Nest, run through the service's inbox. */
@Controller()
class ProbeConsumer {
  /** Only the logistics scenarios: the others are declined before any transaction. */
  @OnEvent('registry.scenario.v1', 'registry.scenario.registered', 'probe.logistics', { when: (event) => event.data.domainCode === 'smart-logistics' })
  async logisticsRegistered(@Payload() event: InboxEvent<'registry.scenario.v1', 'registry.scenario.registered'>): Promise<void> {
    logistics.push(event.id);
  }

  @OnEvent('registry.scenario.v1', 'registry.scenario.registered', 'probe.scenarios')
  async registered(@Payload() event: InboxEvent<'registry.scenario.v1', 'registry.scenario.registered'>, @Ctx() context: InboxContext): Promise<void> {
    await context.transaction.query('INSERT INTO probe.seen (event_id, title) VALUES ($1, $2)', [event.id, event.data.title.zh]);
    if (event.data.title.zh === '有毒') throw new Error('poisoned scenario: this handler always fails');
  }
}

@Module({})
class ProbeModule {
  static register(): DynamicModule {
    return {
      module: ProbeModule,
      controllers: [ProbeConsumer],
      providers: serviceRuntimeProviders({ service: 'probe', schema: 'probe', database: { pgliteDataDir: 'memory://' }, migrations: [ProbeTable] }),
    };
  }
}

describe('the event edge: @OnEvent handlers over the inbox', () => {
  const bus = new InProcessMessageBus();
  const deadLetters: DeliveredMessage[] = [];
  let host: RunningHost;
  let db: Database;

  beforeAll(async () => {
    await bus.subscribe('dead-letter-watcher', [DEAD_LETTER_TOPIC], async (message) => void deadLetters.push(message));
    host = await bootstrapHost({ name: 'event-edge-test', logger: createLogger('event-edge-test', 'silent'), bus, port: 0, host: '127.0.0.1', modules: [ProbeModule.register()] });
    db = host.app.get<Database>(SERVICE_DATABASE);
  });
  afterAll(async () => {
    await host?.close();
  });

  const registered = (title: string, domainCode = 'unmanned-systems') => {
    const scenarioId = randomUUID();
    const envelope = buildEnvelope('test', 'registry.scenario.v1', 'registry.scenario.registered', {
      subject: scenarioId,
      data: { scenarioId, title: { zh: title }, domainCode, ownerUnit: '市城市管理局', taxonomyVersion: '2025-draft', registeredAt: new Date().toISOString() },
    });
    return { topic: 'registry.scenario.v1', key: scenarioId, value: JSON.stringify(envelope), id: envelope.id };
  };

  it('runs the handler with the inbox row in its transaction, once however often the event is delivered', async () => {
    const message = registered('园区无人配送');
    await bus.publish([message]);
    await bus.publish([message]);
    const seen = await db.query<{ title: string }>('SELECT title FROM probe.seen WHERE event_id = $1', [message.id]);
    expect(seen.rows).toEqual([{ title: '园区无人配送' }]);
    const inbox = await db.query<{ consumer: string; status: string }>('SELECT consumer, status FROM probe.inbox WHERE message_id = $1', [message.id]);
    expect(inbox.rows).toEqual([{ consumer: 'probe.scenarios', status: 'processed' }]);
  });

  it("passes a handler's when to its consumer: what it declines reaches neither the handler nor the inbox", async () => {
    const declined = registered('路口巡检');
    const taken = registered('园区配送', 'smart-logistics');
    await bus.publish([declined]);
    await bus.publish([taken]);
    expect(logistics).toEqual([taken.id]);
    const inbox = async (id: string) => (await db.query<{ consumer: string }>('SELECT consumer FROM probe.inbox WHERE message_id = $1 ORDER BY consumer', [id])).rows.map((row) => row.consumer);
    expect({ declined: await inbox(declined.id), taken: await inbox(taken.id) }).toEqual({ declined: ['probe.scenarios'], taken: ['probe.logistics', 'probe.scenarios'] });
  });

  it('retries a failing handler, rolls back what it wrote, and dead-letters the message with the handler’s own reason', async () => {
    const message = registered('有毒');
    await bus.publish([message]);
    const seen = await db.query('SELECT 1 FROM probe.seen WHERE event_id = $1', [message.id]);
    expect(seen.rows).toEqual([]);
    const inbox = await db.query<{ status: string }>('SELECT status FROM probe.inbox WHERE message_id = $1', [message.id]);
    expect(inbox.rows).toEqual([{ status: 'dead-lettered' }]);
    // The dead letter is written to the outbox in the same transaction and relayed after commit.
    for (let i = 0; i < 200 && deadLetters.length === 0; i++) await new Promise((resolve) => setTimeout(resolve, 25));
    const letter = JSON.parse(deadLetters[0]?.value ?? '{}') as { data: { consumer: string; reason: string } };
    expect(letter.data).toMatchObject({ consumer: 'probe.scenarios', reason: expect.stringContaining('poisoned scenario: this handler always fails') });
  });
});
