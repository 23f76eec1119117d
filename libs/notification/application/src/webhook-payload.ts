import type { Language, MessageKind, Recipient } from '@scq/notification-domain';

/** The JSON a webhook receives (see docs/notification.md): what happened, to whom, and the rendered text. */
export interface WebhookPayload {
  id: string;
  type: 'notification.reminder' | 'notification.deadline' | 'notification.escalation' | 'notification.digest';
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

export function webhookType(kind: MessageKind): WebhookPayload['type'] {
  return kind === 'before' ? 'notification.reminder' : kind === 'due' ? 'notification.deadline' : kind === 'escalation' ? 'notification.escalation' : 'notification.digest';
}
