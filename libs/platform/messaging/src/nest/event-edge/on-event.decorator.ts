import { EventPattern } from '@nestjs/microservices';
import type { EventDataOf, EventEnvelope, EventTypeOf, TopicName } from '@scq/contracts';

/** The pattern an `@OnEvent` handler is registered under: which consumer takes which event type from which topic. */
export interface InboxEventPattern {
  consumer: string;
  topic: string;
  type: string;
}

/** The event an `@OnEvent(topic, type, …)` handler receives with `@Payload()`, typed by the topic registry. */
export type InboxEvent<T extends TopicName, E extends EventTypeOf<T>> = EventEnvelope<EventDataOf<T, E>, E>;

/** What an `@OnEvent` handler declares beside its pattern: `when`, the events of its type it takes (EventHandlerOptions). */
export interface OnEventOptions<T extends TopicName, E extends EventTypeOf<T>> {
  when?: (event: InboxEvent<T, E>) => boolean;
}

/** The pattern's extras as Nest hands them to the transport (`handler.extras`): not part of the pattern's key. */
export interface InboxEventExtras {
  when?: (event: EventEnvelope) => boolean;
}

/**
 * `@EventPattern` for the platform's event edge: the handler runs for each `type` event on `topic` taken by the
 * consumer group `consumer` (named `<schema>.<purpose>`), through that service's inbox, in the inbox row's
 * transaction (`@Ctx() context: InboxContext`); a failure is retried and then dead-lettered. Topic and type are
 * checked against the one topic registry at compile time. With `when`, only the events it accepts get a transaction
 * and an inbox row; the rest are skipped before either.
 */
export function OnEvent<T extends TopicName, E extends EventTypeOf<T>>(topic: T, type: E, consumer: string, options: OnEventOptions<T, E> = {}): MethodDecorator {
  const pattern: InboxEventPattern = { consumer, topic, type };
  const extras: InboxEventExtras = options.when ? { when: options.when as InboxEventExtras['when'] } : {};
  return EventPattern(pattern, extras);
}
