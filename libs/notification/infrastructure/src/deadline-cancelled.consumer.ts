import type { CancelDeadlineHandler } from '@scq/notification-application';
import type { ServiceMessaging } from '@scq/platform-messaging';

export const DEADLINE_CANCELLED_CONSUMER = 'notification.deadline-cancelled';

/** `workflow.deadline.cancelled` and `evaluation.deadline.cancelled` → everything pending for that deadline is cancelled. */
export class DeadlineCancelledConsumer {
  constructor(private readonly handler: CancelDeadlineHandler) {}

  register(messaging: ServiceMessaging): void {
    messaging
      .consumer(DEADLINE_CANCELLED_CONSUMER)
      .on('workflow.deadline.v1', 'workflow.deadline.cancelled', async (event, tx) => void (await this.handler.handle(tx, event.data)))
      .on('evaluation.deadline.v1', 'evaluation.deadline.cancelled', async (event, tx) => void (await this.handler.handle(tx, event.data)));
  }
}
