import Redis from 'ioredis';
import type { StartedPlatform } from './platform';
import type { Prng } from './prng';

export interface Fault {
  atMs: number;
  kind: 'sigkill' | 'redis-flush';
  target: string;
  /** How long until the process listened again (sigkill), or keys removed (redis-flush). */
  recoveredMs?: number;
  keys?: number;
  error?: string;
}

/**
 * Faults while the year runs: every `everyMs` one of them, drawn in turn: SIGKILL of a random process of the platform
 * (restarted on the same port with the same environment; in production one of the services or the gateway), and —
 * in production — a flush of the run's Redis key prefix (the notification reminders' jobs, the rate limits: the
 * notification service must notice and re-derive its jobs from its rows).
 */
export function startChaos(platform: StartedPlatform, prng: Prng, everyMs: number, now: () => number): { faults: Fault[]; stop(): Promise<void> } {
  const faults: Fault[] = [];
  let running: Promise<void> = Promise.resolve();
  let turn = 0;
  const timer = setInterval(() => {
    running = running.then(async () => {
      const flush = platform.redis && turn++ % 3 === 2;
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
      try {
        await platform.restart(target);
        fault.recoveredMs = now() - fault.atMs;
      } catch (error) {
        fault.error = String(error).slice(0, 500);
      }
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
