import { readFileSync } from 'node:fs';
import {
  AttemptDeliveryHandler,
  CancelDeadlineHandler,
  DeadlineNoticeService,
  EvaluatorRemovedNoticeHandler,
  DeadLetterNoticeHandler,
  FireReminderHandler,
  InboxService,
  NotifyRecipientsService,
  PreferencesService,
  RecordSubjectHandler,
  RequestDeadlineHandler,
  RescheduleHandler,
  SandboxBreachHandler,
  EmploymentRiskNoticeHandler,
  ApplicationStageNoticeHandler,
  SendDigestHandler,
  LEGACY_REMINDER_QUEUE,
  REMINDER_QUEUE,
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
import { CalendarDeadlineCalculator, DEFAULT_DELIVERY_RETRY, parseReminderPolicies, type DeadlineCalculator, type DeliveryRetryPolicy, type ReminderPolicies } from '@scq/notification-domain';
import { SqlDeadLetterStore, type ServiceMessaging } from '@scq/platform-messaging';
import type { Logger, ReadinessRegistry } from '@scq/platform-observability';
import type { Database, DatabaseLocation } from '@scq/platform-persistence';
import { BullMqScheduler, DatabaseScheduler, type Scheduler } from '@scq/platform-scheduling';
import { DeliveryProcessor } from './delivery.processor';
import { DigestProcessor } from './digest.processor';
import { HttpWebhookSender } from './http-webhook.sender';
import { parseAllowedNetworks } from './webhook-target.guard';
import { InboxChangeNotifier, LocalInboxChangeBus, RedisInboxChangeBus, type InboxChangeBus } from './inbox-changes';
import { DEFAULT_INBOX_STREAM_OPTIONS, InboxStreams, type InboxStreamOptions } from './inbox-streams';
import { JobOutboxDispatcher, type JobOutboxDispatcherOptions } from './job-outbox.dispatcher';
import type { NotificationParts } from './notification.runtime';
import { ReminderProcessor } from './reminder.processor';
import { SchedulerStoreWatch } from './scheduler-store.watch';
import { SmtpEmailSender, UnconfiguredEmailSender } from './smtp-email.sender';
import { SqlDeadlineRepository } from './sql-deadline.repository';
import { SqlDeliveryRepository } from './sql-delivery.repository';
import { SqlDigestRepository } from './sql-digest.repository';
import { SqlInboxRepository } from './sql-inbox.repository';
import { SqlPreferencesRepository } from './sql-preferences.repository';
import { SqlSubjectDirectory } from './sql-subject.directory';


/** ioredis is required when a Redis client is made (~17 MiB resident): the embedded mode and tests without Redis never need it. */
const ioredis = () => require('ioredis') as typeof import('ioredis');

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
  /** A folder of holiday notice files (`CALENDAR_DIR`, `*.json`, docs/calendar.md) loaded at start; a bad file stops the start. */
  calendarDir?: string;
  deliveryRetry?: Partial<DeliveryRetryPolicy>;
  webhookTimeoutMs?: number;
  /** CIDRs webhooks may reach although private (`WEBHOOK_ALLOWED_NETWORKS`, intranet deployments); none by default. */
  webhookAllowedNetworks?: string;
  /** The taxonomy version whose coordinator is told when a subject's own is not known (default: the newest). */
  taxonomyVersion?: string;
  /** How long a reached deadline's notice waits for the lifecycle to name the stage it moved to (default 2 minutes). */
  dueNoticeWaitMs?: number;
  rescheduleOnStart?: boolean;
  /** With `redisUrl`: how often the scheduler's Redis is checked for a flush, restart or failover (default 5 s; docs/architecture.md). */
  storeCheckIntervalMs?: number;
  sweepIntervalMs?: number;
  sweepGraceMs?: number;
  dispatcher?: JobOutboxDispatcherOptions;
  /** Jobs one queue runs at once in this process (default 10). */
  schedulerConcurrency?: number;
  /** The unread-count streams' heartbeat, longest life and coalescing window (tests shorten them). */
  inboxStreams?: Partial<InboxStreamOptions>;
}

/** What the platform gives the service: its own database and messaging, the readiness registry and the logger. */
export interface NotificationPlatform {
  db: Database;
  messaging: ServiceMessaging;
  readiness: ReadinessRegistry;
  logger: Logger;
}

