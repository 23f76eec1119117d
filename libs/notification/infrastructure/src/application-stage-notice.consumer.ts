import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { ApplicationStageNoticeHandler } from '@scq/notification-application';
import { InboxContext, OnEvent, type InboxEvent } from '@scq/platform-messaging';

export const APPLICATION_STAGE_NOTICE_CONSUMER = 'notification.application-stage-notice';

/** `workflow.application.stage-changed` → the applicant's notice, in the inbox row's transaction. */
@Controller()
export class ApplicationStageNoticeConsumer {
  constructor(private readonly handler: ApplicationStageNoticeHandler) {}

  @OnEvent('workflow.application.v1', 'workflow.application.stage-changed', APPLICATION_STAGE_NOTICE_CONSUMER)
  async stageChanged(@Payload() event: InboxEvent<'workflow.application.v1', 'workflow.application.stage-changed'>, @Ctx() context: InboxContext): Promise<void> {
    await this.handler.handle(context.transaction, event.data);
  }
}
