import { randomUUID } from 'node:crypto';
import { assertEventData, eventDefinition, type EventDataOf, type EventEnvelope, type EventTypeOf, type TopicName } from '@scq/contracts';
import type { GuardedInsert, SqlExecutor } from '@scq/platform-persistence';
import { correlation, currentTraceCarrier } from '@scq/platform-observability';
import type { OutboxMessage, OutboxStore } from './outbox-store.port';

export interface PublishRequest<T extends TopicName, E extends EventTypeOf<T>> {
  /** The aggregate the event is about; also the Kafka key unless `key` says otherwise. */
  subject: string;
  data: EventDataOf<T, E>;
  key?: string;
}

/**
 * Publishes an event the only safe way: as an outbox row in the caller's transaction. The data is
 * checked against the topic registry at compile time (types) and before it is written (schema).
 */
export class EventPublisher {
  constructor(
    private readonly outbox: OutboxStore,
    private readonly source: string,
  ) {}

  async publish<T extends TopicName, E extends EventTypeOf<T>>(tx: SqlExecutor, topic: T, type: E, request: PublishRequest<T, E>): Promise<EventEnvelope<EventDataOf<T, E>, E>> {
    const envelope = buildEnvelope(this.source, topic, type, request);
    await this.outbox.append(tx, [outboxMessage(topic, type, request, envelope)]);
    return envelope;
  }

  /** The outbox row `publish` would write, checked the same way, for a statement that writes it itself (`guarded`). */
  message<T extends TopicName, E extends EventTypeOf<T>>(topic: T, type: E, request: PublishRequest<T, E>): OutboxMessage {
    return outboxMessage(topic, type, request, buildEnvelope(this.source, topic, type, request));
  }

  /** Rows made by `message`, written by a statement of their own in the caller's transaction. */
  append(tx: SqlExecutor, messages: OutboxMessage[]): Promise<void> {
    return this.outbox.append(tx, messages);
  }

  /** `messages` written inside a lifecycle transition's own write, only if it wins (`runner.send(tx, command, { outbox })`). */
  guarded(messages: OutboxMessage[]): GuardedInsert | null {
    return this.outbox.guardedAppend(messages);
  }
}

function outboxMessage(topic: string, type: string, request: { subject: string; key?: string }, envelope: EventEnvelope<unknown, string>): OutboxMessage {
  return { id: envelope.id, topic, key: request.key ?? request.subject, eventType: type, payload: JSON.stringify(envelope), headers: {}, traceContext: currentTraceCarrier() };
}

export function buildEnvelope<T extends TopicName, E extends EventTypeOf<T>>(source: string, topic: T, type: E, request: PublishRequest<T, E>): EventEnvelope<EventDataOf<T, E>, E> {
  const context = correlation.currentOrNew();
  const definition = eventDefinition(topic, type);
  if (!definition) throw new Error(`event type ${type} is not registered on topic ${topic}`);
  return {
    specversion: '1.0',
    id: randomUUID(),
    type,
    source,
    subject: request.subject,
    time: new Date().toISOString(),
    datacontenttype: 'application/json',
    correlationid: context.correlationId,
    causationid: context.causationId,
    schemaversion: definition.schemaVersion,
    data: assertEventData(topic, type, request.data),
  };
}
