import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { RescheduleReport } from '@scq/notification-application';
import { platformMetrics, type Logger, type ReadinessCheck } from '@scq/platform-observability';


/** ioredis is required when a Redis client is made (~17 MiB resident): the embedded mode and tests without Redis never need it. */
const ioredis = () => require('ioredis') as typeof import('ioredis');

export interface SchedulerStoreWatchOptions {
  url: string;
  /** The scheduler's Redis key prefix: the sentinel and the lock live under it. */
  prefix: string;
  /** How often the sentinel is checked besides every (re)connection (default 5 s; 0: on reconnection only). */
  intervalMs?: number;
  /** How long the restoring replica holds the lock at most (default 60 s); a crashed holder frees it then. */
  lockTtlMs?: number;
  /** Re-derives every outstanding job from the database and hands it to the scheduler (idempotent by job id). */
  restore: () => Promise<RescheduleReport>;
  logger: Logger;
}

/** What the sentinel key holds: who wrote it, when, and for which Redis server process. */
interface Sentinel {
  epoch: string;
  runId: string;
  instance: string;
  at: string;
  /** `restoring` until the replica that wrote it has handed every job to the scheduler again (absent: whole). */
  state?: 'restoring' | 'whole';
}

export const SCHEDULER_STORE_CHECK = 'scheduler-store';

/**
 * Notices that Redis lost the scheduler's jobs while the service runs, and restores them from PostgreSQL.
 *
 * A sentinel key under the scheduler's prefix names the Redis server process (`run_id`) the jobs were handed to. It is
 * written at start and checked every `intervalMs` and on every (re)connection. Missing: the keys were flushed, or
 * the service failed over to an empty replica. Naming another run id: Redis restarted (whatever its persistence
 * kept may be older than the last jobs) or failed over. Either way readiness degrades, one replica — the one that
 * takes the lock — writes a fresh sentinel marked `restoring`, re-derives every pending reminder, delivery and digest
 * from the database, then marks it `whole` if it is still its own (a flush meanwhile removed it: the next check
 * starts over). The others stay degraded until the sentinel is whole again; one still `restoring` with the lock gone
 * (its replica died) is taken over. Job ids are deterministic, so a job scheduled twice is one job.
 */
export class SchedulerStoreWatch {
  readonly instance = randomUUID();
  private readonly redis: Redis;
  private readonly sentinelKey: string;
  private readonly lockKey: string;
  private readonly intervalMs: number;
  private readonly lockTtlMs: number;
  private readonly logger: Logger;
  private degraded: string | null = null;
  private checking: Promise<void> | undefined;
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;
  /** Restores this instance completed (tests and logs). */
  restores = 0;

  constructor(private readonly options: SchedulerStoreWatchOptions) {
    this.sentinelKey = `${options.prefix}:notification-scheduler:sentinel`;
    this.lockKey = `${options.prefix}:notification-scheduler:restore-lock`;
    this.intervalMs = options.intervalMs ?? 5000;
    this.lockTtlMs = options.lockTtlMs ?? 60_000;
    this.logger = options.logger.child({ component: 'notification-scheduler-store' });
    this.redis = new (ioredis().Redis)(options.url, { lazyConnect: true, maxRetriesPerRequest: 1, enableOfflineQueue: false });
    // Connection errors show in the `redis` readiness check; the watch only has to try again.
    this.redis.on('error', () => undefined);
  }

  /** Degraded (with the reason) while the scheduler's jobs are known lost and not yet restored. */
  readinessCheck(): ReadinessCheck {
    return {
      name: SCHEDULER_STORE_CHECK,
      check: async () => {
        if (this.degraded) throw new Error(this.degraded);
      },
    };
  }

