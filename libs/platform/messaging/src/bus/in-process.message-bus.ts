import type { BusMessage, DeliveredMessage, MessageBus, MessageHandler, Subscription } from './message-bus.port';

interface Group {
  groupId: string;
  topics: Set<string>;
  handler: MessageHandler;
  offsets: Map<string, number>;
}

/**
 * The embedded mode's bus: `publish` hands each message to every subscribed group and resolves when all of them
 * handled it. The relay marks outbox rows sent only after that, so a crash before then redelivers from the outbox:
 * the same at-least-once contract as Kafka, without a broker.
 *
 * Like Kafka's partitions, order holds per group and key, not across keys: each (group, key) is a lane whose messages
 * are handled one after another in publish order, and lanes run side by side. One serial chain for everything made
 * the host's event flow as slow as the sum of every handler's latency (the simulator's year fell behind).
 * It keeps the last messages of each topic (e.g. the dead-letter topic) for inspection.
 */
export class InProcessMessageBus implements MessageBus {
  private readonly groups = new Map<string, Group>();
  private readonly retained = new Map<string, BusMessage[]>();
  /** The tail of each (group, key) lane; always settled successfully, so a failure never blocks a later publish. */
  private readonly lanes = new Map<string, Promise<void>>();
  private closed = false;

  constructor(private readonly retainPerTopic = 1000) {}

  publish(messages: BusMessage[]): Promise<void> {
    if (this.closed) return Promise.reject(new Error('the in-process bus is closed'));
    for (const message of messages) this.retain(message);
    const deliveries: Promise<void>[] = [];
    for (const group of this.groups.values()) {
      // Within one publish, a failed message stops the rest of its lane (they come again with it, from the outbox).
      const failedKeys = new Set<string>();
      for (const message of messages) {
        if (!group.topics.has(message.topic)) continue;
        const offset = group.offsets.get(message.topic) ?? 0;
        group.offsets.set(message.topic, offset + 1);
        const key = message.key ?? '';
        const delivered: DeliveredMessage = { ...message, partition: 0, offset: String(offset) };
        deliveries.push(
          this.enqueue(`${group.groupId}\u0000${key}`, async () => {
            if (failedKeys.has(key)) throw new Error(`an earlier message of key ${key} failed in this publish`);
            try {
              await group.handler(delivered);
            } catch (error) {
              failedKeys.add(key);
              throw error;
            }
          }),
        );
      }
    }
    return Promise.all(deliveries).then(() => undefined);
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
    await Promise.all([...this.lanes.values()]);
    this.groups.clear();
  }

  private enqueue(lane: string, work: () => Promise<void>): Promise<void> {
    const run = (this.lanes.get(lane) ?? Promise.resolve()).then(work);
    const tail = run.catch(() => undefined);
    this.lanes.set(lane, tail);
    void tail.then(() => {
      if (this.lanes.get(lane) === tail) this.lanes.delete(lane);
    });
    return run;
  }

  private retain(message: BusMessage): void {
    const list = this.retained.get(message.topic) ?? [];
    list.push(message);
    if (list.length > this.retainPerTopic) list.shift();
    this.retained.set(message.topic, list);
  }
}
