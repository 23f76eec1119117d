import { DELIVERY_QUEUE, type AttemptDeliveryHandler, type DeliveryJob } from '@scq/notification-application';
import type { Scheduler } from '@scq/platform-scheduling';

/** Runs one attempt of a push delivery per job; retries are new jobs with their own backoff (see the handler). */
export class DeliveryProcessor {
  constructor(private readonly deliveries: AttemptDeliveryHandler) {}

  register(scheduler: Scheduler): void {
    scheduler.handle<DeliveryJob>(DELIVERY_QUEUE, async (job) => {
      await this.deliveries.attempt(job.payload.deliveryId, job.payload.attempt);
    });
  }
}
