import { PLATFORM_ADMINS_INBOX, renderDeadLetterNotices } from '@scq/notification-domain';
import type { SqlExecutor } from '@scq/platform-persistence';
import type { NotifyRecipientsService, NotifyResult } from './notify-recipients.service';

/** A message that died, as the dead-letter store kept it. */
export interface DeadLetterNoticeSubject {
  id: string;
  service: string;
  consumer: string;
  topic: string;
  eventType: string | null;
  attempts: number;
  reason: string;
  lastFailedAt: Date;
}

/**
 * `platform.message.dead-lettered` → a critical notice to the admins' shared inbox: which service gave up on which
 * message and why, in words; the dead letter's id is the link target. In the consumer's transaction.
 */
export class DeadLetterNoticeHandler {
  constructor(private readonly notifier: NotifyRecipientsService) {}

  handle(tx: SqlExecutor, letter: DeadLetterNoticeSubject, now: Date = new Date()): Promise<NotifyResult> {
    return this.notifier.fanOut(
      tx,
      {
        recipients: [{ type: 'unit', id: PLATFORM_ADMINS_INBOX }],
        critical: true,
        kind: 'dead-letter',
        render: (recipient) =>
          renderDeadLetterNotices({ recipient, service: letter.service, consumer: letter.consumer, topic: letter.topic, eventType: letter.eventType, attempts: letter.attempts, reason: letter.reason, failedAt: letter.lastFailedAt }),
        refs: { deadlineId: null, instanceId: null, subjectId: letter.id },
        subjectKind: null,
        deadline: null,
      },
      now,
    );
  }
}
