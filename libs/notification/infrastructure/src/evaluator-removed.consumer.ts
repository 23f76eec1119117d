import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { EvaluatorRemovedNoticeHandler } from '@scq/notification-application';
import { InboxContext, OnEvent, type InboxEvent } from '@scq/platform-messaging';

export const EVALUATOR_REMOVED_CONSUMER = 'notification.evaluator-removed';

/** `evaluation.assessment.evaluator-removed` → the coordinator's notice of the panel change. */
@Controller()
export class EvaluatorRemovedConsumer {
  constructor(private readonly handler: EvaluatorRemovedNoticeHandler) {}

  @OnEvent('evaluation.assessment.v1', 'evaluation.assessment.evaluator-removed', EVALUATOR_REMOVED_CONSUMER)
  async evaluatorRemoved(@Payload() event: InboxEvent<'evaluation.assessment.v1', 'evaluation.assessment.evaluator-removed'>, @Ctx() context: InboxContext): Promise<void> {
    await this.handler.handle(context.transaction, event.data);
  }
}
