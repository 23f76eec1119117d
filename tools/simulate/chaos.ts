import { rmSync, writeFileSync } from 'node:fs';
import Redis from 'ioredis';
import type { StartedPlatform } from './platform';
import type { Prng } from './prng';

export interface Fault {
  atMs: number;
  kind: 'sigkill' | 'redis-flush' | 'relay-stall' | 'kafka-connections';
  target: string;
  /**
   * How long until the process listened again (sigkill), keys removed (redis-flush), or a probe went through the
   * pipeline again (kafka-connections: a registration's stage visible in the registry, over Kafka both ways).
   */
  recoveredMs?: number;
  keys?: number;
  /** TCP connections to the brokers aborted (kafka-connections). */
  connections?: number;
  /** What went wrong (the end of the failed start's output when a restart had to be tried again). */
  error?: string;
  /** Starts tried before the process listened again. */
  attempts?: number;
}

/** kill -9 and start again; a start that fails (its output kept in the fault) is tried again, three times at most. */
async function restart(platform: StartedPlatform, target: string, fault: Fault, now: () => number): Promise<void> {
  for (let attempt = 1; attempt <= 3; attempt++) {
    fault.attempts = attempt;
    try {
      await platform.restart(target);
      fault.recoveredMs = now() - fault.atMs;
      return;
    } catch (error) {
      fault.error = String(error).slice(-1500);
    }
  }
}

export interface ChaosOptions {
  /** The relay's stall seam (SCQ_FAULT_RELAY_STALL_FILE), when the processes run with it. */
  stallFile?: string;
  /** Resolves once an event went through the pipeline again (rejects if it did not in time). */
  probe?: () => Promise<void>;
}

/**
 * Faults while the year runs: every `everyMs` one of them, drawn in turn: SIGKILL of a random process of the platform
 * (restarted on the same port with the same environment; in production one of the services or the gateway), and —
 * in production — a flush of the run's Redis key prefix (the notification reminders' jobs, the rate limits: the
 * notification service must notice and re-derive its jobs from its rows), and — when the processes run with the relay
 * seam (`stallFile`, SCQ_FAULT_RELAY_STALL_FILE) — a stall of every relay between publish and mark, during which a
 * random process is killed: what it had published is published again after its lease, and the inboxes absorb it; and —
 * over the Kafka mock cluster — every connection to the brokers aborted at once, recovered when `probe` went through.
 */
export function startChaos(platform: StartedPlatform, prng: Prng, everyMs: number, now: () => number, options: ChaosOptions = {}): { faults: Fault[]; stop(): Promise<void> } {
  const { stallFile, probe } = options;
  const faults: Fault[] = [];
  let running: Promise<void> = Promise.resolve();
  let turn = 0;
  const timer = setInterval(() => {
    running = running.then(async () => {
      const kind = turn++ % 4;
      if (kind === 1 && platform.kafka) {
        const fault: Fault = { atMs: now(), kind: 'kafka-connections', target: platform.kafka.brokers.join(',') };
        faults.push(fault);
        try {
          fault.connections = await platform.kafka.abortConnections();
          if (probe) await probe();
          fault.recoveredMs = now() - fault.atMs;
        } catch (error) {
          fault.error = `${String(error).slice(0, 500)}${platform.kafka.running() ? '' : ' (the Kafka mock cluster exited)'}`;
        }
        return;
      }
      if (kind === 2 && stallFile) {
        const target = prng.pick(platform.processes.map((p) => p.app));
        const fault: Fault = { atMs: now(), kind: 'relay-stall', target };
        faults.push(fault);
        try {
          writeFileSync(stallFile, '');
          await new Promise((resolve) => setTimeout(resolve, 1500));
          await restart(platform, target, fault, now);
        } catch (error) {
          fault.error = String(error).slice(0, 500);
        } finally {
          rmSync(stallFile, { force: true });
        }
        return;
      }
      const flush = platform.redis && kind === 3;
      if (flush && platform.redis) {
        const fault: Fault = { atMs: now(), kind: 'redis-flush', target: `${platform.redis.prefix}*` };
        faults.push(fault);
        const redis = new Redis(platform.redis.url, { lazyConnect: true, maxRetriesPerRequest: 2 });
        try {
          await redis.connect();
          let keys = 0;
          for await (const batch of redis.scanStream({ match: `${platform.redis.prefix}*`, count: 500 }) as AsyncIterable<string[]>) {
            if (batch.length > 0) keys += await redis.del(...batch);
          }
          fault.keys = keys;
          fault.recoveredMs = now() - fault.atMs;
        } catch (error) {
          fault.error = String(error);
        } finally {
          redis.disconnect();
        }
        return;
      }
      const target = prng.pick(platform.processes.map((p) => p.app));
      const fault: Fault = { atMs: now(), kind: 'sigkill', target };
      faults.push(fault);
      await restart(platform, target, fault, now);
    });
  }, everyMs);
  return {
    faults,
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
