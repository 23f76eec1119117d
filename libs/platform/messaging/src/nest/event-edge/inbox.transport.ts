import { Server, type CustomTransportStrategy, type MessageHandler } from '@nestjs/microservices';
import type { EventTypeOf, TopicName } from '@scq/contracts';
import { lastValueFrom, type Observable } from 'rxjs';
import { startConsumers, type EventConsumer } from '../../inbox/event.consumer';
import { InboxContext } from './inbox.context';
import type { InboxEventExtras, InboxEventPattern } from './on-event.decorator';
import type { ServiceMessagingRegistry } from './service-messaging.registry';

/**
 * The event edge as a Nest transport: every `@OnEvent` handler Nest discovered is registered on its service's
 * EventConsumer (Kafka or the in-process bus → validation → inbox row → handler, one transaction; retries and dead
 * letters as before) and the consumers start. Publishing never goes through here: only the outbox publishes.
 */
export class InboxTransport extends Server implements CustomTransportStrategy {
  private readonly started: EventConsumer[] = [];

  constructor(private readonly registry: ServiceMessagingRegistry) {
    super();
  }

  async listen(callback: (error?: unknown) => void): Promise<void> {
    try {
      for (const [key, handler] of this.getHandlers()) this.register(JSON.parse(key) as InboxEventPattern, handler);
      // Subscribed, not yet joined: the host serves HTTP while the groups join, and logs when they have (bootstrap-host.ts).
      await startConsumers(this.started, { awaitJoin: false });
      callback();
    } catch (error) {
      callback(error);
    }
  }

  async close(): Promise<void> {
    for (const consumer of this.started.splice(0)) await consumer.stop();
  }

  on(): never {
    throw new Error('InboxTransport has no transport events');
  }

  unwrap<T>(): T {
    return this.registry as T;
  }

  private register({ consumer, topic, type }: InboxEventPattern, handler: MessageHandler): void {
    const { when } = (handler.extras ?? {}) as InboxEventExtras;
    // Nest chains the handlers of one pattern (`next`) and runs them all: one `when` cannot speak for the others.
    if (handler.next && chainOf(handler).some((link) => (link.extras as InboxEventExtras | undefined)?.when)) {
      throw new Error(`@OnEvent(${topic}, ${type}, ${consumer}) has more than one handler: a when must be its pattern's only handler`);
    }
    const eventConsumer = this.registry.forConsumer(consumer).consumer(consumer);
    eventConsumer.on(
      topic as TopicName,
      type as EventTypeOf<TopicName>,
      async (event, tx) => {
        const result = await handler(event, new InboxContext([tx, consumer]));
        await lastValueFrom(this.transformToObservable(result) as Observable<unknown>, { defaultValue: undefined });
      },
      { when },
    );
    if (!this.started.includes(eventConsumer)) this.started.push(eventConsumer);
  }
}

function chainOf(handler: MessageHandler): MessageHandler[] {
  const links: MessageHandler[] = [];
  for (let link: MessageHandler | undefined = handler; link; link = link.next as MessageHandler | undefined) links.push(link);
  return links;
}
