import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { CancelDeadlineHandler } from '@scq/notification-application';
import { InboxContext, OnEvent, type InboxEvent } from '@scq/platform-messaging';

export const DEADLINE_CANCELLED_CONSUMER = 'notification.deadline-cancelled';

/** `workflow.deadline.cancelled`, `evaluation.deadline.cancelled` and `registry.deadline.cancelled` → everything pending for that deadline is cancelled. */
@Controller()
export class DeadlineCancelledConsumer {
  constructor(private readonly handler: CancelDeadlineHandler) {}

  @OnEvent('workflow.deadline.v1', 'workflow.deadline.cancelled', DEADLINE_CANCELLED_CONSUMER)
  async workflowDeadlineCancelled(@Payload() event: InboxEvent<'workflow.deadline.v1', 'workflow.deadline.cancelled'>, @Ctx() context: InboxContext): Promise<void> {
    await this.handler.handle(context.transaction, event.data);
  }

  @OnEvent('evaluation.deadline.v1', 'evaluation.deadline.cancelled', DEADLINE_CANCELLED_CONSUMER)
  async evaluationDeadlineCancelled(@Payload() event: InboxEvent<'evaluation.deadline.v1', 'evaluation.deadline.cancelled'>, @Ctx() context: InboxContext): Promise<void> {
    await this.handler.handle(context.transaction, event.data);
  }

  /** A factor support request was answered. */
  @OnEvent('registry.deadline.v1', 'registry.deadline.cancelled', DEADLINE_CANCELLED_CONSUMER)
  async registryDeadlineCancelled(@Payload() event: InboxEvent<'registry.deadline.v1', 'registry.deadline.cancelled'>, @Ctx() context: InboxContext): Promise<void> {
    await this.handler.handle(context.transaction, event.data);
  }
}
