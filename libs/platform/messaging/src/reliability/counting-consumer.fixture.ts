/**
 * A consumer service in its own process, for the kill -9 test: an EventConsumer over Kafka whose
 * handler writes one `applied` row per event in the same transaction as the inbox row, then holds the
 * transaction open for `delayMs` (a slow consumer, easy to kill mid-stream and mid-transaction).
 * Reports on stdout, one JSON line each: `ready`, then one `delivery` per message the bus delivered,
 * with `fresh: false` when the inbox absorbed it as a duplicate.
 *
 * Run: node -r ./tools/register.js libs/platform/messaging/src/reliability/counting-consumer.fixture.ts
 */
import { openDatabase } from '@scq/platform-persistence';
import { KafkaMessageBus } from '../bus/kafka.message-bus';
import { EventConsumer } from '../inbox/event.consumer';
import { SqlInboxStore } from '../inbox/sql-inbox.store';
import { messagingMigrations } from '../messaging.migration';
import { SqlOutboxStore } from '../outbox/sql-outbox.store';
import { recordApplied } from './applied-log.fixture';
import { COUNTING_CONSUMER_CONFIG_ENV, type CountingConsumerConfig, type CountingConsumerReport } from './counting-consumer.process';
import { ObservedMessageBus } from './observed.message-bus';

function report(line: CountingConsumerReport): void {
  // stdout is a pipe: writes are synchronous on Linux, so a line is out before a SIGKILL can lose it.
  process.stdout.write(`${JSON.stringify(line)}\n`);
}

function eventIdOf(value: string): string | null {
  try {
    const id = (JSON.parse(value) as { id?: unknown }).id;
    return typeof id === 'string' ? id : null;
  } catch {
    return null;
  }
}

async function main(): Promise<void> {
  const raw = process.env[COUNTING_CONSUMER_CONFIG_ENV];
  if (!raw) throw new Error(`${COUNTING_CONSUMER_CONFIG_ENV} is not set`);
  const config = JSON.parse(raw) as CountingConsumerConfig;
  const { schema } = config;

  const db = await openDatabase({ schema, url: config.databaseUrl, migrations: [...messagingMigrations(schema)], runMigrations: false, poolSize: 4 });
  const kafka = new KafkaMessageBus({
    brokers: config.brokers,
    clientId: `counting-consumer-${process.pid}`,
    prefix: config.prefix,
    sessionTimeoutMs: config.sessionTimeoutMs,
    log: (level, message) => process.stderr.write(`[kafka ${level}] ${message}\n`),
  });
  // Several keys are handled at once (each key in order): the events this process applied tell which deliveries were fresh.
  const applied = new Set<string>();
  const bus = new ObservedMessageBus(kafka, {
    after: (message, error) => {
      const eventId = eventIdOf(message.value);
      report({
        type: 'delivery',
        eventId,
        partition: message.partition,
        offset: message.offset,
        fresh: eventId !== null && applied.delete(eventId),
        ...(error ? { error: String(error) } : {}),
      });
    },
  });
  const consumer = new EventConsumer({
    consumer: config.consumer,
    source: 'reliability-counting-consumer',
    db,
    bus,
    inbox: new SqlInboxStore(schema),
    outbox: new SqlOutboxStore(db, schema),
    log: (level, message, details) => process.stderr.write(`[consumer ${level}] ${message} ${JSON.stringify(details)}\n`),
  }).on('registry.scenario.v1', 'registry.scenario.registered', async (event, tx) => {
    await recordApplied(tx, schema, event, process.pid);
    applied.add(event.id);
    await new Promise((resolve) => setTimeout(resolve, config.delayMs));
  });

  let stopping: Promise<void> | null = null;
  const stop = () =>
    (stopping ??= (async () => {
      try {
        await consumer.stop();
        await kafka.close();
        await db.close();
      } finally {
        process.exit(0);
      }
    })());
  process.on('SIGTERM', () => void stop());
  // The parent holds our stdin: if it dies, stdin ends and we do not linger.
  process.stdin.on('end', () => void stop());
  process.stdin.resume();

  await consumer.start();
  report({ type: 'ready', pid: process.pid });
}

main().catch((error: unknown) => {
  process.stderr.write(`counting consumer failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
