import { EventEmitter } from 'node:events';
import type { Redis } from 'ioredis';
import type { InboxChanges } from '@scq/notification-application';
import type { Recipient } from '@scq/notification-domain';
import { afterCommit, type SqlExecutor } from '@scq/platform-persistence';


/** ioredis is required when a Redis client is made (~17 MiB resident): the embedded mode and tests without Redis never need it. */
const ioredis = () => require('ioredis') as typeof import('ioredis');

export type InboxChangeListener = (recipients: Recipient[]) => void;

/**
 * Carries "these recipients' inboxes changed" to every instance of the service, this one included: each instance's
 * open inbox streams then recount those recipients (and only those).
 */
export interface InboxChangeBus {
  publish(recipients: Recipient[]): void;
  subscribe(listener: InboxChangeListener): () => void;
  start(): Promise<void>;
  close(): Promise<void>;
}

/** One process (the embedded mode, or a single instance without Redis). */
export class LocalInboxChangeBus implements InboxChangeBus {
  private readonly emitter = new EventEmitter().setMaxListeners(0);

  publish(recipients: Recipient[]): void {
    if (recipients.length > 0) this.emitter.emit('changed', recipients);
  }

  subscribe(listener: InboxChangeListener): () => void {
    this.emitter.on('changed', listener);
    return () => this.emitter.off('changed', listener);
  }

  /** Nothing to connect in one process. */
  start(): Promise<void> {
    return Promise.resolve();
  }

  async close(): Promise<void> {
    this.emitter.removeAllListeners();
  }
}

/**
 * Redis pub/sub across replicas: a change published by any instance reaches every instance's subscribers (its own
 * through Redis too, so each change is heard once). A message lost while Redis is away only delays a count until the
 * next change or reconnection of the stream: the inbox rows stay the truth.
 */
export class RedisInboxChangeBus implements InboxChangeBus {
  private readonly channel: string;
  private readonly publisher: Redis;
  private readonly subscriber: Redis;
  private readonly local = new LocalInboxChangeBus();
  private readonly onError: (error: unknown) => void;

  constructor(options: { url: string; prefix: string; onError: (error: unknown) => void }) {
    this.channel = `${options.prefix}:notification:inbox-changed`;
    this.publisher = new (ioredis().Redis)(options.url, { lazyConnect: true, maxRetriesPerRequest: 1 });
    this.subscriber = new (ioredis().Redis)(options.url, { lazyConnect: true });
    for (const client of [this.publisher, this.subscriber]) client.on('error', options.onError);
    this.subscriber.on('message', (channel: string, message: string) => {
      if (channel !== this.channel) return;
      try {
        this.local.publish(JSON.parse(message) as Recipient[]);
      } catch (error) {
        options.onError(error);
      }
    });
    this.onError = options.onError;
  }

  publish(recipients: Recipient[]): void {
    if (recipients.length === 0) return;
    this.publisher.publish(this.channel, JSON.stringify(recipients)).catch(this.onError);
  }

  subscribe(listener: InboxChangeListener): () => void {
    return this.local.subscribe(listener);
  }

  async start(): Promise<void> {
    await Promise.all([this.publisher.connect(), this.subscriber.connect()]);
    await this.subscriber.subscribe(this.channel);
  }

  async close(): Promise<void> {
    await this.local.close();
    for (const client of [this.publisher, this.subscriber]) client.disconnect();
  }
}

/** The application's port: a change is published once the transaction that made it commits. */
export class InboxChangeNotifier implements InboxChanges {
  constructor(private readonly bus: InboxChangeBus) {}

  changed(tx: SqlExecutor, recipients: Recipient[]): void {
    const distinct = [...new Map(recipients.map((recipient) => [`${recipient.type}:${recipient.id}`, recipient])).values()];
    afterCommit(tx, () => this.bus.publish(distinct));
  }
}
