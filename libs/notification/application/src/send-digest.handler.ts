import { randomUUID } from 'node:crypto';
import { DEFAULT_PREFERENCES, decideDispatch, renderDigestMessage } from '@scq/notification-domain';
import type { Database } from '@scq/platform-persistence';
import type { DigestRepository, PreferencesRepository } from './notification.ports';
import { content, pushTargets, type NotifyRecipientsService } from './notify-recipients.service';
import type { WebhookPayload } from './webhook-payload';

export type DigestOutcome = 'sent' | 'empty' | 'ignored';

/**
 * A recipient's daily digest is due: its non-critical messages become one email and one webhook call (for the
 * channels the recipient has now), held back by quiet hours like any non-critical message. Runs once per digest.
 */
export class SendDigestHandler {
  constructor(
    private readonly db: Database,
    private readonly digests: DigestRepository,
    private readonly preferences: PreferencesRepository,
    private readonly notifier: NotifyRecipientsService,
  ) {}

  async send(digestId: string, now: Date = new Date()): Promise<DigestOutcome> {
    const outcome = await this.db.transaction(async (tx): Promise<DigestOutcome> => {
      const locked = await this.digests.lockPending(tx, digestId);
      if (!locked) return 'ignored';
      const { digest, items } = locked;
      await this.digests.markSent(tx, digestId, now);
      const preferences = (await this.preferences.get(tx, digest.recipient)) ?? DEFAULT_PREFERENCES;
      const targets = pushTargets(preferences);
      if (items.length === 0 || targets.length === 0) return 'empty';
      const zh = preferences.language === 'zh-CN';
      const rendered = renderDigestMessage(preferences.language, {
        recipient: digest.recipient,
        date: digest.date,
        items: items.map((item) => ({ subject: zh ? item.subject.zh : item.subject.en, createdAt: item.createdAt })),
      });
      const decision = decideDispatch({ now, critical: false, digestible: false, preferences });
      const runAt = decision.mode === 'deferred' ? decision.until : now;
      for (const target of targets) {
        const deliveryId = randomUUID();
        const payload: WebhookPayload = {
          id: deliveryId,
          type: 'notification.digest',
          kind: 'digest',
          critical: false,
          recipient: digest.recipient,
          language: preferences.language,
          subject: rendered.subject,
          text: rendered.body,
          deadline: null,
          digest: { date: digest.date, items: items.map((item) => ({ inboxItemId: item.id, subject: zh ? item.subject.zh : item.subject.en, createdAt: item.createdAt.toISOString() })) },
          createdAt: now.toISOString(),
        };
        await this.notifier.queue(tx, {
          id: deliveryId,
          channel: target.channel,
          recipient: digest.recipient,
          address: target.address,
          kind: 'digest',
          critical: false,
          status: 'queued',
          nextAttemptAt: runAt,
          deadlineId: null,
          instanceId: null,
          subjectId: null,
          inboxItemId: null,
          digestId,
          content: content(rendered.subject, rendered.body, target, payload),
          detail: `digest of ${items.length} message(s)${decision.mode === 'deferred' ? `; quiet hours: deferred until ${runAt.toISOString()}` : ''}`,
        });
      }
      return 'sent';
    });
    return outcome;
  }
}
