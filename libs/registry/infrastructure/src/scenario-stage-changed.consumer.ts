import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { InboxContext, OnEvent, type InboxEvent } from '@scq/platform-messaging';
import { ApplyPanelChangedHandler, ApplyStageChangedHandler } from '@scq/registry-application';

/** Keeps the read models current: each scenario's stage from the workflow's events, assessment panels from the evaluation service's. */
@Controller()
export class ScenarioStageChangedConsumer {
  constructor(
    private readonly applyStage: ApplyStageChangedHandler,
    private readonly applyPanel: ApplyPanelChangedHandler,
  ) {}

  @OnEvent('workflow.scenario.v1', 'workflow.scenario.stage-changed', 'registry.stage-read-model')
  stageChanged(@Payload() event: InboxEvent<'workflow.scenario.v1', 'workflow.scenario.stage-changed'>, @Ctx() context: InboxContext): Promise<void> {
    return this.applyStage.handle(event, context.transaction);
  }

  @OnEvent('evaluation.assessment.v1', 'evaluation.assessment.panel-changed', 'registry.panel-read-model')
  panelChanged(@Payload() event: InboxEvent<'evaluation.assessment.v1', 'evaluation.assessment.panel-changed'>, @Ctx() context: InboxContext): Promise<void> {
    return this.applyPanel.handle(event, context.transaction);
  }
}
