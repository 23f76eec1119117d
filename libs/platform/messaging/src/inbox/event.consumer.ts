import { createHash } from 'node:crypto';
import { type EventDataOf, type MessageDeadLetteredV1, type EventEnvelope, type EventTypeOf, type TopicName } from '@scq/contracts';
import type { Database, Transaction } from '@scq/platform-persistence';
import { contextFromCarrier, correlation, currentTraceCarrier, platformMetrics, SpanKind, withSpan } from '@scq/platform-observability';
import type { DeliveredMessage, MessageBus, Subscription } from '../bus/message-bus.port';
import { buildEnvelope } from '../outbox/event.publisher';
import type { OutboxStore } from '../outbox/outbox-store.port';
import { decodeMessage, type DecodedMessage } from './decode-message';
import type { InboxStore } from './inbox-store.port';
import { subscribeSharedGroup } from './shared-group';

export const DEAD_LETTER_TOPIC = 'platform.dead-letter.v1' satisfies TopicName;

/**
 * The header a dead letter's replay carries: the consumer it is replayed for. That consumer alone forgets its
 * dead-lettered inbox row for the message (in the handler's transaction) and handles it; every other consumer,
 * and this one once it has processed the message, still skips it as a duplicate.
 */
export const REPLAY_FOR_HEADER = 'scq-replay-for';

export type EventHandler<T extends TopicName, E extends EventTypeOf<T>> = (event: EventEnvelope<EventDataOf<T, E>, E>, tx: Transaction) => Promise<void>;

export interface EventHandlerOptions<T extends TopicName, E extends EventTypeOf<T>> {
  /**
   * Which events of its type the handler takes, judged on the validated event alone (pure, no I/O). An event it
   * declines costs no transaction and leaves no inbox row (counted as `ignored`); a `when` that throws dead-letters
   * the event at once (it would throw again).
   */
  when?: (event: EventEnvelope<EventDataOf<T, E>, E>) => boolean;
}

export interface EventConsumerOptions {
  /** The consumer's name: its inbox key, and its Kafka group id unless it shares `group`. */
  consumer: string;
  /**
   * The bus group it shares with the other consumers of its service (ServiceMessaging, on a bus that `sharesGroups`);
   * such consumers start together, through `startConsumers`.
   */
  group?: string;
  /** The service that owns the consumer (the `source` of the dead-letter events it writes). */
  source: string;
  db: Database;
  bus: MessageBus;
  inbox: InboxStore;
  outbox: OutboxStore;
  maxAttempts?: number;
  baseDelayMs?: number;
  log?: (level: 'debug' | 'info' | 'warn' | 'error', message: string, details: Record<string, unknown>) => void;
}

interface Registered {
  handle: (event: EventEnvelope, tx: Transaction) => Promise<void>;
  when?: (event: EventEnvelope) => boolean;
}

/**
 * Takes events from the bus into one service: validates each against the topic registry, skips those its handler's
 * `when` declines (no transaction, no inbox row), runs its handler
 * with the inbox row in the same transaction (a redelivered message is skipped), retries a failing handler
 * with backoff, and sends what cannot be handled — malformed, invalid or failing — to the dead-letter
 * topic with the original bytes and the reason, then moves on.
 */
export class EventConsumer {
  private readonly handlers = new Map<string, Registered>();
  private readonly topics = new Set<string>();
  private subscription: Subscription | null = null;

  constructor(private readonly options: EventConsumerOptions) {}

  get name(): string {
    return this.options.consumer;
  }

  /** The bus group it shares with other consumers, if any. */
  get group(): string | undefined {
    return this.options.group;
  }

  get bus(): MessageBus {
    return this.options.bus;
  }

  /** The topics its handlers take. */
  get topicNames(): string[] {
    return [...this.topics];
  }

  /** Subscribed to the bus (its group may still be joining). */
  get started(): boolean {
    return this.subscription !== null;
  }

