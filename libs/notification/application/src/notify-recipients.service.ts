import { randomUUID } from 'node:crypto';
import {
  DEFAULT_PREFERENCES,
  decideDispatch,
  renderReminderMessages,
  webhookReady,
  type Channel,
  type Language,
  type MessageKind,
  type Recipient,
  type RecipientPreferences,
  type ReminderMessageInput,
  type RenderedMessage,
} from '@scq/notification-domain';
import type { SqlExecutor } from '@scq/platform-persistence';
import type { DeliveryContent, NewDelivery, SubjectKind } from './notification-records';
import { DELIVERY_QUEUE, DIGEST_QUEUE, deliveryJobId, digestIdFor, digestJobId, type DeliveryJob, type DigestJob } from './notification-jobs';
import type { DeliveryRepository, DigestRepository, InboxChanges, InboxRepository, JobOutbox, PreferencesRepository } from './notification.ports';
import { webhookType, type WebhookPayload } from './webhook-payload';

export interface NotificationRequest {
  recipients: Recipient[];
  critical: boolean;
  message: Omit<ReminderMessageInput, 'recipient'>;
  deadlineId: string;
  subjectKind: SubjectKind | null;
}

interface MessageRefs {
  deadlineId: string | null;
  instanceId: string | null;
  subjectId: string | null;
}

/** A message to fan out: its kind, its texts per recipient (both languages), what it refers to, and for a deadline's message the webhook's `deadline` block. */
export interface OutgoingMessage {
  recipients: Recipient[];
  critical: boolean;
  kind: MessageKind;
  render: (recipient: Recipient) => Record<Language, RenderedMessage>;
  refs: MessageRefs;
  /** What `refs.subjectId` names (the inbox item's link target). */
  subjectKind: SubjectKind | null;
  deadline: WebhookPayload['deadline'];
}

export interface NotifyResult {
  inboxItems: number;
  deliveries: number;
  digested: number;
  deferred: number;
}

export interface PushTarget {
  channel: Extract<Channel, 'email' | 'webhook'>;
  address: string;
}

/** The push channels a recipient has set up (the in-app inbox is not one of them: it always receives). */
export function pushTargets(preferences: RecipientPreferences): PushTarget[] {
  const targets: PushTarget[] = [];
  if (preferences.email.enabled && preferences.email.address) targets.push({ channel: 'email', address: preferences.email.address });
  if (webhookReady(preferences)) targets.push({ channel: 'webhook', address: preferences.webhook.url });
  return targets;
}

/**
 * Fans one message out to its recipients, in the caller's transaction: an inbox item for each (the in-app channel,
 * logged as delivered), and for each push channel the recipient set up either a queued delivery (now, or when the
 * quiet hours end) or an entry in the recipient's daily digest. Critical messages skip both quiet hours and digest.
 */
export class NotifyRecipientsService {
  constructor(
    private readonly inbox: InboxRepository,
    private readonly preferences: PreferencesRepository,
    private readonly deliveries: DeliveryRepository,
    private readonly digests: DigestRepository,
    private readonly jobs: JobOutbox,
    private readonly changes: InboxChanges,
  ) {}

  /** A reminder, deadline or escalation message: rendered in both languages for each recipient, then fanned out. */
  async notify(tx: SqlExecutor, request: NotificationRequest, now: Date): Promise<NotifyResult> {
    const { message } = request;
    return this.fanOut(
      tx,
      {
        recipients: request.recipients,
        critical: request.critical,
        kind: message.kind,
        render: (recipient) => renderReminderMessages({ ...message, recipient }),
        refs: { deadlineId: request.deadlineId, instanceId: message.instanceId, subjectId: message.subjectId },
        subjectKind: request.subjectKind,
        deadline: { deadlineId: request.deadlineId, instanceId: message.instanceId, subjectId: message.subjectId, name: message.deadline, stage: message.stage, dueAt: message.dueAt.toISOString(), level: message.level },
      },
      now,
    );
  }

