import type { BusMessage, DeliveredMessage, MessageBus, MessageHandler, Subscription } from './message-bus.port';

interface Group {
  groupId: string;
  topics: Set<string>;
  handler: MessageHandler;
  offsets: Map<string, number>;
}

/**
 * The embedded mode's bus: `publish` hands each message to every subscribed group in turn and resolves
 * when all of them handled it. The relay marks outbox rows sent only after that, so a crash before then
 * redelivers from the outbox: the same at-least-once contract as Kafka, without a broker.
 * It keeps the last messages of each topic (e.g. the dead-letter topic) for inspection.
 */
export class InProcessMessageBus implements MessageBus {
  private readonly groups = new Map<string, Group>();
  private readonly retained = new Map<string, BusMessage[]>();
  private tail: Promise<void> = Promise.resolve();
  private closed = false;

  constructor(private readonly retainPerTopic = 1000) {}

  publish(messages: BusMessage[]): Promise<void> {
    if (this.closed) return Promise.reject(new Error('the in-process bus is closed'));
    // Publishes are delivered one after another, in call order, so per-key order holds across publishers.
    const delivery = this.tail.then(() => this.deliver(messages));
    this.tail = delivery.catch(() => undefined);
    return delivery;
  }

  async subscribe(groupId: string, topics: string[], handler: MessageHandler): Promise<Subscription> {
    if (this.groups.has(groupId)) throw new Error(`consumer group ${groupId} is already subscribed`);
    this.groups.set(groupId, { groupId, topics: new Set(topics), handler, offsets: new Map() });
    return { close: async () => void this.groups.delete(groupId) };
  }

  /** The most recent messages published to a topic, oldest first. */
  messages(topic: string): BusMessage[] {
    return [...(this.retained.get(topic) ?? [])];
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.tail;
    this.groups.clear();
  }

  private async deliver(messages: BusMessage[]): Promise<void> {
    for (const message of messages) {
      this.retain(message);
      for (const group of this.groups.values()) {
        if (!group.topics.has(message.topic)) continue;
        const offset = group.offsets.get(message.topic) ?? 0;
        const delivered: DeliveredMessage = { ...message, partition: 0, offset: String(offset) };
        await group.handler(delivered);
        group.offsets.set(message.topic, offset + 1);
      }
    }
  }

  private retain(message: BusMessage): void {
    const list = this.retained.get(message.topic) ?? [];
    list.push(message);
    if (list.length > this.retainPerTopic) list.shift();
    this.retained.set(message.topic, list);
  }
}
