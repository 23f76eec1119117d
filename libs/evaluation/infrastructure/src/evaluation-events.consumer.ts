import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { endsScenario, OpenAssessmentHandler, OrganisationNamesHandler, ScoringDeadlineHandler, SubjectPartyHandler } from '@scq/evaluation-application';
import { InboxContext, OnEvent, type InboxEvent } from '@scq/platform-messaging';

/**
 * What the evaluation service listens to: assessment requests from the workflow, the parties of scenarios and
 * applications (for conflict checks), the end of a scenario (its open assessments are cancelled), the directory's organisation names (so that every organisation typed into the
 * pool is spelled the directory's way), and the deadlines that passed (only its own scoring deadlines are acted on).
 */
@Controller()
export class EvaluationEventsConsumer {
  constructor(
    private readonly open: OpenAssessmentHandler,
    private readonly parties: SubjectPartyHandler,
    private readonly deadlines: ScoringDeadlineHandler,
    private readonly organisationNames: OrganisationNamesHandler,
  ) {}

  @OnEvent('identity.organisation.v1', 'identity.organisation.changed', 'evaluation.organisation-names')
  async organisationChanged(@Payload() event: InboxEvent<'identity.organisation.v1', 'identity.organisation.changed'>, @Ctx() context: InboxContext): Promise<void> {
    await this.organisationNames.organisationChanged(context.transaction, event);
  }

  @OnEvent('workflow.assessment.v1', 'workflow.assessment.requested', 'evaluation.assessment-requested')
  async assessmentRequested(@Payload() event: InboxEvent<'workflow.assessment.v1', 'workflow.assessment.requested'>, @Ctx() context: InboxContext): Promise<void> {
    await this.open.handle(context.transaction, event);
  }

  @OnEvent('registry.scenario.v1', 'registry.scenario.registered', 'evaluation.scenario-parties')
  async scenarioRegistered(@Payload() event: InboxEvent<'registry.scenario.v1', 'registry.scenario.registered'>, @Ctx() context: InboxContext): Promise<void> {
    await this.parties.scenarioRegistered(context.transaction, event);
  }

  /** Only the stage changes that end a scenario: the others cost no transaction and leave no inbox row. */
  @OnEvent('workflow.scenario.v1', 'workflow.scenario.stage-changed', 'evaluation.scenario-ended', { when: (event) => endsScenario(event.data.to) })
  async scenarioChanged(@Payload() event: InboxEvent<'workflow.scenario.v1', 'workflow.scenario.stage-changed'>, @Ctx() context: InboxContext): Promise<void> {
    await this.parties.scenarioChanged(context.transaction, event);
  }

  @OnEvent('workflow.application.v1', 'workflow.application.stage-changed', 'evaluation.application-parties')
  async applicationChanged(@Payload() event: InboxEvent<'workflow.application.v1', 'workflow.application.stage-changed'>, @Ctx() context: InboxContext): Promise<void> {
    await this.parties.applicationChanged(context.transaction, event);
  }

  @OnEvent('notification.deadline.v1', 'notification.deadline.reached', 'evaluation.deadline-reached')
  async deadlineReached(@Payload() event: InboxEvent<'notification.deadline.v1', 'notification.deadline.reached'>, @Ctx() context: InboxContext): Promise<void> {
    await this.deadlines.handle(context.transaction, event);
  }
}
