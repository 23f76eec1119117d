import type { DynamicModule } from '@nestjs/common';
import { createLogger, type Logger } from '@scq/platform-observability';
import type { MessageBus } from '@scq/platform-messaging';
import { bootstrapHost, type RunningHost } from './bootstrap-host';
import { busFromEnv } from './bus-from-env';

export interface ProcessDefinition {
  name: string;
  defaultPort: number;
  modules: (env: NodeJS.ProcessEnv) => DynamicModule[];
  bus?: (logger: Logger) => MessageBus;
  /** Paths the process forwards unread to other processes (the gateway's proxied routes). */
  forwarded?: (env: NodeJS.ProcessEnv) => (path: string) => boolean;
  /** Printed once the process listens (e.g. the embedded mode's welcome). */
  announce?: (host: RunningHost, logger: Logger) => void;
}

/** Runs a process until SIGTERM/SIGINT, then closes it in order: HTTP, consumers and relays, databases, bus. */
export async function runProcess(definition: ProcessDefinition, env: NodeJS.ProcessEnv = process.env): Promise<RunningHost> {
  const logger = createLogger(definition.name);
  try {
    const host = await bootstrapHost({
      name: definition.name,
      logger,
      bus: definition.bus ? definition.bus(logger) : busFromEnv(definition.name, logger, env),
      port: Number(env.PORT ?? definition.defaultPort),
      modules: definition.modules(env),
      forwarded: definition.forwarded?.(env),
    });
    definition.announce?.(host, logger);
    const shutdown = (signal: string) => {
      logger.info({ signal }, 'shutting down');
      host.close().then(
        () => process.exit(0),
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