  on<T extends TopicName, E extends EventTypeOf<T>>(topic: T, type: E, handler: EventHandler<T, E>, options: EventHandlerOptions<T, E> = {}): this {
    this.topics.add(topic);
    this.handlers.set(`${topic}\u0000${type}`, { handle: handler as unknown as Registered['handle'], when: options.when as Registered['when'] });
    return this;
  }

  /**
   * Subscribes; by default resolves once the group is joined. With `awaitJoin: false` it resolves once subscribed and
   * `joined()` tells when the group is joined (a service serves HTTP meanwhile: nothing published is lost).
   */
  async start(options: { awaitJoin?: boolean } = {}): Promise<void> {
    if (this.subscription) return;
    if (this.options.group !== undefined) throw new Error(`consumer ${this.options.consumer} shares group ${this.options.group}: start it with the rest of its group (startConsumers)`);
    this.subscription = await this.options.bus.subscribe(this.options.consumer, [...this.topics], (message) => this.handle(message), options);
  }

  /** Takes its messages through a subscription shared with the other consumers of its group (startConsumers). */
  attach(subscription: Subscription): void {
    if (this.subscription) throw new Error(`consumer ${this.options.consumer} is already started`);
    this.subscription = subscription;
  }

  /** Resolves once the consumer's group is joined (at once on a bus without groups); rejects if it was never started. */
  async joined(): Promise<void> {
    if (!this.subscription) throw new Error(`consumer ${this.options.consumer} is not started`);
    await this.subscription.joined?.();
  }

  async stop(): Promise<void> {
    await this.subscription?.close();
    this.subscription = null;
  }

  /**
   * Hands a dead-lettered message to this consumer again, once its cause is fixed: the inbox forgets
   * the dead letter and the original bytes go through validation and the handler as on first delivery.
   * Returns false if this consumer never dead-lettered the message.
   */
  async replay(deadLetter: MessageDeadLetteredV1, originalMessageId: string): Promise<boolean> {
    if (deadLetter.consumer !== this.options.consumer) return false;
    const forgotten = await this.options.db.transaction((tx) => this.options.inbox.forgetDeadLetter(tx, originalMessageId, this.options.consumer));
    if (!forgotten) return false;
    const { topic, key, value, partition, offset } = deadLetter.original;
    await this.handle({ topic, key, value, partition, offset });
    return true;
  }

  /** Whether one of its handlers takes events of this type on this topic. */
  takes(topic: string, type: string): boolean {
    return this.handlers.has(`${topic}\u0000${type}`);
  }

  /**
   * Handles one delivered message in a span continuing the trace its headers carry (`traceparent`, `tracestate`): the
   * span's parent is the producer's context, whatever span the transport has active.
   */
  handle(message: DeliveredMessage): Promise<void> {
    return this.inSpan(message, () => this.handleDecoded(message, decodeMessage(message)));
  }

  /**
   * Handles a message its shared group has decoded once for all its members (shared-group.ts), in the same span as
   * `handle`. The group hands it only what this consumer takes: an event of a type it has a handler for, or a message
   * that did not decode (each member of the topic dead-letters it under its own name).
   */
  handleShared(message: DeliveredMessage, decoded: DecodedMessage): Promise<void> {
    return this.inSpan(message, () => this.handleDecoded(message, decoded));
  }

  private inSpan(message: DeliveredMessage, work: () => Promise<void>): Promise<void> {
    const parent = message.headers?.traceparent ? contextFromCarrier(message.headers) : undefined;
    const attributes = { 'messaging.operation.type': 'process', 'messaging.destination.name': message.topic, 'messaging.consumer.group.name': this.options.consumer, ...(message.key ? { 'messaging.kafka.message.key': message.key } : {}), ...(message.headers?.ce_id ? { 'messaging.message.id': message.headers.ce_id } : {}) };
    return withSpan(`process ${message.topic}`, { kind: SpanKind.CONSUMER, parent, attributes }, work);
  }

