import { join } from 'node:path';
import { DEFAULT_SESSION_QUEUE_LIMITS, type SessionQueueLimits } from './database-admission';
import type { DatabaseLocation } from './open-database';

/**
 * Where a service keeps its data, from the environment:
 * `<SERVICE>_DATABASE_URL` or `DATABASE_URL` → PostgreSQL; otherwise PGlite in `DATA_DIR/pglite` (default ./data),
 * one database shared by the services of the process, each in its own schema. Requests take turns at its one session:
 * `EMBEDDED_DB_ACTIVE_REQUESTS` at a time, `EMBEDDED_DB_QUEUE_SIZE` waiting at most `EMBEDDED_DB_MAX_WAIT_MS` each,
 * and none whose expected wait and turn pass `EMBEDDED_DB_RESPONSE_BUDGET_MS`; beyond that 503 with Retry-After.
 */
export function databaseLocationFromEnv(service: string, env: NodeJS.ProcessEnv = process.env): DatabaseLocation {
  const specific = env[`${service.toUpperCase().replace(/-/g, '_')}_DATABASE_URL`];
  const url = specific || env.DATABASE_URL;
  if (url) return { url };
  return { pgliteDataDir: join(env.DATA_DIR || './data', 'pglite'), pgliteQueue: sessionQueueLimitsFromEnv(env) };
}

/** The embedded session's queue limits; the platform's environment schema has checked both are whole numbers. */
export function sessionQueueLimitsFromEnv(env: NodeJS.ProcessEnv = process.env): SessionQueueLimits {
  const whole = (value: string | undefined, fallback: number) => (value && /^\d+$/.test(value.trim()) ? Number(value) : fallback);
  return {
    maxActive: Math.max(1, whole(env.EMBEDDED_DB_ACTIVE_REQUESTS, DEFAULT_SESSION_QUEUE_LIMITS.maxActive)),
    maxWaiting: whole(env.EMBEDDED_DB_QUEUE_SIZE, DEFAULT_SESSION_QUEUE_LIMITS.maxWaiting),
    maxWaitMs: whole(env.EMBEDDED_DB_MAX_WAIT_MS, DEFAULT_SESSION_QUEUE_LIMITS.maxWaitMs),
    responseBudgetMs: whole(env.EMBEDDED_DB_RESPONSE_BUDGET_MS, DEFAULT_SESSION_QUEUE_LIMITS.responseBudgetMs),
  };
}
