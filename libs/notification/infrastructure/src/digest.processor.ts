import { DIGEST_QUEUE, type DigestJob, type SendDigestHandler } from '@scq/notification-application';
import type { Scheduler } from '@scq/platform-scheduling';

/** Sends a recipient's daily digest when its hour comes. */
export class DigestProcessor {
  constructor(private readonly digests: SendDigestHandler) {}

  register(scheduler: Scheduler): void {
    scheduler.handle<DigestJob>(DIGEST_QUEUE, async (job) => {
      await this.digests.send(job.payload.digestId);
    });
  }
}
