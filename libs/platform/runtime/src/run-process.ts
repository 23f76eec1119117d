import type { DynamicModule } from '@nestjs/common';
import { createLogger, type Logger } from '@scq/platform-observability';
import { shutdownTracing } from '@scq/platform-tracing';
import type { MessageBus } from '@scq/platform-messaging';
import type { z } from 'zod';
import { serviceTokenVerifierFromEnv, type ServiceTokenVerifier } from '@scq/platform-http';
import { bootstrapHost, type RunningHost } from './bootstrap-host';
import { busFromEnv } from './bus-from-env';
import { acquireDataDirLock } from './data-dir-lock';
import { processConfigModule } from './config/config.module';
import { platformEnvSchema } from './config/platform-env.schema';
import { metricsAccessFromEnv } from './metrics/metrics-access';

export interface ProcessDefinition {
  name: string;
  defaultPort: number;
  /** The interface to listen on unless `HOST` says otherwise (services: every interface; the embedded mode: loopback). */
  defaultHost?: string;
  /** The environment this process reads, as a zod schema (`platformEnvSchema` extended with the service's own). */
  environment?: z.ZodObject;
  modules: (env: NodeJS.ProcessEnv) => DynamicModule[];
  bus?: (logger: Logger) => MessageBus;
  /** Paths the process forwards unread to other processes (the gateway's proxied routes). */
  forwarded?: (env: NodeJS.ProcessEnv) => (path: string) => boolean;
  /** Which proxies in front of the process to trust for the client's address (the gateway's `TRUST_PROXY`). */
  trustProxy?: (env: NodeJS.ProcessEnv) => number | string | undefined;
  /** How this process knows callers (the gateway and the embedded mode: their own key); default from the environment. */
  serviceTokens?: (env: NodeJS.ProcessEnv) => ServiceTokenVerifier;
  /**
   * A data folder this process must own alone (the embedded mode's PGlite files): taken before anything starts, a second
   * process on it refuses with a clear message; null when the process keeps no such data (e.g. on PostgreSQL).
   */
  exclusiveDataDir?: (env: NodeJS.ProcessEnv) => string | null;
  /** Printed once the process listens (e.g. the embedded mode's welcome). */
  announce?: (host: RunningHost, logger: Logger) => void;
}

/** Runs a process until SIGTERM/SIGINT, then closes it in order: HTTP, consumers and relays, databases, bus. */
export async function runProcess(definition: ProcessDefinition, env: NodeJS.ProcessEnv = process.env): Promise<RunningHost> {
  let config: DynamicModule;
  try {
    config = processConfigModule(definition.environment ?? platformEnvSchema, env);
  } catch (error) {
    // Before the logger: a bad LOG_LEVEL is one of the things this reports. One plain line says what to fix.
    process.stderr.write(`${definition.name}: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
  takeDataDir(definition, env);
  const logger = createLogger(definition.name);
  try {
    const metrics = metricsAccessFromEnv(env);
    if (metrics.production && !metrics.token) logger.warn('GET /metrics is off: set METRICS_TOKEN_FILE (or METRICS_TOKEN) to let Prometheus read it');
    const host = await bootstrapHost({
      name: definition.name,
      logger,
      bus: definition.bus ? definition.bus(logger) : busFromEnv(definition.name, logger, env),
      port: Number(env.PORT ?? definition.defaultPort),
      host: env.HOST?.trim() || definition.defaultHost || '0.0.0.0',
      modules: [config, ...definition.modules(env)],
      forwarded: definition.forwarded?.(env),
      trustProxy: definition.trustProxy?.(env),
      serviceTokens: definition.serviceTokens ? definition.serviceTokens(env) : serviceTokensFromEnv(env),
      metrics,
    });
    definition.announce?.(host, logger);
    const shutdown = (signal: string) => {
      logger.info({ signal }, 'shutting down');
      // The spans not yet exported go out last (a no-op when tracing is off).
      host.close().then(
        () => shutdownTracing().finally(() => process.exit(0)),
        (error: unknown) => {
          logger.error({ err: error }, 'shutdown failed');
          process.exit(1);
        },
      );
    };
    process.once('SIGTERM', () => shutdown('SIGTERM'));
    process.once('SIGINT', () => shutdown('SIGINT'));
    return host;
  } catch (error) {
    logger.fatal({ err: error }, 'failed to start');
    process.exit(1);
  }
}

/** The process's own data folder, or a plain line saying who holds it and exit 1; released when the process exits. */
function takeDataDir(definition: ProcessDefinition, env: NodeJS.ProcessEnv): void {
  const dir = definition.exclusiveDataDir?.(env);
  if (!dir) return;
  try {
    const lock = acquireDataDirLock(dir, definition.name);
    process.once('exit', () => lock.release());
  } catch (error) {
    process.stderr.write(`${definition.name}: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
}

/** A service's verifier from its environment; production refuses to start without the gateway's keys. */
function serviceTokensFromEnv(env: NodeJS.ProcessEnv): ServiceTokenVerifier | undefined {
  const verifier = serviceTokenVerifierFromEnv(env);
  if (!verifier && env.NODE_ENV === 'production') throw new Error('SERVICE_TOKEN_JWKS_URL (or SERVICE_TOKEN_JWKS) is required when NODE_ENV=production: without the gateway\'s keys no caller can be known');
  return verifier;
}
