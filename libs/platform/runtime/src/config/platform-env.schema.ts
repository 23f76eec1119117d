import { z } from 'zod';
import { envField } from './env-fields';

/** The variables every process reads (README, "Running in production mode"). */
export const platformEnvSchema = z.object({
  NODE_ENV: envField.oneOf(['development', 'production', 'test']),
  PORT: envField.port(),
  HOST: envField.text(),
  LOG_LEVEL: envField.oneOf(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']),
  DATA_DIR: envField.text(),
  DATABASE_URL: envField.postgresUrl(),
  KAFKA_BROKERS: envField.brokers(),
  KAFKA_TOPIC_PREFIX: envField.text(),
  KAFKA_MAX_WAIT_MS: envField.wholeNumber('a whole number of milliseconds'),
  REDIS_URL: envField.redisUrl(),
  REDIS_PREFIX: envField.keyPrefix(),
  // The gateway's public keys, to verify the service token of every request (one of the two; required in production).
  SERVICE_TOKEN_JWKS_URL: envField.httpUrl(),
  SERVICE_TOKEN_JWKS: envField.text(),
  // The bearer token Prometheus reads GET /metrics with (or a file holding it); production without one: metrics off.
  METRICS_TOKEN: envField.text(),
  METRICS_TOKEN_FILE: envField.text(),
  // The embedded database's one session (PGlite): requests doing database work at a time, waiting, and how long they may wait.
  EMBEDDED_DB_ACTIVE_REQUESTS: envField.wholeNumber('a whole number of requests'),
  EMBEDDED_DB_QUEUE_SIZE: envField.wholeNumber('a whole number of requests'),
  EMBEDDED_DB_MAX_WAIT_MS: envField.wholeNumber('a whole number of milliseconds'),
  EMBEDDED_DB_RESPONSE_BUDGET_MS: envField.wholeNumber('a whole number of milliseconds'),
});

/** A service's own database (`<SERVICE>_DATABASE_URL`, e.g. `SCENARIO_REGISTRY_DATABASE_URL`). */
export function serviceDatabaseEnv(service: string) {
  return z.object({ [`${service.toUpperCase().replace(/-/g, '_')}_DATABASE_URL`]: envField.postgresUrl() });
}

/** The environment is not what the process needs: one line naming each variable and what it expects. */
export class ConfigurationError extends Error {}

/** Checks the environment against a process's schema; the message names every bad variable and what it expects. */
export function validateEnvironment(schema: z.ZodObject, env: Record<string, unknown>): Record<string, unknown> {
  const result = schema.safeParse(env);
  if (result.success) return result.data;
  const problems = new Map<string, string>();
  for (const issue of result.error.issues) {
    const name = String(issue.path[0] ?? '?');
    const given = typeof env[name] === 'string' ? ` (got "${String(env[name]).slice(0, 60)}")` : '';
    if (!problems.has(name)) problems.set(name, `${name} must be ${issue.message}${given}`);
  }
  return fail(`配置无效 Invalid configuration: ${[...problems.values()].join('; ')}`);
}

function fail(message: string): never {
  throw new ConfigurationError(message);
}
