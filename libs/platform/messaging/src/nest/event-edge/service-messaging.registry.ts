import type { EventConsumer } from '../../inbox/event.consumer';
import type { ServiceMessaging } from '../../service-messaging';

/**
 * Every service's messaging in this process, by schema (one in a service process, all of them in the embedded
 * host). A consumer is named `<schema>.<purpose>` (`registry.stage-read-model`), so its name says whose inbox,
 * outbox and database it runs on.
 */
export class ServiceMessagingRegistry {
  private readonly bySchema = new Map<string, ServiceMessaging>();

  add(schema: string, messaging: ServiceMessaging): void {
    this.bySchema.set(schema, messaging);
  }

  forConsumer(consumer: string): ServiceMessaging {
    const schema = consumer.split('.')[0] ?? '';
    const messaging = this.bySchema.get(schema);
    if (!messaging) {
      throw new Error(`consumer ${consumer}: no service with schema "${schema}" in this process (consumers are named <schema>.<purpose>; known: ${[...this.bySchema.keys()].join(', ') || 'none'})`);
    }
    return messaging;
  }

  /** The consumers started in this process, of every service. */
  startedConsumers(): EventConsumer[] {
    return [...this.bySchema.values()].flatMap((messaging) => messaging.allConsumers.filter((consumer) => consumer.started));
  }
}
