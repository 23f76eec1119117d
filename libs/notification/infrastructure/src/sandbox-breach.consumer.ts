import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { SandboxBreachHandler } from '@scq/notification-application';
import { InboxContext, OnEvent, type InboxEvent } from '@scq/platform-messaging';

export const SANDBOX_BREACH_CONSUMER = 'notification.sandbox-indicator-breached';

/** `workflow.scenario.sandbox-indicator-breached` → a notice to the responsible units, in the inbox row's transaction. */
@Controller()
export class SandboxBreachConsumer {
  constructor(private readonly handler: SandboxBreachHandler) {}

  @OnEvent('workflow.scenario.v1', 'workflow.scenario.sandbox-indicator-breached', SANDBOX_BREACH_CONSUMER)
  async breached(@Payload() event: InboxEvent<'workflow.scenario.v1', 'workflow.scenario.sandbox-indicator-breached'>, @Ctx() context: InboxContext): Promise<void> {
    await this.handler.handle(context.transaction, event.data);
  }
}