  /** Writes the sentinel (before the start's own reschedule), then checks on every (re)connection and every interval. */
  async start(): Promise<void> {
    await this.redis.connect();
    await this.writeSentinel(undefined, 'whole');
    this.redis.on('ready', () => void this.check('reconnected'));
    if (this.intervalMs > 0) {
      this.timer = setInterval(() => void this.check('interval'), this.intervalMs);
      this.timer.unref();
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    await this.checking;
    this.redis.disconnect();
  }

  /** One check (serialised: a check while one runs waits for it). */
  check(trigger: 'interval' | 'reconnected' | 'manual' = 'manual'): Promise<void> {
    this.checking ??= this.checkOnce(trigger)
      .catch((error: unknown) => {
        // Redis unreachable shows in the `redis` readiness check already: only at debug level here while it lasts.
        if (this.redis.status === 'ready') this.logger.warn({ err: error, trigger }, 'scheduler store check failed; trying again');
        else this.logger.debug({ err: error, trigger }, 'scheduler store check skipped: Redis is not connected');
      })
      .finally(() => (this.checking = undefined));
    return this.checking;
  }

  private async checkOnce(trigger: string): Promise<void> {
    if (this.stopped) return;
    const runId = await this.runId();
    const sentinel = await this.sentinel();
    if (sentinel?.runId === runId && sentinel.state !== 'restoring') {
      if (this.degraded) {
        this.logger.info({ sentinel }, 'the scheduler store is whole again (another replica restored it)');
        this.degraded = null;
      }
      return;
    }
    const kind = !sentinel ? 'flushed' : sentinel.runId !== runId ? 'restarted' : 'restoring';
    const reason =
      kind === 'flushed'
        ? 'the scheduler sentinel is missing from Redis (flushed, or failed over to an empty replica): restoring reminders, deliveries and digests from the database'
        : kind === 'restarted'
          ? `Redis restarted or failed over (run id ${sentinel?.runId} → ${runId}): restoring reminders, deliveries and digests from the database`
          : `replica ${sentinel?.instance} is restoring reminders, deliveries and digests from the database`;
    if (this.degraded === null && kind !== 'restoring') {
      this.logger.warn({ trigger, kind, sentinel, runId }, reason);
      platformMetrics.schedulerStoreReset(kind);
    }
    this.degraded = reason;
    // The replica holding the lock restores; a `restoring` sentinel without a holder is a restore that died: taken over.
    if ((await this.redis.set(this.lockKey, this.instance, 'PX', this.lockTtlMs, 'NX')) !== 'OK') return;
    try {
      // Another replica may have restored between the read above and the lock: then there is nothing left to do.
      const now = await this.sentinel();
      if (now?.runId === runId && now.state !== 'restoring') {
        this.degraded = null;
        this.logger.info('the scheduler store is whole again (another replica restored it)');
        return;
      }
      if (kind === 'restoring') this.logger.warn({ sentinel }, 'a restore of the scheduler store did not finish: taking it over');
      // Written first: a flush while restoring removes it, and the next check starts over.
      const restoring = await this.writeSentinel(runId, 'restoring');
      const report = await this.options.restore();
      this.restores += 1;
      platformMetrics.schedulerStoreRestore('restored');
      const whole = JSON.stringify({ ...(JSON.parse(restoring) as Sentinel), state: 'whole', at: new Date().toISOString() } satisfies Sentinel);
      const swapped = await this.redis.eval('if redis.call("get", KEYS[1]) == ARGV[1] then redis.call("set", KEYS[1], ARGV[2]) return 1 else return 0 end', 1, this.sentinelKey, restoring, whole);
      if (swapped === 1) {
        this.degraded = null;
        this.logger.warn({ kind, report }, 'scheduler store restored from the database; ready again');
      } else {
        this.logger.warn({ kind, report }, 'the sentinel changed while restoring: checking again');
      }
    } catch (error) {
      // The sentinel says `restoring` still: the next check tries again.
      platformMetrics.schedulerStoreRestore('failed');
      throw error;
    } finally {
      await this.redis.eval('if redis.call("get", KEYS[1]) == ARGV[1] then return redis.call("del", KEYS[1]) else return 0 end', 1, this.lockKey, this.instance).catch(() => undefined);
    }
  }

  private async sentinel(): Promise<Sentinel | null> {
    const raw = await this.redis.get(this.sentinelKey);
    return raw ? (JSON.parse(raw) as Sentinel) : null;
  }

  /** Returns the value written (compared before it is replaced). */
  private async writeSentinel(runId: string | undefined, state: Sentinel['state']): Promise<string> {
    const sentinel: Sentinel = { epoch: randomUUID(), runId: runId ?? (await this.runId()), instance: this.instance, at: new Date().toISOString(), state };
    const raw = JSON.stringify(sentinel);
    await this.redis.set(this.sentinelKey, raw);
    return raw;
  }

  /** The Redis server process; a managed Redis that refuses INFO leaves the sentinel's presence as the only sign. */
  private async runId(): Promise<string> {
    const info = await this.redis.info('server').catch((error: unknown) => {
      if (this.redis.status !== 'ready') throw error;
      return '';
    });
    return /^run_id:(\w+)/m.exec(info)?.[1] ?? 'unknown';
  }
}