/** The notification service's whole object graph, built once by {@link composeNotification}. */
export interface NotificationGraph {
  settings: NotificationSettings;
  scheduler: Scheduler;
  deadlines: DeadlineRepository;
  subjects: SubjectDirectory;
  inboxes: InboxRepository;
  preferenceStore: PreferencesRepository;
  deliveries: DeliveryRepository;
  digests: DigestRepository;
  jobs: JobOutboxDispatcher;
  email: EmailSender;
  webhooks: WebhookSender;
  notifier: NotifyRecipientsService;
  reminders: FireReminderHandler;
  attempts: AttemptDeliveryHandler;
  digestSender: SendDigestHandler;
  requestDeadline: RequestDeadlineHandler;
  cancelDeadline: CancelDeadlineHandler;
  recordSubject: RecordSubjectHandler;
  sandboxBreach: SandboxBreachHandler;
  employmentRiskNotice: EmploymentRiskNoticeHandler;
  applicationStageNotice: ApplicationStageNoticeHandler;
  evaluatorRemoved: EvaluatorRemovedNoticeHandler;
  deadLetterNotice: DeadLetterNoticeHandler;
  /** Every service's dead letters (this service consumes `platform.dead-letter.v1`); replays go out through its outbox. */
  deadLetters: SqlDeadLetterStore;
  reschedule: RescheduleHandler;
  inbox: InboxService;
  preferences: PreferencesService;
  /** Inbox changes across instances: Redis pub/sub with `redisUrl`, in-process otherwise. */
  inboxChanges: InboxChangeBus;
  streams: InboxStreams;
  /** What {@link NotificationRuntime} starts, registers and stops with the app. */
  runtime: NotificationParts;
}

/**
 * The composition root of the notification service in plain code: every constructor call is checked by the compiler.
 * The scheduler is BullMQ with `redisUrl` (its Redis then a readiness check), the service's database table otherwise.
 */
