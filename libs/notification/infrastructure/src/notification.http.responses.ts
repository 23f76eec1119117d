import { z } from 'zod';
import { CalendarFlagSchema } from './calendar.http.responses';
import { AUDIENCES, CHANNELS, DELIVERY_STATUSES, LANGUAGES, type MessageKind, type ReminderKind } from '@scq/notification-domain';
import type { ReminderStatus } from '@scq/notification-application';

/**
 * The success answers of the notification routes as they are sent (`@ApiRoute({ responses })`): the API document
 * and the console's generated client are built from these, and with `SCQ_CHECK_RESPONSES=true` every answer must
 * parse and carry no other field. The controllers declare their return as `Answer<typeof …Schema>`.
 */

/** An instant as JSON writes a `Date`; branded (types only) so that `Answer` knows the controller hands a `Date`. */
const instant = z.iso.datetime({ offset: true }).brand<'SentInstant'>();
type SentInstant = z.output<typeof instant>;

type Unsent<T> = T extends SentInstant ? Date : T extends ReadonlyArray<infer U> ? Array<Unsent<U>> : T extends object ? { [K in keyof T]: Unsent<T[K]> } : T;

/** What a controller returns for a response schema: its output, with `Date`s where the answer carries ISO instants. */
export type Answer<S extends z.ZodType> = Unsent<z.output<S>>;

const MESSAGE_KINDS = ['before', 'due', 'escalation', 'digest', 'sandbox-breach', 'evaluator-removed', 'application-stage', 'dead-letter', 'employment-risk'] as const satisfies readonly MessageKind[];
const REMINDER_KINDS = ['before', 'due', 'escalation'] as const satisfies readonly ReminderKind[];
const REMINDER_STATUSES = ['pending', 'fired', 'skipped', 'cancelled'] as const satisfies readonly ReminderStatus[];

const count = z.number().int().nonnegative();

export const NotificationRecipientSchema = z
  .object({ type: z.enum(['unit', 'user']), id: z.string().describe('the unit’s Chinese name or the user id') })
  .meta({ id: 'NotificationRecipient', description: 'A unit (by its Chinese name) or a person (by user id)' });

export const NotificationLocalizedTextSchema = z.object({ zh: z.string(), en: z.string() }).meta({ id: 'NotificationLocalizedText', description: 'A text in both languages' });

// ---- inbox ----

export const InboxUnreadCountsSchema = z
  .object({ unit: count.describe('unread in the caller’s unit’s inbox (0 without a unit)'), user: count.describe('unread in the caller’s own inbox'), total: count })
  .meta({ id: 'InboxUnreadCounts', description: 'Unread in-app messages: the unit’s, the caller’s own, and both' });

export const InboxItemSchema = z
  .object({
    id: z.guid(),
    recipient: NotificationRecipientSchema,
    kind: z.enum(MESSAGE_KINDS),
    critical: z.boolean(),
    subject: NotificationLocalizedTextSchema,
    body: NotificationLocalizedTextSchema,
    deadlineId: z.string().nullable(),
    instanceId: z.guid().nullable(),
    subjectId: z.string().nullable().describe('the scenario, application or assessment the message is about: a link target (the texts name it in words)'),
    subjectKind: z.enum(['scenario', 'application', 'assessment']).nullable().describe('what `subjectId` names (null on messages from before it was kept)'),
    createdAt: instant,
    readAt: instant.nullable(),
    readBy: z.string().nullable().describe('the user who read it (for a unit’s message: whoever of its members did first)'),
    read: z.boolean().describe('`readAt !== null`'),
    archivedAt: instant.nullable().describe('archived messages are left out of the default list and of the unread counts'),
    archivedBy: z.string().nullable(),
    archived: z.boolean().describe('`archivedAt !== null`'),
  })
  .meta({ id: 'InboxItem', description: 'A message in an in-app inbox, in both languages' });

export const InboxPageSchema = z
  .object({
    items: z.array(InboxItemSchema).describe('newest first'),
    nextCursor: z.string().nullable().describe('`after` for the next page; null on the last'),
    unread: InboxUnreadCountsSchema,
  })
  .meta({ id: 'InboxPage', description: 'A page of the caller’s and their unit’s inbox, with the unread counts' });

export const InboxReadAllResultSchema = z
  .object({ marked: count.describe('messages marked read now'), unread: InboxUnreadCountsSchema })
  .meta({ id: 'InboxReadAllResult', description: 'How many messages were marked read, and the unread counts after' });

export const InboxReadResultSchema = z
  .object({ item: InboxItemSchema, unread: InboxUnreadCountsSchema })
  .meta({ id: 'InboxReadResult', description: 'The message read, and the unread counts after' });

export const InboxArchiveResultSchema = z
  .object({ item: InboxItemSchema, unread: InboxUnreadCountsSchema })
  .meta({ id: 'InboxArchiveResult', description: 'The message archived or brought back, and the unread counts after' });

// ---- preferences ----

