import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { InboxContext, OnEvent, type InboxEvent } from '@scq/platform-messaging';
import { ApplyStageChangedHandler } from '@scq/registry-application';

/** Keeps the stage read model current from the workflow's events. */
@Controller()
export class ScenarioStageChangedConsumer {
  constructor(private readonly applyStage: ApplyStageChangedHandler) {}

  @OnEvent('workflow.scenario.v1', 'workflow.scenario.stage-changed', 'registry.stage-read-model')
  stageChanged(@Payload() event: InboxEvent<'workflow.scenario.v1', 'workflow.scenario.stage-changed'>, @Ctx() context: InboxContext): Promise<void> {
    return this.applyStage.handle(event, context.transaction);
  }
}
