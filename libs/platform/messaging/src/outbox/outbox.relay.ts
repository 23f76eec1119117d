import { randomUUID } from 'node:crypto';
import { carrierOfSpan, contextFromCarrier, failSpan, platformMetrics, SpanKind, startSpan } from '@scq/platform-observability';
import type { MessageBus } from '../bus/message-bus.port';
import { PollingWorker } from '../polling/polling.worker';
import { cloudEventHeaders } from './cloud-event-headers';
import type { ClaimedOutboxMessage, OutboxStore } from './outbox-store.port';

export interface OutboxRelayOptions {
  store: OutboxStore;
  bus: MessageBus;
  relayId?: string;
  /** The service whose outbox this is (the `service` label of the relay's metrics). */
  service?: string;
  batchSize?: number;
  /** How long a claim lasts: a relay that dies holding one is taken over after this. */
  leaseMs?: number;
  /**
   * Poll interval when the outbox is empty: a safety net, since a commit wakes the relay (a nudge from this process,
   * NOTIFY from any other). 1 s by default.
   */
  idleDelayMs?: number;
  onError?: (error: unknown) => void;
  /** Makes the relay wakeable from other processes while it sleeps (LISTEN/NOTIFY and the outbox's wake lock). */
  wake?: { arm(): Promise<boolean>; disarm(): Promise<void> };
  /** Called after the bus accepted a batch and before it is marked sent (a test seam for crashes). */
  afterPublish?: (ids: string[]) => void | Promise<void>;
}

/**
 * Moves committed outbox rows to the bus, oldest first, in order per key; at least once. Each pass claims up to
 * `batchSize` rows in one statement, hands them to the bus in one send and marks them sent in one statement; it runs
 * again at once while passes come back full, and sleeps when the outbox is empty until a commit wakes it.
 */
export class OutboxRelay {
  readonly relayId: string;
  private readonly worker: PollingWorker;

  constructor(private readonly options: OutboxRelayOptions) {
    this.relayId = options.relayId ?? `relay-${randomUUID()}`;
    this.worker = new PollingWorker({
      step: async () => (await this.relayOnce()) > 0,
      idleDelayMs: options.idleDelayMs ?? 1000,
      retryDelayMs: Math.min(options.idleDelayMs ?? 100, 100),
      maxBackoffMs: 5000,
      onError: (error) => options.onError?.(error),
      arm: options.wake && (() => options.wake?.arm() ?? Promise.resolve(false)),
      disarm: options.wake && (() => options.wake?.disarm() ?? Promise.resolve()),
    });
  }

  start(): void {
    this.worker.start();
  }

  stop(): Promise<void> {
    return this.worker.stop();
  }

  /** Something was committed to the outbox: relay it now rather than at the next poll. */
  nudge(): void {
    this.worker.nudge();
  }

  /** Relays one batch; returns how many messages went out. */
  async relayOnce(): Promise<number> {
    const { store, bus } = this.options;
    const batch = await store.claim(this.relayId, this.options.batchSize ?? 200, this.options.leaseMs ?? 30_000);
    if (batch.length === 0) return 0;
    const ids = batch.map((m) => m.id);
    // One publish span per message, continuing the trace stored with its row (not this loop's): its context travels on.
    const spans = batch.map((m) => startSpan(`publish ${m.topic}`, { kind: SpanKind.PRODUCER, parent: contextFromCarrier(m.traceContext), attributes: publishAttributes(m) }));
    try {
      await bus.publish(batch.map((m, i) => ({ topic: m.topic, key: m.key, value: m.payload, headers: messageHeaders(m, carrierOfSpan(spans[i], contextFromCarrier(m.traceContext))) })));
    } catch (error) {
      spans.forEach((span) => failSpan(span, error));
      await store.release(this.relayId, ids, error instanceof Error ? error.message : String(error));
      throw error;
    } finally {
      spans.forEach((span) => span.end());
    }
    await this.options.afterPublish?.(ids);
    await store.markSent(this.relayId, ids);
    platformMetrics.relayed(this.options.service ?? 'unknown', batch.map((m) => m.topic));
    return batch.length;
  }
}

/**
 * A message's headers on the bus: the CloudEvents binary-mode attributes read from the envelope, the row's own headers,
 * then the W3C trace context: the publish span's when tracing is on, else the one stored with the row (if any).
 */
function messageHeaders(message: ClaimedOutboxMessage, publishContext: Record<string, string>): Record<string, string> {
  return { ...cloudEventHeaders(message.payload), ...message.headers, ...(message.traceContext ?? {}), ...publishContext };
}

function publishAttributes(message: ClaimedOutboxMessage): Record<string, string> {
  return { 'messaging.operation.type': 'publish', 'messaging.destination.name': message.topic, 'messaging.message.id': message.id, 'messaging.kafka.message.key': message.key, 'cloudevents.event_type': message.eventType };
}