export function composeNotification({ db, messaging, readiness, logger }: NotificationPlatform, options: NotificationModuleOptions): NotificationGraph {
  const settings = notificationSettings({
    calculator:
      options.calculator ??
      new CalendarDeadlineCalculator({
        onBeyondCoverage: (year) =>
          logger.warn({ component: 'notification', year }, `no statutory holiday notice for ${year} in @scq/calendar: deadlines in ${year} count Monday–Friday until it is added (then POST /api/notifications/reschedule re-derives them)`),
      }),
    policies: options.policies ?? (options.policiesFile ? parseReminderPolicies(JSON.parse(readFileSync(options.policiesFile, 'utf8'))) : undefined),
    deliveryRetry: { ...DEFAULT_DELIVERY_RETRY, ...options.deliveryRetry },
    taxonomyVersion: options.taxonomyVersion,
    dueNoticeWaitMs: options.dueNoticeWaitMs,
  });
  const scheduler = notificationScheduler(db, readiness, logger, options);

  const deadlines = new SqlDeadlineRepository();
  const subjects = new SqlSubjectDirectory();
  const inboxes = new SqlInboxRepository();
  const preferenceStore = new SqlPreferencesRepository();
  const deliveries = new SqlDeliveryRepository();
  const digests = new SqlDigestRepository();
  const jobs = new JobOutboxDispatcher(db, scheduler, { onError: (error) => logger.warn({ err: error, component: 'notification-job-outbox' }, 'job outbox command failed; retrying'), ...options.dispatcher });
  const email: EmailSender = options.smtpUrl ? new SmtpEmailSender({ url: options.smtpUrl, from: options.smtpFrom }) : new UnconfiguredEmailSender();
  const webhooks: WebhookSender = new HttpWebhookSender({ timeoutMs: options.webhookTimeoutMs, allowedNetworks: parseAllowedNetworks(options.webhookAllowedNetworks) });

  const inboxChanges: InboxChangeBus = options.redisUrl
    ? new RedisInboxChangeBus({ url: options.redisUrl, prefix: options.redisPrefix ?? 'scq', onError: (error) => logger.warn({ err: error, component: 'notification-inbox-changes' }, 'inbox change signal failed') })
    : new LocalInboxChangeBus();
  const changes = new InboxChangeNotifier(inboxChanges);
  const inbox = new InboxService(db, inboxes, changes);
  const streams = new InboxStreams(inbox, inboxChanges, { ...DEFAULT_INBOX_STREAM_OPTIONS, ...options.inboxStreams }, (error) => logger.warn({ err: error, component: 'notification-inbox-streams' }, 'unread count for a stream failed'));
  const notifier = new NotifyRecipientsService(inboxes, preferenceStore, deliveries, digests, jobs, changes);
  const notices = new DeadlineNoticeService(subjects, notifier, messaging.publisher, settings);
  const reminders = new FireReminderHandler(db, deadlines, notices, messaging.publisher, jobs, settings);
  const attempts = new AttemptDeliveryHandler(db, deliveries, preferenceStore, email, webhooks, jobs, settings);
  const digestSender = new SendDigestHandler(db, digests, preferenceStore, notifier);
  const reschedule = new RescheduleHandler(db, scheduler, deadlines, deliveries, digests, jobs, settings, { reminders, deliveries: attempts, digests: digestSender });
  const storeWatch = options.redisUrl
    ? new SchedulerStoreWatch({ url: options.redisUrl, prefix: options.redisPrefix ?? 'scq', intervalMs: options.storeCheckIntervalMs, restore: () => reschedule.reschedule(), logger })
    : undefined;
  if (storeWatch) readiness.add(storeWatch.readinessCheck());

  return {
    settings,
    scheduler,
    deadlines,
    subjects,
    inboxes,
    preferenceStore,
    deliveries,
    digests,
    jobs,
    email,
    webhooks,
    notifier,
    reminders,
    attempts,
    digestSender,
    requestDeadline: new RequestDeadlineHandler(deadlines, jobs, settings),
    cancelDeadline: new CancelDeadlineHandler(deadlines, jobs, notices),
    recordSubject: new RecordSubjectHandler(subjects),
    sandboxBreach: new SandboxBreachHandler(subjects, notifier),
    employmentRiskNotice: new EmploymentRiskNoticeHandler(subjects, notifier),
    applicationStageNotice: new ApplicationStageNoticeHandler(subjects, notifier),
    evaluatorRemoved: new EvaluatorRemovedNoticeHandler(subjects, notifier, settings),
    deadLetterNotice: new DeadLetterNoticeHandler(notifier),
    deadLetters: new SqlDeadLetterStore(db.schema, messaging.outbox),
    reschedule,
    inbox,
    preferences: new PreferencesService(db, preferenceStore),
    inboxChanges,
    streams,
    runtime: {
      scheduler,
      dispatcher: jobs,
      inboxChanges,
      streams,
      reschedule,
      storeWatch,
      processors: [new ReminderProcessor(reminders), new DeliveryProcessor(attempts), new DigestProcessor(digestSender)],
      close: () => (email instanceof SmtpEmailSender ? email.close() : undefined),
      reminderBacklog: () => reminderBacklog(db),
      options: { rescheduleOnStart: options.rescheduleOnStart ?? true, sweepIntervalMs: options.sweepIntervalMs ?? 60_000, sweepGraceMs: options.sweepGraceMs ?? 300_000 },
    },
  };
}

/** Pending reminders and those over a minute past their time: counted on the partial index of pending rows. */
async function reminderBacklog(db: Database): Promise<{ pending: number; overdue: number }> {
  const { rows } = await db.query<{ pending: number; overdue: number }>(
    `SELECT count(*)::int AS pending, count(*) FILTER (WHERE run_at < now() - interval '1 minute')::int AS overdue FROM notification.reminder WHERE status = 'pending'`,
  );
  return rows[0];
}

function notificationScheduler(db: Database, readiness: ReadinessRegistry, logger: Logger, options: NotificationModuleOptions): Scheduler {
  const onError = (error: unknown) => logger.error({ err: error, component: 'notification-scheduler' }, 'scheduler error');
  if (!options.redisUrl) return new DatabaseScheduler({ db, schema: 'notification', concurrency: options.schedulerConcurrency, onError });
  const redisUrl = options.redisUrl;
  readiness.add({ name: 'redis', check: () => pingRedis(redisUrl) });
  // A reminder's row decides whether it still fires: its finished jobs are removed (see docs/notification.md).
  return new BullMqScheduler({ connection: { url: redisUrl }, prefix: options.redisPrefix ?? 'scq', concurrency: options.schedulerConcurrency, removeFinished: [REMINDER_QUEUE, LEGACY_REMINDER_QUEUE], onError });
}

async function pingRedis(url: string): Promise<void> {
  const client = new (ioredis().Redis)(url, { lazyConnect: true, maxRetriesPerRequest: 0, connectTimeout: 1500, retryStrategy: () => null });
  try {
    await client.connect();
    await client.ping();
  } finally {
    client.disconnect();
  }
}
