import { randomUUID } from 'node:crypto';
import { createLogger } from '@scq/platform-observability';
import { openDatabase, type Database } from '@scq/platform-persistence';
import { createTestDatabase, eventually, slowTimeout, type TestDatabase } from '@scq/platform-testing';
import { Client } from 'pg';
import { InProcessMessageBus } from '../bus/in-process.message-bus';
import type { DeliveredMessage } from '../bus/message-bus.port';
import { messagingMigrations, outboxChannel, outboxWakeLock } from '../messaging.migration';
import { ServiceMessaging } from '../service-messaging';

jest.setTimeout(slowTimeout(2));

/**
 * The relay wakes on commit, whoever committed (issue 17): a row another process writes into the outbox reaches the bus
 * through PostgreSQL's NOTIFY (the outbox's trigger, the relay's LISTEN), long before the relay's safety poll would look.
 */
describe('outbox relay woken by LISTEN/NOTIFY', () => {
  const schema = 'outbox_wake';
  let database: TestDatabase;
  let db: Database;

  beforeAll(async () => {
    database = await createTestDatabase('outbox_wake');
    db = await openDatabase({ schema, url: database.url, migrations: [...messagingMigrations(schema)] });
  });

  afterAll(async () => {
    await db?.close();
    await database?.drop();
  });

  it('relays a row committed by another connection at once, with a one-minute safety poll', async () => {
    const bus = new InProcessMessageBus();
    const delivered: DeliveredMessage[] = [];
    await bus.subscribe('wake-test', ['registry.scenario.v1'], async (message) => void delivered.push(message));
    // The poll alone would not look again within the test: only a wake-up can move the row.
    const messaging = new ServiceMessaging({ service: 'wake-test', db, bus, logger: createLogger('wake-test', 'silent'), relayIdleDelayMs: 60_000 });
    await messaging.start();
    const other = new Client({ connectionString: database.url });
    await other.connect();
    try {
      // Let the relay's first (empty) pass finish, so it sleeps on its poll.
      await new Promise((resolve) => setTimeout(resolve, 300));
      const id = randomUUID();
      await other.query('BEGIN');
      await other.query(`INSERT INTO ${schema}.outbox (id, topic, message_key, event_type, payload) VALUES ($1, 'registry.scenario.v1', 'k1', 'registry.scenario.registered', '{}')`, [id]);
      // Not before the commit: NOTIFY is delivered when the transaction commits.
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(delivered).toHaveLength(0);
      await other.query('COMMIT');
      await eventually(async () => (delivered.length > 0 ? true : undefined), 10_000);
      expect(delivered.map((m) => m.key)).toEqual(['k1']);
      expect(await messaging.outbox.unsentCount()).toBe(0);
    } finally {
      await other.end();
      await messaging.stop();
      await bus.close();
    }
  });

  it('notifies only while a relay sleeps holding the wake lock: busy writers send no NOTIFY', async () => {
    const listener = new Client({ connectionString: database.url });
    const relaySession = new Client({ connectionString: database.url });
    const writer = new Client({ connectionString: database.url });
    await Promise.all([listener.connect(), relaySession.connect(), writer.connect()]);
    const notices: string[] = [];
    listener.on('notification', (message) => notices.push(message.channel));
    const insert = () =>
      writer.query(`INSERT INTO ${schema}.outbox (id, topic, message_key, event_type, payload, sent_at) VALUES ($1, 'registry.scenario.v1', 'k2', 'registry.scenario.registered', '{}', now())`, [randomUUID()]);
    const settle = () => new Promise((resolve) => setTimeout(resolve, 300));
    try {
      await listener.query(`LISTEN "${outboxChannel(schema)}"`);
      await insert();
      await settle();
      expect(notices).toEqual([]);
      await relaySession.query('SELECT pg_advisory_lock($1)', [outboxWakeLock(schema)]);
      await insert();
      await settle();
      expect(notices).toEqual([outboxChannel(schema)]);
      await relaySession.query('SELECT pg_advisory_unlock($1)', [outboxWakeLock(schema)]);
      await insert();
      await settle();
      expect(notices).toHaveLength(1);
    } finally {
      await Promise.all([listener.end(), relaySession.end(), writer.end()]);
    }
  });
});
