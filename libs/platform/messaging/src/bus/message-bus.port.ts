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
  /**
   * Resolves once the consumer has joined its group and has partitions (Kafka: after the broker's rebalance delay, 3 s
   * by default); rejects if it stopped trying. Absent: joined as soon as subscribed (the in-process bus).
   */
  joined?(): Promise<void>;
  close(): Promise<void>;
}

export interface SubscribeOptions {
  /**
   * Resolve `subscribe` only once the group is joined (default true). A service passes false: it serves HTTP while its
   * consumers join, because what is published meanwhile waits in Kafka (a new group reads from the beginning, a known
   * one from its committed offsets), and watches `Subscription.joined()` instead.
   */
  awaitJoin?: boolean;
}

/**
 * The transport between services. Order is kept per key; delivery is at least once.
 * Adapters: Kafka (kafkajs) in production, in-process in the embedded mode.
 */
export interface MessageBus {
  /**
   * The consumers of one service share one group (ServiceMessaging) where each group costs a client of its own: on
   * Kafka, connections, heartbeats and a fetch loop per group. Absent or false: one group per consumer (the in-process bus,
   * where a group is a map entry and each group's lanes run side by side).
   */
  readonly sharesGroups?: boolean;
  /** Resolves once the bus has the messages (for in-process: once every subscriber handled them). */
  publish(messages: BusMessage[]): Promise<void>;
  /** One consumer group: each message of the topics reaches one member of the group. Resolves once subscribed (and joined, unless `awaitJoin: false`). */
  subscribe(groupId: string, topics: string[], handler: MessageHandler, options?: SubscribeOptions): Promise<Subscription>;
  /** Resolves when the transport answers (readiness); optional for transports that are always there. */
  ready?(): Promise<void>;
  close(): Promise<void>;
}
