import type { Consumer, EachBatchPayload, IHeaders, Kafka, Producer } from 'kafkajs';
import { CREATION_TRACE_CONTEXT, platformMetrics } from '@scq/platform-observability';
import type { BusMessage, MessageBus, MessageHandler, SubscribeOptions, Subscription } from './message-bus.port';

export interface KafkaBusOptions {
  brokers: string[];
  clientId: string;
  /** Prepended to every topic and group id: isolates test runs and environments sharing a cluster. */
  prefix?: string;
  /**
   * How long a fetch waits for data. A real broker answers as soon as data arrives, but librdkafka's mock cluster
   * answers only at the end of the wait (DESIGN §8), so there this is fixed latency per hop: 20 ms by default.
   */
  maxWaitTimeInMs?: number;
  /** How many partitions one consumer works on at once (4 by default: a service's consumers share one group over all their topics). */
  partitionsConsumedConcurrently?: number;
  /** Within one fetched batch of a partition, how many keys are handled at once, each key's messages in order (4 by default). */
  keysConsumedConcurrently?: number;
  sessionTimeoutMs?: number;
  log?: (level: 'error' | 'warn', message: string) => void;
}

const DEFAULT_MAX_WAIT_MS = 20;

/** Kafka through kafkajs. Key = aggregate id; one in-flight request per connection keeps per-partition order on retries. */
export class KafkaMessageBus implements MessageBus {
  /** Each group is a kafkajs consumer with its own connections, heartbeats and fetch loop: a service's consumers share one. */
  readonly sharesGroups = true;
  private readonly kafka: Kafka;
  private readonly consumers = new Set<Consumer>();
  private producer: Producer | null = null;
  private connecting: Promise<Producer> | null = null;

  constructor(private readonly options: KafkaBusOptions) {
    // Required here, not when the messaging library loads: the embedded mode (in-process bus) never loads kafkajs (~11 MiB resident).
    const { Kafka, logLevel } = require('kafkajs') as typeof import('kafkajs');
    this.kafka = new Kafka({
      clientId: options.clientId,
      brokers: options.brokers,
      logLevel: logLevel.WARN,
      logCreator: () => ({ level, log }) => {
        if (level <= logLevel.WARN) options.log?.(level === logLevel.ERROR ? 'error' : 'warn', `${log.message}`);
      },
      retry: { initialRetryTime: 100, retries: 8 },
    });
  }

  async publish(messages: BusMessage[]): Promise<void> {
    if (messages.length === 0) return;
    const producer = await this.connectedProducer();
    const byTopic = new Map<string, BusMessage[]>();
    for (const message of messages) byTopic.set(message.topic, [...(byTopic.get(message.topic) ?? []), message]);
    await producer.sendBatch({
      acks: -1,
      topicMessages: [...byTopic.entries()].map(([topic, list]) => ({
        topic: this.topic(topic),
        messages: list.map((m) => ({ key: m.key, value: m.value, headers: wireHeaders(m.headers) })),
      })),
    });
  }

  async subscribe(groupId: string, topics: string[], handler: MessageHandler, options: SubscribeOptions = {}): Promise<Subscription> {
    const consumer = this.kafka.consumer({
      groupId: this.topic(groupId),
      maxWaitTimeInMs: this.options.maxWaitTimeInMs ?? DEFAULT_MAX_WAIT_MS,
      sessionTimeout: this.options.sessionTimeoutMs ?? 10_000,
      heartbeatInterval: 1000,
      retry: { initialRetryTime: 100, retries: 10 },
    });
    this.consumers.add(consumer);
    const joined = new Promise<void>((resolve) => {
      const off = consumer.on(consumer.events.GROUP_JOIN, () => {
        off();
        resolve();
      });
    });
    // The consumer's own view of its lag: after each batch, how far the partition's end is ahead of it.
    consumer.on(consumer.events.END_BATCH_PROCESS, ({ payload }) => platformMetrics.consumerLag(groupId, this.unprefixed(payload.topic), payload.partition, Number(payload.offsetLag)));
    await consumer.connect();
    for (const topic of topics) await consumer.subscribe({ topic: this.topic(topic), fromBeginning: true });
    // kafkajs's run resolves once the group is joined (or the attempt crashed, and a restart is scheduled).
    const running = consumer.run({
      partitionsConsumedConcurrently: this.options.partitionsConsumedConcurrently ?? 4,
      eachBatchAutoResolve: false,
      eachBatch: (payload) => this.handleBatch(payload, handler),
    });
    const settled = running.then(
      () => undefined,
      () => undefined,
    );
    // GROUP_JOIN, or run's own failure (a crashed attempt that kafkajs restarts still ends in GROUP_JOIN).
    const joinedOrFailed = Promise.race([joined, running.then(() => joined)]);
    if (options.awaitJoin ?? true) await joinedOrFailed;
    else joinedOrFailed.catch(() => undefined);
    return {
      joined: () => joinedOrFailed,
      close: async () => {
        this.consumers.delete(consumer);
        // A disconnect in the middle of the join would leave kafkajs to finish it on a closed client (and restart it):
        // the join attempt ends first.
        await settled;
        await consumer.disconnect();
        platformMetrics.forgetConsumerLag(groupId);
      },
    };
  }

