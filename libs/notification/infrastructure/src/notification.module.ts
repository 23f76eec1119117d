import { readFileSync } from 'node:fs';
import { Module, type DynamicModule } from '@nestjs/common';
import Redis from 'ioredis';
import {
  AttemptDeliveryHandler,
  CancelDeadlineHandler,
  DEADLINE_REPOSITORY,
  DELIVERY_REPOSITORY,
  DIGEST_REPOSITORY,
  EMAIL_SENDER,
  FireReminderHandler,
  INBOX_REPOSITORY,
  InboxService,
  JOB_OUTBOX,
  NotifyRecipientsService,
  PREFERENCES_REPOSITORY,
  PreferencesService,
  RecordSubjectHandler,
  RequestDeadlineHandler,
  RescheduleHandler,
  SUBJECT_DIRECTORY,
  SendDigestHandler,
  WEBHOOK_SENDER,
  notificationSettings,
  type DeadlineRepository,
  type DeliveryRepository,
  type DigestRepository,
  type EmailSender,
  type InboxRepository,
  type NotificationSettings,
  type PreferencesRepository,
  type SubjectDirectory,
  type WebhookSender,
} from '@scq/notification-application';
import { CalendarDeadlineCalculator, DEFAULT_DELIVERY_RETRY, parseReminderPolicies, ScaledDeadlineCalculator, type DeadlineCalculator, type DeliveryRetryPolicy, type ReminderPolicies } from '@scq/notification-domain';
import { SERVICE_DATABASE, serviceRuntimeProviders, ServiceMessaging } from '@scq/platform-messaging';
import { LOGGER, ReadinessRegistry, type Logger } from '@scq/platform-observability';
import { ApiDocsModule, serviceApiDocs, UnitNamesModule } from '@scq/platform-http';
import { databaseLocationFromEnv, type Database, type DatabaseLocation } from '@scq/platform-persistence';
import { BullMqScheduler, DatabaseScheduler, type Scheduler } from '@scq/platform-scheduling';
import { canonicalUnitName } from '@scq/taxonomy';
import { DeadlineCancelledConsumer } from './deadline-cancelled.consumer';
import { DeadlineRequestedConsumer } from './deadline-requested.consumer';
import { DeliveriesHttpController } from './deliveries.http.controller';
import { DeliveryProcessor } from './delivery.processor';
import { DigestProcessor } from './digest.processor';
import { HttpWebhookSender } from './http-webhook.sender';
import { InboxHttpController } from './inbox.http.controller';
import { JobOutboxDispatcher, type JobOutboxDispatcherOptions } from './job-outbox.dispatcher';
import { notificationMigrations } from './notification.migrations';
import { NOTIFICATION_PARTS, NotificationRuntime, type NotificationParts } from './notification.runtime';
import { NOTIFICATION_SCHEDULER, NOTIFICATION_SETTINGS } from './notification.tokens';
import { OperationsHttpController } from './operations.http.controller';
import { PreferencesHttpController } from './preferences.http.controller';
import { ReminderProcessor } from './reminder.processor';
import { SmtpEmailSender, UnconfiguredEmailSender } from './smtp-email.sender';
import { SqlDeadlineRepository } from './sql-deadline.repository';
import { SqlDeliveryRepository } from './sql-delivery.repository';
import { SqlDigestRepository } from './sql-digest.repository';
import { SqlInboxRepository } from './sql-inbox.repository';
import { SqlPreferencesRepository } from './sql-preferences.repository';
import { SqlSubjectDirectory } from './sql-subject.directory';
import { SubjectDirectoryConsumer } from './subject-directory.consumer';

export { NOTIFICATION_SCHEDULER } from './notification.tokens';

export const NOTIFICATION_SERVICE = 'notification';

/** The HTTP controllers of the service: registered by the module and documented, from their decorated routes, in its API document. */
const NOTIFICATION_HTTP_CONTROLLERS = [InboxHttpController, PreferencesHttpController, DeliveriesHttpController, OperationsHttpController];

