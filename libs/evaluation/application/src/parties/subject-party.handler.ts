import type { ApplicationStageChangedV1, EventEnvelope, ScenarioRegisteredV1 } from '@scq/contracts';
import type { SqlExecutor } from '@scq/platform-persistence';
import type { AssignEvaluatorsHandler } from '../assessments/assign-evaluators.handler';
import type { EvaluationDeps } from '../evaluation.deps';
import { canonicalOrganisation } from '../organisations';

/**
 * The parties conflicts are checked against, learned from events (the evaluation service never reads another
 * service's tables): a scenario's owner unit from `registry.scenario.registered`, an application's applicant and
 * scenario from `workflow.application.stage-changed`. An assessment that waited for them is assigned now.
 */
export class SubjectPartyHandler {
  constructor(
    private readonly deps: EvaluationDeps,
    private readonly assign: AssignEvaluatorsHandler,
  ) {}

  async scenarioRegistered(tx: SqlExecutor, event: EventEnvelope<ScenarioRegisteredV1>): Promise<void> {
    const { scenarioId, ownerUnit, domainCode, registeredAt } = event.data;
    const owner = await canonicalOrganisation(this.deps.organisationNames, tx, ownerUnit);
    await this.deps.parties.recordScenario(tx, { scenarioId, ownerUnit: owner, domainCode }, registeredAt);
    await this.assign.fillWaiting(tx, event.correlationid, scenarioId);
  }

  async applicationChanged(tx: SqlExecutor, event: EventEnvelope<ApplicationStageChangedV1>): Promise<void> {
    const { applicationId, scenarioId, applicantId, changedAt } = event.data;
    await this.deps.parties.recordApplication(tx, { applicationId, scenarioId, applicantId }, changedAt);
    await this.assign.fillWaiting(tx, event.correlationid, applicationId);
  }
}
