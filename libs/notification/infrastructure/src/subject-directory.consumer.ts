import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { RecordSubjectHandler } from '@scq/notification-application';
import { InboxContext, OnEvent, type InboxEvent } from '@scq/platform-messaging';

export const SCENARIO_REGISTERED_CONSUMER = 'notification.scenario-registered';
export const SCENARIO_PROFILE_CONSUMER = 'notification.scenario-profile-changed';
export const APPLICATION_STAGE_CONSUMER = 'notification.application-stage-changed';

/** Titles and applicants for the messages: `registry.scenario.registered` and `.profile-changed`, `workflow.application.stage-changed`. */
@Controller()
export class SubjectDirectoryConsumer {
  constructor(private readonly handler: RecordSubjectHandler) {}

  @OnEvent('registry.scenario.v1', 'registry.scenario.registered', SCENARIO_REGISTERED_CONSUMER)
  async scenarioRegistered(@Payload() event: InboxEvent<'registry.scenario.v1', 'registry.scenario.registered'>, @Ctx() context: InboxContext): Promise<void> {
    await this.handler.scenarioRegistered(context.transaction, event.data);
  }

  @OnEvent('registry.scenario.v1', 'registry.scenario.profile-changed', SCENARIO_PROFILE_CONSUMER)
  async scenarioProfileChanged(@Payload() event: InboxEvent<'registry.scenario.v1', 'registry.scenario.profile-changed'>, @Ctx() context: InboxContext): Promise<void> {
    await this.handler.scenarioProfileChanged(context.transaction, event.data);
  }

  @OnEvent('workflow.application.v1', 'workflow.application.stage-changed', APPLICATION_STAGE_CONSUMER)
  async applicationStageChanged(@Payload() event: InboxEvent<'workflow.application.v1', 'workflow.application.stage-changed'>, @Ctx() context: InboxContext): Promise<void> {
    await this.handler.applicationStageChanged(context.transaction, event.data);
  }
}
