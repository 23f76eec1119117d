import { randomUUID } from 'node:crypto';
import type { MessageBus } from '../bus/message-bus.port';
import type { OutboxStore } from './outbox-store.port';

export interface OutboxRelayOptions {
  store: OutboxStore;
  bus: MessageBus;
  relayId?: string;
  batchSize?: number;
  /** How long a claim lasts: a relay that dies holding one is taken over after this. */
  leaseMs?: number;
  /** Poll interval when the outbox is empty (a nudge wakes the relay sooner). */
  idleDelayMs?: number;
  onError?: (error: unknown) => void;
  /** Called after the bus accepted a batch and before it is marked sent (a test seam for crashes). */
  afterPublish?: (ids: string[]) => void | Promise<void>;
}

/** Moves committed outbox rows to the bus, oldest first, in order per key; at least once. */
export class OutboxRelay {
  readonly relayId: string;
  private running = false;
  private loop: Promise<void> | null = null;
  private wake: (() => void) | null = null;
  private nudged = false;

  constructor(private readonly options: OutboxRelayOptions) {
    this.relayId = options.relayId ?? `relay-${randomUUID()}`;
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.nudge();
    await this.loop;
    this.loop = null;
  }

  /** Something was committed to the outbox: relay it now rather than at the next poll. */
  nudge(): void {
    this.nudged = true;
    this.wake?.();
  }

  /** Relays one batch; returns how many messages went out. */
  async relayOnce(): Promise<number> {
    const { store, bus } = this.options;
    const batch = await store.claim(this.relayId, this.options.batchSize ?? 200, this.options.leaseMs ?? 30_000);
    if (batch.length === 0) return 0;
    const ids = batch.map((m) => m.id);
    try {
      await bus.publish(batch.map((m) => ({ topic: m.topic, key: m.key, value: m.payload, headers: m.headers })));
    } catch (error) {
      await store.release(this.relayId, ids, error instanceof Error ? error.message : String(error));
      throw error;
    }
    await this.options.afterPublish?.(ids);
    await store.markSent(this.relayId, ids);
    return batch.length;
  }

  private async run(): Promise<void> {
    let failures = 0;
    while (this.running) {
      try {
        this.nudged = false;
        const sent = await this.relayOnce();
        failures = 0;
        if (sent > 0 || this.nudged) continue;
        await this.sleep(this.options.idleDelayMs ?? 100);
      } catch (error) {
        failures += 1;
        this.options.onError?.(error);
        await this.sleep(Math.min(5000, 100 * 2 ** Math.min(failures, 6)));
      }
    }
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wake = () => {
        this.wake = null;
        done();
      };
    });
  }
}
