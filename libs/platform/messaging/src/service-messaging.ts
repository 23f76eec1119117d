import type { Database } from '@scq/platform-persistence';
import { platformMetrics, type Logger } from '@scq/platform-observability';
import type { MessageBus } from './bus/message-bus.port';
import { EventConsumer } from './inbox/event.consumer';
import { SqlInboxStore } from './inbox/sql-inbox.store';
import { EventPublisher } from './outbox/event.publisher';
import { OutboxRelay } from './outbox/outbox.relay';
import { SqlOutboxStore } from './outbox/sql-outbox.store';

export interface ServiceMessagingOptions {
  service: string;
  db: Database;
  bus: MessageBus;
  logger: Logger;
  relayIdleDelayMs?: number;
}

/** One service's messaging, wired: its outbox and publisher, its relay, its consumers over its inbox. */
export class ServiceMessaging {
  readonly outbox: SqlOutboxStore;
  readonly inbox: SqlInboxStore;
  readonly publisher: EventPublisher;
  readonly relay: OutboxRelay;
  private readonly consumers: EventConsumer[] = [];
  private unregisterMetrics: Array<() => void> = [];

  constructor(private readonly options: ServiceMessagingOptions) {
    const { db, bus, service, logger } = options;
    this.outbox = new SqlOutboxStore(db, db.schema);
    this.inbox = new SqlInboxStore(db.schema);
    this.publisher = new EventPublisher(this.outbox, service);
    this.relay = new OutboxRelay({
      store: this.outbox,
      bus,
      service,
      // PGlite's folder is this process's alone: its commits wake the relay, and a frequent poll would only take the one session from requests.
      idleDelayMs: options.relayIdleDelayMs ?? (db.engine === 'pglite' ? 1000 : undefined),
      onError: (error) => {
        platformMetrics.relayFailed(service);
        logger.warn({ err: error }, 'outbox relay failed; retrying');
      },
    });
    this.outbox.whenCommitted(() => this.relay.nudge());
  }

  /** The consumer of this name (its group id), created on first use; its dead letters go out through this outbox. */
  consumer(name: string): EventConsumer {
    const existing = this.consumers.find((consumer) => consumer.name === name);
    if (existing) return existing;
    const { db, bus, service, logger } = this.options;
    const consumer = new EventConsumer({
      consumer: name,
      source: service,
      db,
      bus,
      inbox: this.inbox,
      outbox: this.outbox,
      log: (level, message, details) => logger[level](details, message),
    });
    this.consumers.push(consumer);
    return consumer;
  }

  async start(): Promise<void> {
    const { service, db } = this.options;
    this.unregisterMetrics = [platformMetrics.outbox.add(service, () => this.outbox.backlog())];
    const pool = db.poolStats?.bind(db);
    if (pool) this.unregisterMetrics.push(platformMetrics.databasePool.add(service, pool));
    this.relay.start();
    for (const consumer of this.consumers) await consumer.start();
  }

  async stop(): Promise<void> {
    for (const consumer of this.consumers) await consumer.stop();
    await this.relay.stop();
    for (const unregister of this.unregisterMetrics.splice(0)) unregister();
  }
}
