import type { OnModuleInit } from '@nestjs/common';
import type { OpenAssessmentHandler, ScoringDeadlineHandler, SubjectPartyHandler } from '@scq/evaluation-application';
import type { ServiceMessaging } from '@scq/platform-messaging';

/**
 * What the evaluation service listens to: assessment requests from the workflow, the parties of scenarios and
 * applications (for conflict checks), and the deadlines that passed (only its own scoring deadlines are acted on).
 */
export class EvaluationSubscriptions implements OnModuleInit {
  constructor(
    private readonly messaging: ServiceMessaging,
    private readonly open: OpenAssessmentHandler,
    private readonly parties: SubjectPartyHandler,
    private readonly deadlines: ScoringDeadlineHandler,
  ) {}

  onModuleInit(): void {
    this.messaging.consumer('evaluation.assessment-requested').on('workflow.assessment.v1', 'workflow.assessment.requested', async (event, tx) => void (await this.open.handle(tx, event)));
    this.messaging.consumer('evaluation.scenario-parties').on('registry.scenario.v1', 'registry.scenario.registered', (event, tx) => this.parties.scenarioRegistered(tx, event));
    this.messaging.consumer('evaluation.application-parties').on('workflow.application.v1', 'workflow.application.stage-changed', (event, tx) => this.parties.applicationChanged(tx, event));
    this.messaging.consumer('evaluation.deadline-reached').on('notification.deadline.v1', 'notification.deadline.reached', async (event, tx) => void (await this.deadlines.handle(tx, event)));
  }
}
