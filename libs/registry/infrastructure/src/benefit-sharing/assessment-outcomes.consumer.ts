import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { InboxContext, OnEvent, type InboxEvent } from '@scq/platform-messaging';
import { ApplyAssessmentFinalizedHandler } from '@scq/registry-application';

/** Keeps the outcomes of scenario assessments that benefit-sharing agreements rest on (the evaluation service owns them). */
@Controller()
export class AssessmentOutcomesConsumer {
  constructor(private readonly apply: ApplyAssessmentFinalizedHandler) {}

  @OnEvent('evaluation.assessment.v1', 'evaluation.assessment.finalized', 'registry.assessment-outcomes')
  finalized(@Payload() event: InboxEvent<'evaluation.assessment.v1', 'evaluation.assessment.finalized'>, @Ctx() context: InboxContext): Promise<void> {
    return this.apply.handle(event, context.transaction);
  }
}