  /**
   * One fetched batch of one partition: its messages grouped by key, up to `keysConsumedConcurrently` keys at once, each
   * key's messages one after the other in offset order. The committed offset only ever moves past a run of messages that
   * are all handled, so a crash or a failure redelivers whatever was not (the inbox skips what was).
   */
  private async handleBatch({ batch, resolveOffset, heartbeat, isRunning, isStale }: EachBatchPayload, handler: MessageHandler): Promise<void> {
    const topic = this.unprefixed(batch.topic);
    const messages = batch.messages;
    const byKey = new Map<string, number[]>();
    messages.forEach((message, index) => {
      const key = message.key?.toString() ?? '';
      const list = byKey.get(key);
      if (list) list.push(index);
      else byKey.set(key, [index]);
    });
    const done = new Array<boolean>(messages.length).fill(false);
    let resolved = 0;
    const chains = [...byKey.values()];
    let next = 0;
    let failed = false;
    const worker = async (): Promise<void> => {
      while (next < chains.length) {
        const chain = chains[next++];
        for (const index of chain) {
          if (failed || !isRunning() || isStale()) return;
          const message = messages[index];
          await handler({ topic, key: message.key?.toString() ?? null, value: message.value?.toString() ?? '', headers: decodeHeaders(message.headers), partition: batch.partition, offset: message.offset });
          done[index] = true;
          while (resolved < messages.length && done[resolved]) resolveOffset(messages[resolved++].offset);
        }
        await heartbeat();
      }
    };
    const workers = Array.from({ length: Math.min(chains.length, this.options.keysConsumedConcurrently ?? 4) }, () =>
      worker().catch((error: unknown) => {
        failed = true;
        throw error;
      }),
    );
    // Every worker settles before kafkajs sees a failure, so a redelivery never overlaps a handler still running.
    const failure = (await Promise.allSettled(workers)).find((outcome) => outcome.status === 'rejected');
    if (failure) throw failure.reason;
  }

  async ready(): Promise<void> {
    const admin = this.kafka.admin();
    await admin.connect();
    try {
      await admin.describeCluster();
    } finally {
      await admin.disconnect();
    }
  }

  async close(): Promise<void> {
    await Promise.all([...this.consumers].map((consumer) => consumer.disconnect()));
    this.consumers.clear();
    if (this.producer) await this.producer.disconnect();
    this.producer = null;
    this.connecting = null;
  }

  private connectedProducer(): Promise<Producer> {
    if (!this.connecting) {
      const producer = this.kafka.producer({ allowAutoTopicCreation: true, maxInFlightRequests: 1, idempotent: false });
      this.connecting = producer.connect().then(() => (this.producer = producer));
      this.connecting.catch(() => (this.connecting = null));
    }
    return this.connecting;
  }

  private topic(name: string): string {
    return `${this.options.prefix ?? ''}${name}`;
  }

  private unprefixed(topic: string): string {
    const prefix = this.options.prefix ?? '';
    return prefix && topic.startsWith(prefix) ? topic.slice(prefix.length) : topic;
  }
}

function decodeHeaders(headers: IHeaders | undefined): Record<string, string> | undefined {
  if (!headers) return undefined;
  const decoded: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) decoded[name] = Array.isArray(value) ? value.map(String).join(',') : String(value);
  }
  return decoded;
}

/**
 * The headers as sent, remembering (off the wire) the trace context the message was created in: the kafkajs
 * instrumentation, when tracing is on, would otherwise replace `traceparent` with its own send span's.
 */
function wireHeaders(headers: Record<string, string> | undefined): IHeaders | undefined {
  if (!headers) return undefined;
  const wire: IHeaders = { ...headers };
  if (headers.traceparent) {
    const creation = headers.tracestate ? { traceparent: headers.traceparent, tracestate: headers.tracestate } : { traceparent: headers.traceparent };
    Object.defineProperty(wire, CREATION_TRACE_CONTEXT, { value: creation, enumerable: false });
  }
  return wire;
}
