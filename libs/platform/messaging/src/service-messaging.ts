import type { Database, NotificationListener } from '@scq/platform-persistence';
import { platformMetrics, type Logger } from '@scq/platform-observability';
import type { MessageBus } from './bus/message-bus.port';
import { EventConsumer, startConsumers } from './inbox/event.consumer';
import { outboxChannel, outboxWakeLock } from './messaging.migration';
import { SqlInboxStore } from './inbox/sql-inbox.store';
import { EventPublisher } from './outbox/event.publisher';
import { OutboxRelay } from './outbox/outbox.relay';
import { relayStallSeam } from './outbox/relay-stall.seam';
import { SqlOutboxStore } from './outbox/sql-outbox.store';

export interface ServiceMessagingOptions {
  service: string;
  db: Database;
  bus: MessageBus;
  logger: Logger;
  /** The relay's safety poll when nothing wakes it (1 s by default: commits wake it). */
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
  private listener: NotificationListener | null = null;

  constructor(private readonly options: ServiceMessagingOptions) {
    const { db, bus, service, logger } = options;
    this.outbox = new SqlOutboxStore(db, db.schema);
    this.inbox = new SqlInboxStore(db.schema);
    this.publisher = new EventPublisher(this.outbox, service);
    this.relay = new OutboxRelay({
      store: this.outbox,
      bus,
      service,
      idleDelayMs: options.relayIdleDelayMs,
      wake: db.listen ? { arm: () => this.armWake(), disarm: () => this.disarmWake() } : undefined,
      // Tests and the simulator's --chaos only (refused in production): stall between publish and mark.
      afterPublish: relayStallSeam(),
      onError: (error) => {
        platformMetrics.relayFailed(service);
        logger.warn({ err: error }, 'outbox relay failed; retrying');
      },
    });
    // Commits wake the relay: this process's own at once (after commit), any other process's by NOTIFY (started below).
    this.outbox.whenCommitted(() => this.relay.nudge());
  }

  /**
   * The consumer of this name (its inbox key), created on first use; its dead letters go out through this outbox. On a
   * bus that `sharesGroups` (Kafka) every consumer of the service takes its events through one group, `<service>.events`,
   * and they start together; otherwise the name is also its group id.
   */
  consumer(name: string): EventConsumer {
    const existing = this.consumers.find((consumer) => consumer.name === name);
    if (existing) return existing;
    const { db, bus, service, logger } = this.options;
    // A running Kafka group cannot take a topic more: a second member with other topics would split its partitions.
    if (bus.sharesGroups && this.consumers.some((consumer) => consumer.started)) {
      throw new Error(`consumer ${name}: the consumers of ${service} share group ${serviceGroup(service)}, which is running; add every consumer before they start`);
    }
    const consumer = new EventConsumer({
      consumer: name,
      ...(bus.sharesGroups ? { group: serviceGroup(service) } : {}),
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

  /** Every consumer of this service's messaging, started or not. */
  get allConsumers(): readonly EventConsumer[] {
    return this.consumers;
  }

  /**
   * Starts the relay and the consumers; resolves once every consumer's group is joined, or with `awaitJoin: false` once
   * they are subscribed (a service host: it serves HTTP while they join, and reports the joins on its own).
   */
  async start(options: { awaitJoin?: boolean } = {}): Promise<void> {
    const { service, db } = this.options;
    this.unregisterMetrics = [platformMetrics.outbox.add(service, () => this.outbox.backlog())];
    const pool = db.poolStats?.bind(db);
    if (pool) this.unregisterMetrics.push(platformMetrics.databasePool.add(service, pool));
    // Another replica's commits (or a row written by hand) arrive as NOTIFY from the outbox's trigger, where the database can.
    if (db.listen) this.listener = await db.listen(outboxChannel(db.schema), () => this.relay.nudge());
    this.relay.start();
    await startConsumers(this.consumers, options);
  }

  /** Before the relay sleeps: hold the wake lock, so that the outbox's trigger NOTIFYs (false when not listening or another relay holds it). */
  private async armWake(): Promise<boolean> {
    if (!this.listener) return false;
    try {
      const { rows } = await this.listener.query<{ armed: boolean }>('SELECT pg_try_advisory_lock($1) AS armed', [outboxWakeLock(this.options.db.schema)]);
      return rows[0]?.armed === true;
    } catch {
      return false; // reconnecting: the safety poll and the reconnection's own wake-up cover the gap
    }
  }

  private async disarmWake(): Promise<void> {
    await this.listener?.query('SELECT pg_advisory_unlock($1)', [outboxWakeLock(this.options.db.schema)]).catch(() => undefined);
  }

  async stop(): Promise<void> {
    for (const consumer of this.consumers) await consumer.stop();
    await this.relay.stop();
    await this.listener?.close();
    this.listener = null;
    for (const unregister of this.unregisterMetrics.splice(0)) unregister();
  }
}

/** The bus group every consumer of a service shares on a bus that `sharesGroups`. */
export function serviceGroup(service: string): string {
  return `${service}.events`;
}