export const NotificationPreferencesSchema = z
  .object({
    recipient: NotificationRecipientSchema,
    language: z.enum(LANGUAGES),
    email: z.object({ enabled: z.boolean(), address: z.string().nullable() }),
    digest: z.object({ enabled: z.boolean(), at: z.string().describe('HH:mm or HH:mm:ss, Asia/Shanghai') }).describe('non-critical messages bundled into one a day'),
    quietHours: z
      .object({ start: z.string(), end: z.string() })
      .nullable()
      .describe('a daily window (HH:mm or HH:mm:ss, Asia/Shanghai, may span midnight) in which non-critical messages wait'),
    webhook: z.object({ enabled: z.boolean(), url: z.string().nullable(), secretSet: z.boolean().describe('whether a signing secret is stored (it is never shown)') }),
    stored: z.boolean().describe('false: nothing stored yet, these are the defaults'),
  })
  .meta({ id: 'NotificationPreferences', description: 'How a user or a unit is told: language, email, webhook, daily digest, quiet hours' });

// ---- deliveries ----

export const DeliveryEventSchema = z
  .object({ status: z.enum(DELIVERY_STATUSES), attempt: count.describe('0 when queued'), detail: z.string().nullable(), at: instant })
  .meta({ id: 'DeliveryEvent', description: 'One state of a delivery, in the order they happened' });

export const DeliverySchema = z
  .object({
    id: z.guid(),
    channel: z.enum(CHANNELS),
    recipient: NotificationRecipientSchema,
    address: z.string().nullable().describe('email address or webhook URL; null in-app'),
    kind: z.enum(MESSAGE_KINDS),
    critical: z.boolean(),
    status: z.enum(DELIVERY_STATUSES),
    attempts: count,
    nextAttemptAt: instant.nullable(),
    lastError: z.string().nullable(),
    deadlineId: z.string().nullable(),
    instanceId: z.guid().nullable(),
    subjectId: z.string().nullable(),
    inboxItemId: z.guid().nullable(),
    digestId: z.string().nullable(),
    createdAt: instant,
    updatedAt: instant,
    events: z.array(DeliveryEventSchema),
    subjectLine: z.string().describe('the subject as sent, in the recipient’s language'),
  })
  .meta({ id: 'Delivery', description: 'A message to one channel of one recipient, with its states and attempts' });

export const DeliveryPageSchema = z
  .object({ items: z.array(DeliverySchema).describe('newest first'), nextCursor: z.string().nullable().describe('`after` for the next page; null on the last') })
  .meta({ id: 'DeliveryPage', description: 'A page of the delivery log' });

// ---- deadlines and operations ----

export const DeadlineReminderSchema = z
  .object({
    deadlineId: z.string(),
    key: z.string(),
    kind: z.enum(REMINDER_KINDS),
    runAt: instant,
    workingDays: z.number().int().describe('working days before (before) or after (escalation) the deadline; 0 at it'),
    level: z.number().int().nullable().describe('the escalation level'),
    audience: z.array(z.enum(AUDIENCES)),
    critical: z.boolean(),
    status: z.enum(REMINDER_STATUSES),
    firedAt: instant.nullable(),
    note: z.string().nullable().describe('why it was skipped or cancelled, or how many recipients it reached'),
    jobId: z.string().describe('the scheduler’s job id'),
  })
  .meta({ id: 'DeadlineReminder', description: 'A planned reminder, escalation or the job at the deadline' });

export const DeadlineSchema = z
  .object({
    deadlineId: z.string(),
    instanceId: z.guid(),
    machineId: z.string(),
    subjectId: z.string(),
    deadline: z.string(),
    stage: z.string(),
    stageLabel: NotificationLocalizedTextSchema.nullable(),
    about: z
      .object({ subject: z.object({ kind: z.enum(['scenario', 'application']), id: z.string() }), purpose: z.string() })
      .nullable()
      .describe('an assessment’s deadline: the scenario or application assessed, and why'),
    responsibleUnits: z.array(z.string()),
    requestedAt: instant,
    due: z
      .union([z.object({ workingDays: z.number().int() }), z.object({ dueOn: z.string().describe('YYYY-MM-DD') })])
      .describe('after working days from `requestedAt`, or on a date'),
    dueAt: instant,
    calendar: CalendarFlagSchema.describe('`official: false` when the deadline or a reminder was counted in a year without an official holiday notice (Monday–Friday)'),
    status: z.enum(['active', 'cancelled']),
    reachedAt: instant.nullable(),
    cancelledAt: instant.nullable(),
    reminders: z.array(DeadlineReminderSchema).describe('in the order they run'),
  })
  .meta({
    id: 'Deadline',
    description: 'A deadline with its reminders. One cancelled before it was requested is a tombstone: empty machineId, subjectId, stage and dueOn, requestedAt and dueAt at 1970-01-01',
  });

export const DeadlineListSchema = z.object({ items: z.array(DeadlineSchema) }).meta({ id: 'DeadlineList', description: 'The deadlines of a lifecycle instance, in the order they were requested' });

export const NotificationRescheduleCountsSchema = z
  .object({ pending: count.describe('outstanding in the database'), restored: count.describe('handed to the scheduler again (it did not have them)') })
  .meta({ id: 'NotificationRescheduleCounts' });

export const NotificationRescheduleReportSchema = z
  .object({
    replanned: count.describe('active deadlines whose plan changed (policy or calendar) and was re-derived'),
    reminders: NotificationRescheduleCountsSchema,
    deliveries: NotificationRescheduleCountsSchema,
    digests: NotificationRescheduleCountsSchema,
    tookMs: count,
  })
  .meta({ id: 'NotificationRescheduleReport', description: 'What a reschedule re-derived and handed to the scheduler again' });
