import { nextAttemptAt, type AttemptOutcome } from '@scq/notification-domain';
import type { Database } from '@scq/platform-persistence';
import type { DeliveryRecord } from './notification-records';
import { DELIVERY_QUEUE, deliveryJobId, type DeliveryJob } from './notification-jobs';
import type { NotificationSettings } from './notification-settings';
import type { DeliveryRepository, EmailSender, JobOutbox, PreferencesRepository, WebhookSender } from './notification.ports';

export type AttemptResult = 'not-due' | AttemptOutcome['status'];

/**
 * One attempt of a push delivery. The attempt is claimed in one statement (a duplicate or stale job claims nothing),
 * the message is sent outside any transaction, and the outcome is logged; a temporary failure schedules the next
 * attempt with exponential backoff, until the last one makes it permanent.
 */
export class AttemptDeliveryHandler {
  constructor(
    private readonly db: Database,
    private readonly deliveries: DeliveryRepository,
    private readonly preferences: PreferencesRepository,
    private readonly email: EmailSender,
    private readonly webhooks: WebhookSender,
    private readonly jobs: JobOutbox,
    private readonly settings: NotificationSettings,
  ) {}

  async attempt(deliveryId: string, attempt: number): Promise<AttemptResult> {
    const delivery = await this.deliveries.claim(this.db, deliveryId, attempt);
    if (!delivery) return 'not-due';
    const outcome = await this.send(delivery).catch((error: unknown): AttemptOutcome => ({ status: 'temporary-failure', detail: `unexpected: ${(error as Error)?.message ?? String(error)}` }));
    const now = new Date();
    let status = outcome.status;
    let detail = outcome.detail;
    let next: Date | null = null;
    if (status === 'temporary-failure') {
      next = nextAttemptAt(now, attempt, this.settings.deliveryRetry);
      if (!next) {
        status = 'permanent-failure';
        detail = `${detail} (gave up after ${attempt} attempts)`;
      }
    }
    await this.db.transaction(async (tx) => {
      await this.deliveries.recordOutcome(tx, deliveryId, attempt, { status, detail, nextAttemptAt: next }, now);
      if (next) await this.jobs.schedule(tx, { queue: DELIVERY_QUEUE, jobId: deliveryJobId(deliveryId, attempt + 1), runAt: next, payload: { deliveryId, attempt: attempt + 1 } satisfies DeliveryJob });
    });
    return status;
  }

  private async send(delivery: DeliveryRecord): Promise<AttemptOutcome> {
    if (!delivery.address) return { status: 'permanent-failure', detail: 'no address' };
    if (delivery.channel === 'email') return this.email.send({ deliveryId: delivery.id, to: delivery.address, subject: delivery.content.subject, text: delivery.content.text });
    if (delivery.channel === 'webhook') {
      // The secret is read now, so that a rotated secret signs the retries.
      const secret = (await this.preferences.get(this.db, delivery.recipient))?.webhook.secret;
      if (!secret) return { status: 'permanent-failure', detail: 'the recipient has no webhook signing secret' };
      return this.webhooks.send({ deliveryId: delivery.id, url: delivery.address, secret, body: delivery.content.webhookBody ?? JSON.stringify({ id: delivery.id, subject: delivery.content.subject, text: delivery.content.text }) });
    }
    return { status: 'permanent-failure', detail: `channel ${delivery.channel} is not pushed` };
  }
}
