import type { BusMessage, DeliveredMessage, MessageBus, MessageHandler, SubscribeOptions, Subscription } from '../bus/message-bus.port';

export interface DeliveryObserver {
  /** A message reached the consumer (before its handler runs). */
  before?(message: DeliveredMessage): void;
  /** The consumer's handler finished with the message (`error` when it threw). */
  after?(message: DeliveredMessage, error?: unknown): void;
}

/**
 * A MessageBus that passes everything through to a real bus and reports each delivery: lets a test
 * compare what the transport delivered (duplicates included) with what the consumer applied.
 */
export class ObservedMessageBus implements MessageBus {
  constructor(
    private readonly inner: MessageBus,
    private readonly observer: DeliveryObserver,
  ) {}

  get sharesGroups(): boolean | undefined {
    return this.inner.sharesGroups;
  }

  publish(messages: BusMessage[]): Promise<void> {
    return this.inner.publish(messages);
  }

  subscribe(groupId: string, topics: string[], handler: MessageHandler, options?: SubscribeOptions): Promise<Subscription> {
    return this.inner.subscribe(groupId, topics, async (message) => {
      this.observer.before?.(message);
      try {
        await handler(message);
      } catch (error) {
        this.observer.after?.(message, error);
        throw error;
      }
      this.observer.after?.(message);
    }, options);
  }

  close(): Promise<void> {
    return this.inner.close();
  }
}
