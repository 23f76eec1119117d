import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { InboxContext, OnEvent, type InboxEvent } from '@scq/platform-messaging';
import { applyPanelChanged, WorkflowCommands } from '@scq/workflow-application';
import { SqlOrganisationNames } from './sql-organisation-names';
import { SqlAssessmentPanels } from './sql-assessment-panels';

/**
 * What the lifecycle engine listens to: new scenarios, published batch lists, opportunities and matchmaking agreements,
 * deadlines that passed, assessments that were decided, panels that changed, suppliers' credit status (失信); the
 * directory's organisation names.
 */
@Controller()
export class WorkflowEventsConsumer {
  constructor(
    private readonly commands: WorkflowCommands,
    private readonly panels: SqlAssessmentPanels,
    private readonly names: SqlOrganisationNames,
  ) {}

  @OnEvent('registry.scenario.v1', 'registry.scenario.registered', 'workflow.scenario-registered')
  async scenarioRegistered(@Payload() event: InboxEvent<'registry.scenario.v1', 'registry.scenario.registered'>, @Ctx() context: InboxContext): Promise<void> {
    await this.commands.startScenario(context.transaction, event);
  }

  @OnEvent('registry.batch-list.v1', 'registry.batch-list.published', 'workflow.batch-list-published')
  async batchListPublished(@Payload() event: InboxEvent<'registry.batch-list.v1', 'registry.batch-list.published'>, @Ctx() context: InboxContext): Promise<void> {
    await this.commands.batchListPublished(context.transaction, event);
  }

  @OnEvent('registry.scenario.v1', 'registry.scenario.opportunity-published', 'workflow.opportunity-published')
  async opportunityPublished(@Payload() event: InboxEvent<'registry.scenario.v1', 'registry.scenario.opportunity-published'>, @Ctx() context: InboxContext): Promise<void> {
    await this.commands.opportunityPublished(context.transaction, event);
  }

  @OnEvent('registry.scenario.v1', 'registry.scenario.agreement-recorded', 'workflow.agreement-recorded')
  async agreementRecorded(@Payload() event: InboxEvent<'registry.scenario.v1', 'registry.scenario.agreement-recorded'>, @Ctx() context: InboxContext): Promise<void> {
    await this.commands.agreementRecorded(context.transaction, event);
  }

  @OnEvent('notification.deadline.v1', 'notification.deadline.reached', 'workflow.deadline-reached')
  async deadlineReached(@Payload() event: InboxEvent<'notification.deadline.v1', 'notification.deadline.reached'>, @Ctx() context: InboxContext): Promise<void> {
    await this.commands.deadlineReached(context.transaction, event);
  }

  @OnEvent('evaluation.assessment.v1', 'evaluation.assessment.finalized', 'workflow.assessment-finalized')
  async assessmentFinalized(@Payload() event: InboxEvent<'evaluation.assessment.v1', 'evaluation.assessment.finalized'>, @Ctx() context: InboxContext): Promise<void> {
    await this.commands.assessmentFinalized(context.transaction, event);
  }

  @OnEvent('registry.supplier.v1', 'registry.supplier.credit-changed', 'workflow.supplier-credit')
  async supplierCreditChanged(@Payload() event: InboxEvent<'registry.supplier.v1', 'registry.supplier.credit-changed'>, @Ctx() context: InboxContext): Promise<void> {
    await this.commands.supplierCreditChanged(context.transaction, event);
  }

  @OnEvent('evaluation.assessment.v1', 'evaluation.assessment.panel-changed', 'workflow.panel-read-model')
  async panelChanged(@Payload() event: InboxEvent<'evaluation.assessment.v1', 'evaluation.assessment.panel-changed'>, @Ctx() context: InboxContext): Promise<void> {
    await applyPanelChanged(context.transaction, this.panels, event);
  }

  @OnEvent('identity.organisation.v1', 'identity.organisation.changed', 'workflow.organisation-names')
  async organisationChanged(@Payload() event: InboxEvent<'identity.organisation.v1', 'identity.organisation.changed'>, @Ctx() context: InboxContext): Promise<void> {
    await this.names.record(context.transaction, event.data);
  }
}
