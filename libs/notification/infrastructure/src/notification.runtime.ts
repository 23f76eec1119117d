import { Inject, Injectable, type BeforeApplicationShutdown, type OnApplicationBootstrap, type OnModuleInit } from '@nestjs/common';
import type { RescheduleHandler } from '@scq/notification-application';
import { LOGGER, platformMetrics, type Logger, type ReminderBacklog } from '@scq/platform-observability';
import type { Scheduler } from '@scq/platform-scheduling';
import type { DeliveryProcessor } from './delivery.processor';
import type { DigestProcessor } from './digest.processor';
import type { InboxChangeBus } from './inbox-changes';
import type { InboxStreams } from './inbox-streams';
import type { JobOutboxDispatcher } from './job-outbox.dispatcher';
import type { ReminderProcessor } from './reminder.processor';
import type { SchedulerStoreWatch } from './scheduler-store.watch';

export interface NotificationRuntimeOptions {
  /** Re-derive and reschedule everything outstanding when the service starts (default true). */
  rescheduleOnStart: boolean;
  /** How often overdue work the scheduler lost is run directly (default 60 s; 0 disables the sweep). */
  sweepIntervalMs: number;
  /** How late a job must be before the sweep runs it itself (default 5 min). */
  sweepGraceMs: number;
}

export interface NotificationParts {
  scheduler: Scheduler;
  dispatcher: JobOutboxDispatcher;
  inboxChanges: InboxChangeBus;
  streams: InboxStreams;
  reschedule: RescheduleHandler;
  /** With Redis: notices a flush, restart or failover and restores the jobs from the database (readiness degraded meanwhile). */
  storeWatch?: SchedulerStoreWatch;
  processors: Array<ReminderProcessor | DeliveryProcessor | DigestProcessor>;
  close: () => void;
  /** Pending and overdue reminders in the database (the `scq_reminders_*` gauges, read at scrape time). */
  reminderBacklog: () => Promise<ReminderBacklog>;
  options: NotificationRuntimeOptions;
}

export const NOTIFICATION_PARTS = Symbol('NOTIFICATION_PARTS');

/**
 * Wires the service's moving parts to the app's lifecycle: job handlers registered at init; the
 * scheduler, the job-outbox dispatcher and the inbox change signal started with the app, then everything outstanding rescheduled from the
 * database and the overdue sweep armed; on shutdown they stop before the database closes.
 */
@Injectable()
export class NotificationRuntime implements OnModuleInit, OnApplicationBootstrap, BeforeApplicationShutdown {
  private sweepTimer: NodeJS.Timeout | undefined;
  private background: Promise<unknown> = Promise.resolve();
  private readonly logger: Logger;
  private forgetMetrics: () => void = () => undefined;

  constructor(
    @Inject(NOTIFICATION_PARTS) private readonly parts: NotificationParts,
    @Inject(LOGGER) logger: Logger,
  ) {
    this.logger = logger.child({ component: 'notification' });
  }

  onModuleInit(): void {
    for (const processor of this.parts.processors) processor.register(this.parts.scheduler);
  }

  async onApplicationBootstrap(): Promise<void> {
    this.forgetMetrics = platformMetrics.reminders.add('notification', this.parts.reminderBacklog);
    await this.parts.scheduler.start();
    this.parts.dispatcher.start();
    await this.parts.inboxChanges.start();
    this.parts.streams.start();
    // The sentinel is written before the start's reschedule: a flush from now on is noticed.
    await this.parts.storeWatch?.start();
    const { rescheduleOnStart, sweepIntervalMs, sweepGraceMs } = this.parts.options;
    if (rescheduleOnStart) {
      this.background = this.parts.reschedule.reschedule().then(
        (report) => this.logger.info({ report }, 'outstanding reminders, deliveries and digests rescheduled from the database'),
        (error: unknown) => this.logger.error({ err: error }, 'rescheduling from the database failed'),
      );
    }
    if (sweepIntervalMs > 0) {
      this.sweepTimer = setInterval(() => {
        this.background = this.background
          .then(() => this.parts.reschedule.sweep(new Date(), sweepGraceMs))
          .then(
            (report) => {
              platformMetrics.remindersSwept({ ...report });
              if (report.reminders + report.deliveries + report.digests > 0) this.logger.warn({ report }, 'overdue jobs the scheduler missed were run directly');
            },
            (error: unknown) => this.logger.error({ err: error }, 'overdue sweep failed'),
          );
      }, sweepIntervalMs);
      this.sweepTimer.unref();
    }
  }

  async beforeApplicationShutdown(): Promise<void> {
    // Open streams first: the HTTP server waits for every response to end before it closes.
    this.parts.streams.close();
    await this.parts.inboxChanges.close();
    clearInterval(this.sweepTimer);
    this.forgetMetrics();
    await this.background.catch(() => undefined);
    await this.parts.storeWatch?.stop();
    await this.parts.dispatcher.stop();
    await this.parts.scheduler.stop();
    this.parts.close();
  }
}
