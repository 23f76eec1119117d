/** A message as it travels on the bus: the value is the JSON of an event envelope (or anything, if malformed). */
export interface BusMessage {
  topic: string;
  key: string | null;
  value: string;
  headers?: Record<string, string>;
}

export interface DeliveredMessage extends BusMessage {
  partition: number | null;
  offset: string | null;
}

export type MessageHandler = (message: DeliveredMessage) => Promise<void>;

export interface Subscription {
  /** Resolves when the transport answers (readiness); optional for transports that are always there. */
  ready?(): Promise<void>;
  close(): Promise<void>;
}

/**
 * The transport between services. Order is kept per key; delivery is at least once.
 * Adapters: Kafka (kafkajs) in production, in-process in the embedded mode.
 */
export interface MessageBus {
  /** Resolves once the bus has the messages (for in-process: once every subscriber handled them). */
  publish(messages: BusMessage[]): Promise<void>;
  /** One consumer group: each message of the topics reaches one member of the group. Resolves once subscribed. */
  subscribe(groupId: string, topics: string[], handler: MessageHandler): Promise<Subscription>;
  /** Resolves when the transport answers (readiness); optional for transports that are always there. */
  ready?(): Promise<void>;
  close(): Promise<void>;
}
