import type { Audience, Channel, DeadlineAbout, DeadlineDue, DeliveryStatus, LocalizedText, MessageKind, Recipient, ReminderKind } from '@scq/notification-domain';

/** A deadline as this service keeps it (`notification.deadline`): the request, and what became of it. */
export interface DeadlineRecord {
  deadlineId: string;
  instanceId: string;
  machineId: string;
  subjectId: string;
  deadline: string;
  stage: string;
  /** The stage's name as the requesting machine gave it (null on requests that did not). */
  stageLabel: LocalizedText | null;
  /** An assessment's deadline: the scenario or application assessed, and why. */
  about: DeadlineAbout | null;
  responsibleUnits: string[];
  requestedAt: Date;
  due: DeadlineDue;
  dueAt: Date;
  status: 'active' | 'cancelled';
  reachedAt: Date | null;
  cancelledAt: Date | null;
}

export type ReminderStatus = 'pending' | 'fired' | 'skipped' | 'cancelled';

/** One planned reminder, escalation or the job at the deadline (`notification.reminder`). */
export interface ReminderRecord {
  deadlineId: string;
  key: string;
  kind: ReminderKind;
  runAt: Date;
  workingDays: number;
  level: number | null;
  audience: Audience[];
  critical: boolean;
  status: ReminderStatus;
  firedAt: Date | null;
  /** Why it was skipped or cancelled, or how many recipients it reached. */
  note: string | null;
}

/** A message in a recipient's in-app inbox (both languages kept). */
export interface InboxItem {
  id: string;
  recipient: Recipient;
  kind: MessageKind;
  critical: boolean;
  subject: LocalizedText;
  body: LocalizedText;
  deadlineId: string | null;
  instanceId: string | null;
  subjectId: string | null;
  /** What `subjectId` names, so that a reader can link to it (the texts name it in words, never by id). */
  subjectKind: SubjectKind | null;
  createdAt: Date;
  readAt: Date | null;
  readBy: string | null;
  /** Archived items leave the default list and the unread counts (`GET inbox?status=archived` lists them). */
  archivedAt: Date | null;
  archivedBy: string | null;
}

export type SubjectKind = 'scenario' | 'application' | 'assessment';

/** What a push channel sends: already rendered in the recipient's language (and, for webhooks, the JSON body). */
export interface DeliveryContent {
  subject: string;
  text: string;
  /** The webhook's JSON body, fixed at creation so that every retry sends the same bytes. */
  webhookBody?: string;
}

export interface DeliveryRecord {
  id: string;
  channel: Channel;
  recipient: Recipient;
  /** Email address or webhook URL; null in-app. */
  address: string | null;
  kind: MessageKind;
  critical: boolean;
  status: DeliveryStatus;
  attempts: number;
  nextAttemptAt: Date | null;
  lastError: string | null;
  deadlineId: string | null;
  instanceId: string | null;
  subjectId: string | null;
  inboxItemId: string | null;
  digestId: string | null;
  content: DeliveryContent;
  createdAt: Date;
  updatedAt: Date;
}

export interface DeliveryEvent {
  status: DeliveryStatus;
  attempt: number;
  detail: string | null;
  at: Date;
}

export type NewDelivery = Omit<DeliveryRecord, 'attempts' | 'lastError' | 'createdAt' | 'updatedAt'> & { detail: string | null };

/** What the service learnt about a subject from other services' events (titles, applicants). */
export interface SubjectInfo {
  /** 'application' when the subject is a known application (named after its scenario). */
  kind: 'scenario' | 'application' | null;
  scenarioTitle: { zh: string; en: string | null } | null;
  taxonomyVersion: string | null;
  applicantId: string | null;
  /** The applicant's organisation, which an application is named by (null when not told). */
  applicantOrganisation: string | null;
}
