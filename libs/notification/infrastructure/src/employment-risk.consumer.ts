import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { EmploymentRiskNoticeHandler } from '@scq/notification-application';
import { InboxContext, OnEvent, type InboxEvent } from '@scq/platform-messaging';

export const EMPLOYMENT_RISK_CONSUMER = 'notification.employment-risk-breached';

/** `registry.scenario.employment-risk-breached` → an alert to 市人力社保局 and the owner unit, in the inbox row's transaction. */
@Controller()
export class EmploymentRiskConsumer {
  constructor(private readonly handler: EmploymentRiskNoticeHandler) {}

  @OnEvent('registry.scenario.v1', 'registry.scenario.employment-risk-breached', EMPLOYMENT_RISK_CONSUMER)
  async breached(@Payload() event: InboxEvent<'registry.scenario.v1', 'registry.scenario.employment-risk-breached'>, @Ctx() context: InboxContext): Promise<void> {
    await this.handler.handle(context.transaction, event.data);
  }
}
