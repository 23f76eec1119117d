import { Inject, Injectable, type BeforeApplicationShutdown, type OnApplicationBootstrap, type Provider } from '@nestjs/common';
import { anchorHistory, HistoryChainKeys, LifecycleRunner } from '@scq/platform-lifecycle';
import { SERVICE_DATABASE } from '@scq/platform-messaging';
import { LOGGER, type Logger } from '@scq/platform-observability';
import type { Database } from '@scq/platform-persistence';
import { historyChainKeysFromEnv } from './history-chain-key';

export interface HistoryChainOptions {
  /** The keys, when the process resolved them itself; default: from the environment. */
  keys?: HistoryChainKeys;
  /** Outside production without a key: where to keep one (see `historyChainKeysFromEnv`). */
  keyFile?: string;
}

/**
 * Anchors the service's history heads when the service starts (the first anchor marks where keyed links began), every
 * `HISTORY_ANCHOR_INTERVAL_SECONDS` (600), and once more at a graceful shutdown, before the database closes.
 */
@Injectable()
export class HistoryAnchorSchedule implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> = Promise.resolve();

  constructor(
    @Inject(SERVICE_DATABASE) private readonly db: Database,
    private readonly runner: LifecycleRunner,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.anchorNow();
    const seconds = Number(process.env.HISTORY_ANCHOR_INTERVAL_SECONDS?.trim() || 600);
    if (seconds > 0) this.timer = setInterval(() => void this.anchorNow(), seconds * 1000).unref();
  }

  async beforeApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.anchorNow();
  }

  /** One anchor now (after any still running); failures are logged, never thrown: anchoring must not stop the service. */
  anchorNow(): Promise<unknown> {
    this.running = this.running.then(() =>
      anchorHistory(this.db, this.runner, this.logger).catch((error: unknown) => this.logger.error({ err: error, schema: this.runner.store.schema }, 'lifecycle history anchor failed')),
    );
    return this.running;
  }
}

/** The history chain keys (from outside the database) and the anchor schedule of a service that runs lifecycle instances. */
export function historyChainProviders(options: HistoryChainOptions = {}): Provider[] {
  return [
    {
      provide: HistoryChainKeys,
      inject: [LOGGER],
      useFactory: (logger: Logger) => options.keys ?? historyChainKeysFromEnv(process.env, { keyFile: options.keyFile, warn: (message) => logger.warn(message) }),
    },
    HistoryAnchorSchedule,
  ];
}
