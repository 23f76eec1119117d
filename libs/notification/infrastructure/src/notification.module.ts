import { Module, type DynamicModule } from '@nestjs/common';
import { ApplicationStageNoticeHandler, CancelDeadlineHandler, DeadLetterNoticeHandler, DEADLINE_REPOSITORY, type DeadlineRepository, DELIVERY_REPOSITORY, EvaluatorRemovedNoticeHandler, FireReminderHandler, InboxService, PreferencesService, RecordSubjectHandler, RequestDeadlineHandler, RescheduleHandler, SandboxBreachHandler, EmploymentRiskNoticeHandler } from '@scq/notification-application';
import { ScaledDeadlineCalculator } from '@scq/notification-domain';
import { SERVICE_DATABASE, serviceRuntimeProviders, ServiceMessaging, SqlDeadLetterStore } from '@scq/platform-messaging';
import { LOGGER, ReadinessRegistry, type Logger } from '@scq/platform-observability';
import { ApiDocsModule, edgeReadProvider, serviceApiDocs, UnitNamesModule } from '@scq/platform-http';
import { databaseLocationFromEnv, type Database } from '@scq/platform-persistence';
import { composedProviders } from '@scq/platform-runtime';
import { canonicalUnitName } from '@scq/taxonomy';
import { DeadlineCancelledConsumer } from './deadline-cancelled.consumer';
import { DeadlineRequestedConsumer } from './deadline-requested.consumer';
import { EvaluatorRemovedConsumer } from './evaluator-removed.consumer';
import { CALENDAR_DIR, CalendarHttpController, CalendarYearsLoader } from './calendar.http.controller';
import { DeadLetterConsumer } from './dead-letter.consumer';
import { DeadLettersHttpController } from './dead-letters.http.controller';
import { DeliveriesHttpController } from './deliveries.http.controller';
import { InboxHttpController } from './inbox.http.controller';
import { InboxStreamHttpController } from './inbox-stream.http.controller';
import { InboxStreams } from './inbox-streams';
import { composeNotification, type NotificationModuleOptions } from './notification.composition';
import { notificationMigrations } from './notification.migrations';
import { NOTIFICATION_PARTS, NotificationRuntime } from './notification.runtime';
import { NOTIFICATION_GRAPH, NOTIFICATION_SCHEDULER } from './notification.tokens';
import { OperationsHttpController } from './operations.http.controller';
import { ARMED_DEADLINES_PATH, ArmedDeadlines, armedDeadlinesQuery } from './armed-deadlines';
import { PreferencesHttpController } from './preferences.http.controller';
import { SandboxBreachConsumer } from './sandbox-breach.consumer';
import { EmploymentRiskConsumer } from './employment-risk.consumer';
import { ApplicationStageNoticeConsumer } from './application-stage-notice.consumer';
import { SubjectDirectoryConsumer } from './subject-directory.consumer';

export { NOTIFICATION_SCHEDULER } from './notification.tokens';
export type { NotificationModuleOptions } from './notification.composition';

export const NOTIFICATION_SERVICE = 'notification';

/** The HTTP controllers of the service: registered by the module and documented, from their decorated routes, in its API document. */
const NOTIFICATION_HTTP_CONTROLLERS = [InboxHttpController, InboxStreamHttpController, PreferencesHttpController, DeliveriesHttpController, OperationsHttpController, CalendarHttpController, DeadLettersHttpController];

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
    calendarDir: env.CALENDAR_DIR || undefined,
    webhookAllowedNetworks: env.WEBHOOK_ALLOWED_NETWORKS || undefined,
    // A demo day of seconds: the due notice waits a tenth of it for the lifecycle, not two minutes.
    ...(demoDay === undefined ? {} : { calculator: new ScaledDeadlineCalculator(demoDay), dueNoticeWaitMs: Math.ceil(demoDay / 10) }),
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
      controllers: [...NOTIFICATION_HTTP_CONTROLLERS, DeadlineRequestedConsumer, DeadlineCancelledConsumer, SubjectDirectoryConsumer, EvaluatorRemovedConsumer, SandboxBreachConsumer, ApplicationStageNoticeConsumer, DeadLetterConsumer, EmploymentRiskConsumer],
      providers: [
        serviceApiDocs(NOTIFICATION_SERVICE, NOTIFICATION_HTTP_CONTROLLERS),
        ...serviceRuntimeProviders({ service: NOTIFICATION_SERVICE, schema: 'notification', database: options.database, migrations: notificationMigrations }),
        ...composedProviders(
          NOTIFICATION_GRAPH,
          {
            inject: [SERVICE_DATABASE, ServiceMessaging, ReadinessRegistry, LOGGER],
            compose: (db: Database, messaging: ServiceMessaging, readiness: ReadinessRegistry, logger: Logger) => composeNotification({ db, messaging, readiness, logger }, options),
          },
          {
            inbox: InboxService,
            streams: InboxStreams,
            preferences: PreferencesService,
            requestDeadline: RequestDeadlineHandler,
            cancelDeadline: CancelDeadlineHandler,
            recordSubject: RecordSubjectHandler,
            sandboxBreach: SandboxBreachHandler,
            employmentRiskNotice: EmploymentRiskNoticeHandler,
            applicationStageNotice: ApplicationStageNoticeHandler,
            evaluatorRemoved: EvaluatorRemovedNoticeHandler,
            deadLetterNotice: DeadLetterNoticeHandler,
            deadLetters: SqlDeadLetterStore,
            reschedule: RescheduleHandler,
            reminders: FireReminderHandler,
          },
          { scheduler: NOTIFICATION_SCHEDULER, deadlines: DEADLINE_REPOSITORY, deliveries: DELIVERY_REPOSITORY, runtime: NOTIFICATION_PARTS },
        ),
        NotificationRuntime,
        { provide: CALENDAR_DIR, useValue: options.calendarDir ?? null },
        CalendarYearsLoader,
        { provide: ArmedDeadlines, inject: [SERVICE_DATABASE, DEADLINE_REPOSITORY], useFactory: (db: Database, deadlines: DeadlineRepository) => new ArmedDeadlines(db, deadlines) },
        edgeReadProvider(ARMED_DEADLINES_PATH, armedDeadlinesQuery, ArmedDeadlines, (armed, _actor, query) => armed.of(query)),
      ],
      exports: [NOTIFICATION_SCHEDULER],
    };
  }
}

