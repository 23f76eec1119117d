import type { AttemptOutcome, DigestSlot, PlannedReminder, Recipient, RecipientPreferences } from '@scq/notification-domain';
import type { ScheduledJob } from '@scq/platform-scheduling';
import type { Page, SqlExecutor, TimeIdPosition } from '@scq/platform-persistence';
import type { DeadlineRecord, DeliveryEvent, DeliveryRecord, InboxItem, NewDelivery, ReminderRecord, SubjectInfo } from './notification-records';

export type { Page };

export interface DeadlineRepository {
  /** Inserts the deadline and its plan unless the id is known (redelivery, or cancelled first): true if inserted. */
  insert(tx: SqlExecutor, deadline: Omit<DeadlineRecord, 'status' | 'reachedAt' | 'cancelledAt'>, plan: PlannedReminder[]): Promise<boolean>;
  /** Marks the deadline cancelled (a tombstone if it is unknown) and its pending reminders cancelled; returns those reminders. */
  cancel(tx: SqlExecutor, ref: { deadlineId: string; instanceId: string; deadline: string }, cancelledAt: Date): Promise<ReminderRecord[]>;
  /** The reminder with its deadline, the reminder row locked for the rest of the transaction. */
  lockReminder(tx: SqlExecutor, deadlineId: string, key: string): Promise<{ deadline: DeadlineRecord; reminder: ReminderRecord } | null>;
  finishReminder(tx: SqlExecutor, deadlineId: string, key: string, status: 'fired' | 'skipped', at: Date, note: string): Promise<void>;
  markReached(tx: SqlExecutor, deadlineId: string, at: Date): Promise<void>;
  /** Adds reminders to a known deadline (a key it has already is left as it is). */
  addReminders(tx: SqlExecutor, deadlineId: string, reminders: PlannedReminder[]): Promise<void>;
  find(db: SqlExecutor, deadlineId: string): Promise<{ deadline: DeadlineRecord; reminders: ReminderRecord[] } | null>;
  listByInstance(db: SqlExecutor, instanceId: string): Promise<Array<{ deadline: DeadlineRecord; reminders: ReminderRecord[] }>>;
  /** The deadlines of these instances that are still armed (requested, neither cancelled nor a tombstone). */
  armedOf(db: SqlExecutor, instanceIds: readonly string[]): Promise<DeadlineRecord[]>;
  /** Active deadlines with their reminders, in id order after `after` (for re-derivation). */
  active(db: SqlExecutor, after: string | null, limit: number): Promise<Array<{ deadline: DeadlineRecord; reminders: ReminderRecord[] }>>;
  /** Applies a re-derived plan: the due instant, changed instants, new keys (inserted), keys no longer planned (cancelled). */
  replan(tx: SqlExecutor, deadlineId: string, change: { dueAt: Date; moved: PlannedReminder[]; added: PlannedReminder[]; dropped: string[] }): Promise<void>;
  /** Pending reminders in (deadline id, key) order after the cursor, optionally only those due before `dueBefore`. */
  pending(db: SqlExecutor, query: { after: [string, string] | null; limit: number; dueBefore?: Date }): Promise<ReminderRecord[]>;
}

export interface SubjectDirectory {
  recordScenario(tx: SqlExecutor, scenario: { scenarioId: string; title: { zh: string; en?: string }; taxonomyVersion: string }): Promise<void>;
  /** `applicantOrganisation` null keeps the one known (events of applications opened before parties were told). */
  recordApplication(tx: SqlExecutor, application: { applicationId: string; scenarioId: string; applicantId: string; applicantOrganisation: string | null }): Promise<void>;
  describe(db: SqlExecutor, subjectId: string): Promise<SubjectInfo>;
}

/** `archived` lists the archived items; the others leave them out. */
export type InboxStatus = 'unread' | 'read' | 'all' | 'archived';

export interface InboxRepository {
  add(tx: SqlExecutor, item: InboxItem): Promise<void>;
  /** Newest first, in (created_at, id) order, after the position of the previous page's last item. */
  list(db: SqlExecutor, recipients: Recipient[], query: { status: InboxStatus; limit: number; after: TimeIdPosition | null }): Promise<Page<InboxItem>>;
  /** Unread and not archived, per recipient. */
  unreadCounts(db: SqlExecutor, recipients: Recipient[]): Promise<number[]>;
  /** Marks one item read if it belongs to one of the recipients; the item (read or not before) or null if not theirs. */
  markRead(db: SqlExecutor, id: string, recipients: Recipient[], by: string, at: Date): Promise<InboxItem | null>;
  /** Marks every unread item of the recipient that is not archived read. */
  markAllRead(db: SqlExecutor, recipient: Recipient, by: string, at: Date): Promise<number>;
  /** Archives (or brings back) one item if it belongs to one of the recipients; the item, or null if not theirs. */
  setArchived(db: SqlExecutor, id: string, recipients: Recipient[], archived: { by: string; at: Date } | null): Promise<InboxItem | null>;
}