  /** Any message already worded: an inbox item per recipient, then its push channels as their preferences say. */
  async fanOut(tx: SqlExecutor, message: OutgoingMessage, now: Date): Promise<NotifyResult> {
    const result: NotifyResult = { inboxItems: 0, deliveries: 0, digested: 0, deferred: 0 };
    const { refs } = message;
    // Open inbox streams recount once the transaction commits (never for rows rolled back).
    this.changes.changed(tx, message.recipients);
    for (const recipient of message.recipients) {
      const preferences = (await this.preferences.get(tx, recipient)) ?? DEFAULT_PREFERENCES;
      const texts = message.render(recipient);
      const inboxItemId = randomUUID();
      await this.inbox.add(tx, {
        id: inboxItemId,
        recipient,
        kind: message.kind,
        critical: message.critical,
        subject: { zh: texts['zh-CN'].subject, en: texts.en.subject },
        body: { zh: texts['zh-CN'].body, en: texts.en.body },
        ...refs,
        subjectKind: message.subjectKind,
        createdAt: now,
        readAt: null,
        readBy: null,
        archivedAt: null,
        archivedBy: null,
      });
      result.inboxItems += 1;
      const rendered = texts[preferences.language];
      await this.deliveries.create(tx, {
        id: randomUUID(),
        channel: 'in-app',
        recipient,
        address: null,
        kind: message.kind,
        critical: message.critical,
        status: 'delivered',
        nextAttemptAt: null,
        ...refs,
        inboxItemId,
        digestId: null,
        content: { subject: rendered.subject, text: rendered.body },
        detail: `inbox item ${inboxItemId}`,
      });

      const targets = pushTargets(preferences);
      if (targets.length === 0) continue;
      let decision = decideDispatch({ now, critical: message.critical, digestible: true, preferences });
      if (decision.mode === 'digest') {
        const digestId = digestIdFor(recipient, decision.slot.date);
        const entry = await this.digests.addEntry(tx, digestId, recipient, decision.slot, inboxItemId);
        if (entry === 'created') {
          await this.jobs.schedule(tx, { queue: DIGEST_QUEUE, jobId: digestJobId(digestId), runAt: decision.slot.runAt, payload: { digestId } satisfies DigestJob });
        }
        if (entry !== 'closed') {
          result.digested += 1;
          continue;
        }
        // That digest has just gone out: this message goes on its own.
        decision = decideDispatch({ now, critical: false, digestible: false, preferences });
      }
      const runAt = decision.mode === 'deferred' ? decision.until : now;
      for (const target of targets) {
        const deliveryId = randomUUID();
        const payload: WebhookPayload = {
          id: deliveryId,
          type: webhookType(message.kind),
          kind: message.kind,
          critical: message.critical,
          recipient,
          language: preferences.language,
          subject: rendered.subject,
          text: rendered.body,
          deadline: message.deadline,
          digest: null,
          createdAt: now.toISOString(),
        };
        await this.queue(tx, {
          id: deliveryId,
          channel: target.channel,
          recipient,
          address: target.address,
          kind: message.kind,
          critical: message.critical,
          status: 'queued',
          nextAttemptAt: runAt,
          ...refs,
          inboxItemId,
          digestId: null,
          content: content(rendered.subject, rendered.body, target, payload),
          detail: decision.mode === 'deferred' ? `quiet hours: deferred until ${runAt.toISOString()}` : null,
        });
        result.deliveries += 1;
        if (decision.mode === 'deferred') result.deferred += 1;
      }
    }
    return result;
  }

  /** Creates a queued push delivery and its first attempt's job. */
  async queue(tx: SqlExecutor, delivery: NewDelivery): Promise<void> {
    await this.deliveries.create(tx, delivery);
    const runAt = delivery.nextAttemptAt ?? new Date();
    await this.jobs.schedule(tx, { queue: DELIVERY_QUEUE, jobId: deliveryJobId(delivery.id, 1), runAt, payload: { deliveryId: delivery.id, attempt: 1 } satisfies DeliveryJob });
  }
}

export function content(subject: string, text: string, target: PushTarget, payload: WebhookPayload): DeliveryContent {
  return target.channel === 'webhook' ? { subject, text, webhookBody: JSON.stringify(payload) } : { subject, text };
}