export interface NotificationModuleOptions {
  database: DatabaseLocation;
  /** Redis for BullMQ (production); without it the durable scheduler keeps its jobs in the service's database. */
  redisUrl?: string;
  redisPrefix?: string;
  /** SMTP for email (`SMTP_URL`, e.g. `smtp://user:pass@mail.example.gov.cn:587`); without it email deliveries fail permanently, logged. */
  smtpUrl?: string;
  smtpFrom?: string;
  /** Working-day arithmetic; default the statutory-holiday calendar. Tests pass a scaled one. */
  calculator?: DeadlineCalculator;
  /** Reminder policies as data (default: DEFAULT_REMINDER_POLICIES); or a JSON file of them (`NOTIFICATION_POLICIES_FILE`). */
  policies?: ReminderPolicies;
  policiesFile?: string;
  deliveryRetry?: Partial<DeliveryRetryPolicy>;
  webhookTimeoutMs?: number;
  /** The taxonomy version whose coordinator is told when a subject's own is not known (default: the newest). */
  taxonomyVersion?: string;
  rescheduleOnStart?: boolean;
  sweepIntervalMs?: number;
  sweepGraceMs?: number;
  dispatcher?: JobOutboxDispatcherOptions;
  /** Jobs one queue runs at once in this process (default 10). */
  schedulerConcurrency?: number;
}

/**
 * The module's options from the environment (see docs/notification.md for every variable).
 * `NOTIFICATION_DEMO_WORKING_DAY_MS` (demos and browser tests only) makes one working day last that many
 * milliseconds, so reminders and escalations fire within seconds; refused under NODE_ENV=production.
 */
export function notificationOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): NotificationModuleOptions {
  const demoDay = demoWorkingDayMs(env);
  return {
    database: databaseLocationFromEnv(NOTIFICATION_SERVICE, env),
    redisUrl: env.REDIS_URL || undefined,
    redisPrefix: env.REDIS_PREFIX || undefined,
    smtpUrl: env.SMTP_URL || undefined,
    smtpFrom: env.SMTP_FROM || undefined,
    policiesFile: env.NOTIFICATION_POLICIES_FILE || undefined,
    ...(demoDay === undefined ? {} : { calculator: new ScaledDeadlineCalculator(demoDay) }),
  };
}

function demoWorkingDayMs(env: NodeJS.ProcessEnv): number | undefined {
  const raw = env.NOTIFICATION_DEMO_WORKING_DAY_MS?.trim();
  if (!raw) return undefined;
  if (env.NODE_ENV === 'production') {
    throw new Error('NOTIFICATION_DEMO_WORKING_DAY_MS is for demos and tests only and is refused when NODE_ENV=production: deadlines must follow the statutory working-day calendar. Unset it.');
  }
  if (!/^\d+$/.test(raw) || !Number.isSafeInteger(Number(raw)) || Number(raw) <= 0) {
    throw new Error(`NOTIFICATION_DEMO_WORKING_DAY_MS must be a positive whole number of milliseconds (one working day), got "${raw}"`);
  }
  return Number(raw);
}

/**
 * The notification service: working-day deadlines with their reminders and escalation chains (durable jobs on
 * BullMQ with REDIS_URL, on the database table otherwise), the in-app inbox, email and signed webhooks with a
 * delivery log, daily digests and quiet hours, and `notification.*` events through its outbox.
 */
