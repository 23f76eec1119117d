import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { RequestDeadlineHandler } from '@scq/notification-application';
import { InboxContext, OnEvent, type InboxEvent } from '@scq/platform-messaging';

export const DEADLINE_REQUESTED_CONSUMER = 'notification.deadline-requested';

/**
 * `workflow.deadline.requested` (scenario and application stages) and `evaluation.deadline.requested` (an
 * assessment's scoring period; the same schema) and `registry.deadline.requested` (a factor support request's answer) → the deadline and its reminder plan, in the inbox row's transaction.
 */
@Controller()
export class DeadlineRequestedConsumer {
  constructor(private readonly handler: RequestDeadlineHandler) {}

  @OnEvent('workflow.deadline.v1', 'workflow.deadline.requested', DEADLINE_REQUESTED_CONSUMER)
  async workflowDeadlineRequested(@Payload() event: InboxEvent<'workflow.deadline.v1', 'workflow.deadline.requested'>, @Ctx() context: InboxContext): Promise<void> {
    await this.handler.handle(context.transaction, event.data);
  }

  @OnEvent('evaluation.deadline.v1', 'evaluation.deadline.requested', DEADLINE_REQUESTED_CONSUMER)
  async evaluationDeadlineRequested(@Payload() event: InboxEvent<'evaluation.deadline.v1', 'evaluation.deadline.requested'>, @Ctx() context: InboxContext): Promise<void> {
    await this.handler.handle(context.transaction, event.data);
  }

  /** A factor support request (要素保障) waits on the unit responsible for the factor (the same schema). */
  @OnEvent('registry.deadline.v1', 'registry.deadline.requested', DEADLINE_REQUESTED_CONSUMER)
  async registryDeadlineRequested(@Payload() event: InboxEvent<'registry.deadline.v1', 'registry.deadline.requested'>, @Ctx() context: InboxContext): Promise<void> {
    await this.handler.handle(context.transaction, event.data);
  }
}