  private async handleDecoded(message: DeliveredMessage, decoded: DecodedMessage): Promise<void> {
    if (!decoded.ok) return this.deadLetter(message, null, decoded.reason, 0);
    const envelope = decoded.envelope;
    const handler = this.handlers.get(`${message.topic}\u0000${envelope.type}`);
    if (!handler) return;
    if (handler.when) {
      let wanted: boolean;
      try {
        wanted = handler.when(envelope);
      } catch (error) {
        return this.deadLetter(message, envelope, `the handler's when failed: ${errorMessage(error)}`, 0);
      }
      if (!wanted) return this.ignore(message, envelope);
    }

    const maxAttempts = this.options.maxAttempts ?? 4;
    let lastError: unknown;
    for (let attempt = 1; attempt <= maxAttempts; attempt++) {
      try {
        const fresh = await correlation.run({ correlationId: envelope.correlationid, causationId: envelope.id }, () =>
          this.options.db.transaction(async (tx) => {
            if (message.headers?.[REPLAY_FOR_HEADER] === this.options.consumer) await this.options.inbox.forgetDeadLetter(tx, envelope.id, this.options.consumer);
            const recorded = await this.options.inbox.record(tx, { messageId: envelope.id, consumer: this.options.consumer, topic: message.topic, eventType: envelope.type, status: 'processed' });
            if (recorded) await handler.handle(envelope, tx);
            return recorded;
          }),
        );
        platformMetrics.consumed(this.options.consumer, message.topic, fresh ? 'handled' : 'duplicate');
        correlation.run({ correlationId: envelope.correlationid, causationId: envelope.id }, () =>
          this.options.log?.('info', fresh ? 'event handled' : 'duplicate skipped (already in the inbox)', { consumer: this.options.consumer, eventId: envelope.id, type: envelope.type, attempt }),
        );
        return;
      } catch (error) {
        lastError = error;
        platformMetrics.consumed(this.options.consumer, message.topic, 'failed-attempt');
        correlation.run({ correlationId: envelope.correlationid, causationId: envelope.id }, () =>
          this.options.log?.('warn', 'event handler failed', { consumer: this.options.consumer, eventId: envelope.id, type: envelope.type, attempt, error: errorMessage(error) }),
        );
        if (attempt < maxAttempts) await delay((this.options.baseDelayMs ?? 100) * 2 ** (attempt - 1));
      }
    }
    return this.deadLetter(message, envelope, `handler failed after ${maxAttempts} attempts: ${errorMessage(lastError)}`, maxAttempts);
  }

  /**
   * An event its handler's `when` declines: nothing is written, unless it is this consumer's replay of a dead letter,
   * whose dead-lettered inbox row is forgotten (the event is then as if declined on first delivery).
   */
  private async ignore(message: DeliveredMessage, envelope: EventEnvelope): Promise<void> {
    const { consumer, db, inbox } = this.options;
    if (message.headers?.[REPLAY_FOR_HEADER] === consumer) await db.transaction((tx) => inbox.forgetDeadLetter(tx, envelope.id, consumer));
    platformMetrics.consumed(consumer, message.topic, 'ignored');
    // At debug: most events a service's group receives are declined by some consumer's `when`; the metric counts them.
    correlation.run({ correlationId: envelope.correlationid, causationId: envelope.id }, () =>
      this.options.log?.('debug', "event ignored (its handler's when declined it)", { consumer, eventId: envelope.id, type: envelope.type }),
    );
  }