/**
 * Says that recipients' inboxes changed (an item added, read or archived), once `tx` commits: open inbox streams
 * of this and every other instance then recount those recipients' unread items.
 */
export interface InboxChanges {
  changed(tx: SqlExecutor, recipients: Recipient[]): void;
}

export interface PreferencesRepository {
  get(db: SqlExecutor, recipient: Recipient): Promise<RecipientPreferences | null>;
  put(tx: SqlExecutor, recipient: Recipient, preferences: RecipientPreferences, at: Date): Promise<void>;
}

export interface DeliveryQuery {
  recipient?: string;
  subject?: string;
  channel?: string;
  status?: string;
  /** Restricts to these recipients (callers who may only see their own). */
  visibleTo?: Recipient[];
  limit: number;
  /** Newest first, in (created_at, id) order: the position of the previous page's last delivery. */
  after: TimeIdPosition | null;
}

export interface DeliveryRepository {
  /** Inserts the delivery and its first log entry (`queued`, or `delivered` in-app). */
  create(tx: SqlExecutor, delivery: NewDelivery): Promise<void>;
  /**
   * Takes attempt `attempt` of a delivery that is still waiting for it (queued or temporarily failed, with
   * `attempt - 1` attempts made): one statement, so that a duplicate or stale job finds nothing. Null if not.
   */
  claim(db: SqlExecutor, deliveryId: string, attempt: number): Promise<DeliveryRecord | null>;
  /** Records an attempt's outcome; `nextAttemptAt` set for a temporary failure that will be retried. */
  recordOutcome(tx: SqlExecutor, deliveryId: string, attempt: number, outcome: { status: DeliveryRecord['status']; detail: string; nextAttemptAt: Date | null }, at: Date): Promise<void>;
  /** Deliveries waiting for an attempt (queued or temporarily failed with a next attempt), by id after the cursor. */
  outstanding(db: SqlExecutor, query: { after: string | null; limit: number; dueBefore?: Date }): Promise<DeliveryRecord[]>;
  query(db: SqlExecutor, query: DeliveryQuery): Promise<Page<DeliveryRecord & { events: DeliveryEvent[] }>>;
}

export interface DigestRecord {
  id: string;
  recipient: Recipient;
  date: string;
  runAt: Date;
  status: 'pending' | 'sent';
}

export interface DigestRepository {
  /**
   * Adds an inbox item to the recipient's digest of the slot: `created` (a new digest, whose job must be scheduled),
   * `joined`, or `closed` when that digest went out already (the item is then sent on its own).
   */
  addEntry(tx: SqlExecutor, digestId: string, recipient: Recipient, slot: DigestSlot, inboxItemId: string): Promise<'created' | 'joined' | 'closed'>;
  /** The pending digest with its entries' items, locked; null if it was sent already or is unknown. */
  lockPending(tx: SqlExecutor, digestId: string): Promise<{ digest: DigestRecord; items: InboxItem[] } | null>;
  markSent(tx: SqlExecutor, digestId: string, at: Date): Promise<void>;
  pending(db: SqlExecutor, query: { after: string | null; limit: number; dueBefore?: Date }): Promise<DigestRecord[]>;
}

/**
 * Scheduler commands written in the caller's transaction and carried out as soon as it commits (the job outbox): a
 * job is never scheduled for rows that were rolled back, and never lost for rows that were committed.
 */
export interface JobOutbox {
  schedule(tx: SqlExecutor, job: ScheduledJob): Promise<void>;
  cancel(tx: SqlExecutor, queue: string, jobId: string): Promise<void>;
}

export interface EmailMessage {
  deliveryId: string;
  to: string;
  subject: string;
  text: string;
}

/** A push channel: sends once, and says how it went (never throws for a failed delivery). */
export interface EmailSender {
  send(message: EmailMessage): Promise<AttemptOutcome>;
}

export interface WebhookRequest {
  deliveryId: string;
  url: string;
  secret: string;
  body: string;
}

export interface WebhookSender {
  send(request: WebhookRequest): Promise<AttemptOutcome>;
}

export const DEADLINE_REPOSITORY = Symbol('DEADLINE_REPOSITORY');
export const SUBJECT_DIRECTORY = Symbol('SUBJECT_DIRECTORY');
export const INBOX_REPOSITORY = Symbol('INBOX_REPOSITORY');
export const PREFERENCES_REPOSITORY = Symbol('PREFERENCES_REPOSITORY');
export const DELIVERY_REPOSITORY = Symbol('DELIVERY_REPOSITORY');
export const DIGEST_REPOSITORY = Symbol('DIGEST_REPOSITORY');
export const JOB_OUTBOX = Symbol('JOB_OUTBOX');
export const EMAIL_SENDER = Symbol('EMAIL_SENDER');
export const WEBHOOK_SENDER = Symbol('WEBHOOK_SENDER');
