import type { RequestDeadlineHandler } from '@scq/notification-application';
import type { ServiceMessaging } from '@scq/platform-messaging';

export const DEADLINE_REQUESTED_CONSUMER = 'notification.deadline-requested';

/**
 * `workflow.deadline.requested` (scenario and application stages) and `evaluation.deadline.requested` (an
 * assessment's scoring period; the same schema) → the deadline and its reminder plan, in the inbox row's transaction.
 */
export class DeadlineRequestedConsumer {
  constructor(private readonly handler: RequestDeadlineHandler) {}

  register(messaging: ServiceMessaging): void {
    messaging
      .consumer(DEADLINE_REQUESTED_CONSUMER)
      .on('workflow.deadline.v1', 'workflow.deadline.requested', async (event, tx) => void (await this.handler.handle(tx, event.data)))
      .on('evaluation.deadline.v1', 'evaluation.deadline.requested', async (event, tx) => void (await this.handler.handle(tx, event.data)));
  }
}