@Module({})
export class NotificationModule {
  static register(options: NotificationModuleOptions): DynamicModule {
    return {
      module: NotificationModule,
      imports: [ApiDocsModule, UnitNamesModule.register(canonicalUnitName)],
      controllers: [...NOTIFICATION_HTTP_CONTROLLERS, DeadlineRequestedConsumer, DeadlineCancelledConsumer, SubjectDirectoryConsumer],
      providers: [
        serviceApiDocs(NOTIFICATION_SERVICE, NOTIFICATION_HTTP_CONTROLLERS),
        ...serviceRuntimeProviders({ service: NOTIFICATION_SERVICE, schema: 'notification', database: options.database, migrations: notificationMigrations }),
        {
          provide: NOTIFICATION_SETTINGS,
          inject: [LOGGER],
          useFactory: (logger: Logger): NotificationSettings =>
            notificationSettings({
              calculator:
                options.calculator ??
                new CalendarDeadlineCalculator({
                  onBeyondCoverage: (year) =>
                    logger.warn({ component: 'notification', year }, `no statutory holiday notice for ${year} in @scq/calendar: deadlines in ${year} count Monday–Friday until it is added (then POST /api/notifications/reschedule re-derives them)`),
                }),
              policies: options.policies ?? (options.policiesFile ? parseReminderPolicies(JSON.parse(readFileSync(options.policiesFile, 'utf8'))) : undefined),
              deliveryRetry: { ...DEFAULT_DELIVERY_RETRY, ...options.deliveryRetry },
              taxonomyVersion: options.taxonomyVersion,
            }),
        },
        {
          provide: NOTIFICATION_SCHEDULER,
          inject: [SERVICE_DATABASE, ReadinessRegistry, LOGGER],
          useFactory: (db: Database, readiness: ReadinessRegistry, logger: Logger): Scheduler => {
            const onError = (error: unknown) => logger.error({ err: error, component: 'notification-scheduler' }, 'scheduler error');
            if (!options.redisUrl) return new DatabaseScheduler({ db, schema: 'notification', concurrency: options.schedulerConcurrency, onError });
            const redisUrl = options.redisUrl;
            readiness.add({ name: 'redis', check: () => pingRedis(redisUrl) });
            return new BullMqScheduler({ connection: { url: redisUrl }, prefix: options.redisPrefix ?? 'scq', concurrency: options.schedulerConcurrency, onError });
          },
        },
        { provide: DEADLINE_REPOSITORY, useClass: SqlDeadlineRepository },
        { provide: SUBJECT_DIRECTORY, useClass: SqlSubjectDirectory },
        { provide: INBOX_REPOSITORY, useClass: SqlInboxRepository },
        { provide: PREFERENCES_REPOSITORY, useClass: SqlPreferencesRepository },
        { provide: DELIVERY_REPOSITORY, useClass: SqlDeliveryRepository },
        { provide: DIGEST_REPOSITORY, useClass: SqlDigestRepository },
        {
          provide: JOB_OUTBOX,
          inject: [SERVICE_DATABASE, NOTIFICATION_SCHEDULER, LOGGER],
          useFactory: (db: Database, scheduler: Scheduler, logger: Logger) =>
            new JobOutboxDispatcher(db, scheduler, { onError: (error) => logger.warn({ err: error, component: 'notification-job-outbox' }, 'job outbox command failed; retrying'), ...options.dispatcher }),
        },
        { provide: EMAIL_SENDER, useFactory: (): EmailSender => (options.smtpUrl ? new SmtpEmailSender({ url: options.smtpUrl, from: options.smtpFrom }) : new UnconfiguredEmailSender()) },
        { provide: WEBHOOK_SENDER, useFactory: (): WebhookSender => new HttpWebhookSender({ timeoutMs: options.webhookTimeoutMs }) },
        {
          provide: NotifyRecipientsService,
          inject: [INBOX_REPOSITORY, PREFERENCES_REPOSITORY, DELIVERY_REPOSITORY, DIGEST_REPOSITORY, JOB_OUTBOX],
          useFactory: (inbox: InboxRepository, preferences: PreferencesRepository, deliveries: DeliveryRepository, digests: DigestRepository, jobs: JobOutboxDispatcher) =>
            new NotifyRecipientsService(inbox, preferences, deliveries, digests, jobs),
        },
        {
          provide: FireReminderHandler,
          inject: [SERVICE_DATABASE, DEADLINE_REPOSITORY, SUBJECT_DIRECTORY, NotifyRecipientsService, ServiceMessaging, NOTIFICATION_SETTINGS],
          useFactory: (db: Database, deadlines: DeadlineRepository, subjects: SubjectDirectory, notifier: NotifyRecipientsService, messaging: ServiceMessaging, settings: NotificationSettings) =>
            new FireReminderHandler(db, deadlines, subjects, notifier, messaging.publisher, settings),
        },
        {
          provide: AttemptDeliveryHandler,
          inject: [SERVICE_DATABASE, DELIVERY_REPOSITORY, PREFERENCES_REPOSITORY, EMAIL_SENDER, WEBHOOK_SENDER, JOB_OUTBOX, NOTIFICATION_SETTINGS],
          useFactory: (db: Database, deliveries: DeliveryRepository, preferences: PreferencesRepository, email: EmailSender, webhooks: WebhookSender, jobs: JobOutboxDispatcher, settings: NotificationSettings) =>
            new AttemptDeliveryHandler(db, deliveries, preferences, email, webhooks, jobs, settings),
        },
        {
          provide: SendDigestHandler,
          inject: [SERVICE_DATABASE, DIGEST_REPOSITORY, PREFERENCES_REPOSITORY, NotifyRecipientsService],
          useFactory: (db: Database, digests: DigestRepository, preferences: PreferencesRepository, notifier: NotifyRecipientsService) =>
            new SendDigestHandler(db, digests, preferences, notifier),
        },
        {
          provide: RequestDeadlineHandler,
          inject: [DEADLINE_REPOSITORY, JOB_OUTBOX, NOTIFICATION_SETTINGS],
          useFactory: (deadlines: DeadlineRepository, jobs: JobOutboxDispatcher, settings: NotificationSettings) => new RequestDeadlineHandler(deadlines, jobs, settings),
        },
        { provide: CancelDeadlineHandler, inject: [DEADLINE_REPOSITORY, JOB_OUTBOX], useFactory: (deadlines: DeadlineRepository, jobs: JobOutboxDispatcher) => new CancelDeadlineHandler(deadlines, jobs) },
        { provide: RecordSubjectHandler, inject: [SUBJECT_DIRECTORY], useFactory: (subjects: SubjectDirectory) => new RecordSubjectHandler(subjects) },
        {
          provide: RescheduleHandler,
          inject: [SERVICE_DATABASE, NOTIFICATION_SCHEDULER, DEADLINE_REPOSITORY, DELIVERY_REPOSITORY, DIGEST_REPOSITORY, JOB_OUTBOX, NOTIFICATION_SETTINGS, FireReminderHandler, AttemptDeliveryHandler, SendDigestHandler],
          useFactory: (
            db: Database,
            scheduler: Scheduler,
            deadlines: DeadlineRepository,
            deliveries: DeliveryRepository,
            digests: DigestRepository,
            jobs: JobOutboxDispatcher,
            settings: NotificationSettings,
            reminders: FireReminderHandler,
            attempts: AttemptDeliveryHandler,
            digestSender: SendDigestHandler,
          ) => new RescheduleHandler(db, scheduler, deadlines, deliveries, digests, jobs, settings, { reminders, deliveries: attempts, digests: digestSender }),
        },
        { provide: InboxService, inject: [SERVICE_DATABASE, INBOX_REPOSITORY], useFactory: (db: Database, inbox: InboxRepository) => new InboxService(db, inbox) },
        { provide: PreferencesService, inject: [SERVICE_DATABASE, PREFERENCES_REPOSITORY], useFactory: (db: Database, preferences: PreferencesRepository) => new PreferencesService(db, preferences) },
        {
          provide: NOTIFICATION_PARTS,
          inject: [NOTIFICATION_SCHEDULER, JOB_OUTBOX, RescheduleHandler, FireReminderHandler, AttemptDeliveryHandler, SendDigestHandler, EMAIL_SENDER],
          useFactory: (
            scheduler: Scheduler,
            dispatcher: JobOutboxDispatcher,
            reschedule: RescheduleHandler,
            reminders: FireReminderHandler,
            attempts: AttemptDeliveryHandler,
            digests: SendDigestHandler,
            email: EmailSender,
          ): NotificationParts => ({
            scheduler,
            dispatcher,
            reschedule,
            processors: [new ReminderProcessor(reminders), new DeliveryProcessor(attempts), new DigestProcessor(digests)],
            close: () => (email instanceof SmtpEmailSender ? email.close() : undefined),
            options: { rescheduleOnStart: options.rescheduleOnStart ?? true, sweepIntervalMs: options.sweepIntervalMs ?? 60_000, sweepGraceMs: options.sweepGraceMs ?? 300_000 },
          }),
        },
        NotificationRuntime,
      ],
      exports: [NOTIFICATION_SCHEDULER],
    };
  }
}

async function pingRedis(url: string): Promise<void> {
  const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, connectTimeout: 1500, retryStrategy: () => null });
  try {
    await client.connect();
    await client.ping();
  } finally {
    client.disconnect();
  }
}
