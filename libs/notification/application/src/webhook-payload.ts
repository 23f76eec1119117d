import type { Language, MessageKind, Recipient } from '@scq/notification-domain';

/** The JSON a webhook receives (see docs/notification.md): what happened, to whom, and the rendered text. */
export interface WebhookPayload {
  id: string;
  type: 'notification.reminder' | 'notification.deadline' | 'notification.escalation' | 'notification.digest' | 'notification.notice';
  kind: MessageKind;
  critical: boolean;
  recipient: Recipient;
  language: Language;
  subject: string;
  text: string;
  deadline: { deadlineId: string; instanceId: string; subjectId: string; name: string; stage: string; dueAt: string; level: number | null } | null;
  digest: { date: string; items: Array<{ inboxItemId: string; subject: string; createdAt: string }> } | null;
  createdAt: string;
}

const WEBHOOK_TYPES: Record<MessageKind, WebhookPayload['type']> = {
  before: 'notification.reminder',
  due: 'notification.deadline',
  escalation: 'notification.escalation',
  digest: 'notification.digest',
  'sandbox-breach': 'notification.notice',
  'evaluator-removed': 'notification.notice',
  'application-stage': 'notification.notice',
  'dead-letter': 'notification.notice',
  'employment-risk': 'notification.notice',
};

export function webhookType(kind: MessageKind): WebhookPayload['type'] {
  return WEBHOOK_TYPES[kind];
}
