import { randomUUID } from 'node:crypto';
import { openDatabase, type Database } from '@scq/platform-persistence';
import type { MessageDeadLetteredV1 } from '@scq/contracts';
import { InProcessMessageBus } from '../bus/in-process.message-bus';
import { messagingMigrations } from '../messaging.migration';
import { buildEnvelope } from '../outbox/event.publisher';
import { SqlOutboxStore } from '../outbox/sql-outbox.store';
import { EventConsumer } from './event.consumer';
import { SqlInboxStore } from './sql-inbox.store';

/** The consumer's dead-letter replay, on PGlite with the in-process bus (the Kafka path is in reliability/). */
describe('EventConsumer dead-letter replay', () => {
  let db: Database;
  const bus = new InProcessMessageBus();

  beforeAll(async () => {
    db = await openDatabase({ schema: 'replay', pgliteDataDir: 'memory://', migrations: [...messagingMigrations('replay')] });
  });
  afterAll(async () => {
    await bus.close();
    await db?.close();
  });

  it('replays a dead-lettered event once its handler is fixed, and only once', async () => {
    const outbox = new SqlOutboxStore(db, 'replay');
    let broken = true;
    const applied: string[] = [];
    const consumer = new EventConsumer({ consumer: 'replay-test', source: 'test', db, bus, inbox: new SqlInboxStore('replay'), outbox, maxAttempts: 2, baseDelayMs: 1 }).on(
      'registry.scenario.v1',
      'registry.scenario.registered',
      async (event) => {
        if (broken) throw new Error('downstream unavailable');
        applied.push(event.id);
      },
    );
    const scenarioId = randomUUID();
    const event = buildEnvelope('test', 'registry.scenario.v1', 'registry.scenario.registered', {
      subject: scenarioId,
      data: { scenarioId, title: { zh: '智慧工地' }, domainCode: 'construction-safety', ownerUnit: '市住房城乡建委', taxonomyVersion: '2025-draft', registeredAt: new Date().toISOString() },
    });
    await consumer.handle({ topic: 'registry.scenario.v1', key: scenarioId, value: JSON.stringify(event), partition: 0, offset: '7' });

    const [row] = (await db.query<{ payload: string }>("SELECT payload FROM replay.outbox WHERE topic = 'platform.dead-letter.v1'")).rows;
    const deadLetter = JSON.parse(row.payload).data as MessageDeadLetteredV1;
    expect(deadLetter).toMatchObject({ consumer: 'replay-test', attempts: 2, reason: expect.stringContaining('downstream unavailable'), original: { offset: '7' } });

    broken = false;
    expect(await consumer.replay(deadLetter, event.id)).toBe(true);
    expect(applied).toEqual([event.id]);
    expect(await consumer.replay(deadLetter, event.id)).toBe(false);
    await consumer.handle({ topic: 'registry.scenario.v1', key: scenarioId, value: JSON.stringify(event), partition: 0, offset: '7' });
    expect(applied).toEqual([event.id]);
  });

  it('dead-letters a failing dead letter once, but not a dead letter of a dead letter (no endless loop)', async () => {
    const outbox = new SqlOutboxStore(db, 'replay');
    const consumer = new EventConsumer({ consumer: 'dead-letter-keeper', source: 'test', db, bus, inbox: new SqlInboxStore('replay'), outbox, maxAttempts: 1, baseDelayMs: 1 }).on(
      'platform.dead-letter.v1',
      'platform.message.dead-lettered',
      async () => {
        throw new Error('store unavailable');
      },
    );
    const deadLetters = async () => (await db.query<{ payload: string }>("SELECT payload FROM replay.outbox WHERE topic = 'platform.dead-letter.v1' AND message_key = 'dead-letter-keeper'")).rows;
    const first = buildEnvelope('test', 'platform.dead-letter.v1', 'platform.message.dead-lettered', {
      subject: 'some-consumer',
      data: { consumer: 'some-consumer', reason: 'boom', attempts: 4, original: { topic: 'registry.scenario.v1', key: null, value: '{}', partition: 0, offset: '1' }, failedAt: new Date().toISOString() },
    });
    await consumer.handle({ topic: 'platform.dead-letter.v1', key: 'some-consumer', value: JSON.stringify(first), partition: 0, offset: '1' });
    const [second] = await deadLetters();
    expect(JSON.parse(second.payload).data.original.topic).toBe('platform.dead-letter.v1');

    // The dead letter of the dead letter reaches the same failing consumer: it is not dead-lettered again.
    await consumer.handle({ topic: 'platform.dead-letter.v1', key: 'dead-letter-keeper', value: second.payload, partition: 0, offset: '2' });
    expect(await deadLetters()).toHaveLength(1);
  });
});