  private async deadLetter(message: DeliveredMessage, envelope: EventEnvelope | null, reason: string, attempts: number): Promise<void> {
    const { consumer, source, db, inbox, outbox } = this.options;
    const messageId = envelope?.id ?? unparsedMessageId(message);
    const replayed = message.headers?.[REPLAY_FOR_HEADER] === consumer;
    const context = envelope ? { correlationId: envelope.correlationid, causationId: envelope.id } : correlation.currentOrNew();
    const fresh = await correlation.run(context, () =>
      db.transaction(async (tx) => {
        if (replayed) await inbox.forgetDeadLetter(tx, messageId, consumer);
        const recorded = await inbox.record(tx, { messageId, consumer, topic: message.topic, eventType: envelope?.type ?? null, status: 'dead-lettered' });
        if (!recorded) return false;
        // A dead letter of a dead letter that fails again stops here (logged, kept in the inbox): a consumer of this
        // topic that keeps failing must not feed itself new dead letters without end.
        if (message.topic === DEAD_LETTER_TOPIC && originalTopicOf(envelope) === DEAD_LETTER_TOPIC) return 'dropped' as const;
        const dead = buildEnvelope(source, DEAD_LETTER_TOPIC, 'platform.message.dead-lettered', {
          subject: consumer,
          data: {
            consumer,
            reason: reason.slice(0, 4000),
            attempts,
            original: { topic: message.topic, key: message.key, value: message.value, partition: message.partition, offset: message.offset, ...(originalHeaders(message) ? { headers: originalHeaders(message) } : {}) },
            failedAt: new Date().toISOString(),
          },
        });
        await outbox.append(tx, [{ id: dead.id, topic: DEAD_LETTER_TOPIC, key: consumer, eventType: dead.type, payload: JSON.stringify(dead), headers: {}, traceContext: currentTraceCarrier() }]);
        return true;
      }),
    );
    if (!fresh) {
      this.options.log?.('info', 'dead letter already written for this message: skipped', { consumer, topic: message.topic, offset: message.offset, messageId });
      return;
    }
    if (fresh === 'dropped') {
      this.options.log?.('error', 'a dead letter of a dead letter failed again: not dead-lettered once more', { consumer, topic: message.topic, offset: message.offset, messageId, reason });
      return;
    }
    platformMetrics.consumed(consumer, message.topic, 'dead-lettered');
    this.options.log?.('error', 'message dead-lettered', { consumer, topic: message.topic, offset: message.offset, reason });
  }
}

/** The inbox id of a message that has no readable event id: derived from its bytes, so a redelivery matches. */
export function unparsedMessageId(message: Pick<DeliveredMessage, 'topic' | 'key' | 'value'>): string {
  return `unparsed-${createHash('sha256').update(`${message.topic}\u0000${message.key}\u0000${message.value}`).digest('hex')}`;
}

function originalTopicOf(envelope: EventEnvelope | null): string | null {
  const original = (envelope?.data as { original?: { topic?: unknown } } | undefined)?.original;
  return typeof original?.topic === 'string' ? original.topic : null;
}

/** The headers the message came with, less the replay marker (a replay of a replay names its consumer afresh). */
function originalHeaders(message: DeliveredMessage): Record<string, string> | undefined {
  const entries = Object.entries(message.headers ?? {}).filter(([name]) => name !== REPLAY_FOR_HEADER);
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Starts consumers all at once: a Kafka group join waits out the broker's rebalance delay (seconds), so starting them
 * one after the other made a service with several consumers take that many times as long to become ready. Consumers that
 * share a group start as one subscription (shared-group.ts); already started ones are left as they are. If one fails,
 * every one is stopped again and the first failure is thrown. With `awaitJoin: false` it resolves once every consumer is
 * subscribed; each one's `joined()` tells when its group is joined.
 */
export async function startConsumers(consumers: readonly EventConsumer[], options: { awaitJoin?: boolean } = {}): Promise<void> {
  const groups = new Map<string, EventConsumer[]>();
  const starts: Promise<void>[] = [];
  for (const consumer of consumers) {
    if (consumer.started) continue;
    const group = consumer.group;
    if (group === undefined) starts.push(consumer.start(options));
    else groups.set(group, [...(groups.get(group) ?? []), consumer]);
  }
  for (const [group, members] of groups) starts.push(subscribeSharedGroup(group, members, options));
  const started = await Promise.allSettled(starts);
  const failed = started.find((result): result is PromiseRejectedResult => result.status === 'rejected');
  if (!failed) return;
  await Promise.allSettled(consumers.map((consumer) => consumer.stop()));
  throw failed.reason;
}
