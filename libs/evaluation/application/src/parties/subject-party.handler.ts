import type { ApplicationStageChangedV1, EventEnvelope, ScenarioRegisteredV1, ScenarioStageChangedV1 } from '@scq/contracts';
import type { SqlExecutor } from '@scq/platform-persistence';
import type { AssignEvaluatorsHandler } from '../assessments/assign-evaluators.handler';
import type { ConflictReviewHandler } from '../assessments/conflict-review.handler';
import { endUndecided } from '../assessments/end-undecided';
import type { EvaluationDeps } from '../evaluation.deps';
import { canonicalOrganisation, organisationSpeller } from '../organisations';

/**
 * The parties conflicts are checked against, learned from events (the evaluation service never reads another
 * service's tables): a scenario's owner unit from `registry.scenario.registered`, an application's applicant, scenario
 * and organisations (the applicant's, consortium members') from `workflow.application.stage-changed`, spelled the one
 * canonical way. An assessment that waited for them is assigned now; one already assigned has its panel reviewed for a
 * conflict they reveal (see `ConflictReviewHandler`). And the end
 * of a scenario from `workflow.scenario.stage-changed`: withdrawn, rejected or terminated, its open assessments are
 * cancelled and their evaluators freed.
 */
export class SubjectPartyHandler {
  constructor(
    private readonly deps: EvaluationDeps,
    private readonly assign: AssignEvaluatorsHandler,
    private readonly review: ConflictReviewHandler,
  ) {}

  async scenarioRegistered(tx: SqlExecutor, event: EventEnvelope<ScenarioRegisteredV1>): Promise<void> {
    const { scenarioId, ownerUnit, domainCode, registeredAt } = event.data;
    const owner = await canonicalOrganisation(this.deps.organisationNames, tx, ownerUnit);
    await this.deps.parties.recordScenario(tx, { scenarioId, ownerUnit: owner, domainCode }, registeredAt);
    await this.review.review(tx, event.correlationid, scenarioId);
    await this.assign.fillWaiting(tx, event.correlationid, scenarioId);
  }

  async scenarioChanged(tx: SqlExecutor, event: EventEnvelope<ScenarioStageChangedV1>): Promise<void> {
    const { scenarioId, to, event: cause } = event.data;
    const ending = scenarioEnding(to);
    if (!ending) return;
    await this.deps.pool.lock(tx);
    const reason = `场景${ending.zh}（${cause}），评估取消 the scenario was ${ending.en} (${cause}): assessment cancelled`;
    let cancelled = 0;
    for (const purpose of SCENARIO_PURPOSES) {
      for (const open of await this.deps.assessments.openFor(tx, scenarioId, purpose)) {
        await endUndecided(tx, this.deps, open, { cancelledAt: event.data.changedAt, cancellationReason: reason }, reason);
        cancelled++;
      }
    }
    // The freed evaluators may be what an assessment waiting for a panel lacked.
    if (cancelled > 0) await this.assign.fillWaiting(tx, event.correlationid);
  }

  async applicationChanged(tx: SqlExecutor, event: EventEnvelope<ApplicationStageChangedV1>): Promise<void> {
    const { applicationId, scenarioId, applicantId, parties, changedAt } = event.data;
    const spell = parties && (await organisationSpeller(this.deps.organisationNames, tx, parties.map((party) => party.organisation)));
    const organisations = parties && spell && [...new Set(parties.map((party) => spell(party.organisation)))];
    await this.deps.parties.recordApplication(tx, { applicationId, scenarioId, applicantId, organisations }, changedAt);
    await this.review.review(tx, event.correlationid, applicationId);
    await this.assign.fillWaiting(tx, event.correlationid, applicationId);
  }
}

/** The stages in which a scenario ends for good: nothing about it is assessed any more. */
const SCENARIO_ENDINGS = [
  { stage: 'withdrawn', zh: '已撤回', en: 'withdrawn' },
  { stage: 'rejected', zh: '未通过', en: 'rejected' },
  { stage: 'terminated', zh: '已终止', en: 'terminated' },
] as const;

function scenarioEnding(to: string): (typeof SCENARIO_ENDINGS)[number] | undefined {
  return SCENARIO_ENDINGS.find((ended) => to === ended.stage || to.startsWith(`${ended.stage}.`));
}

/**
 * Whether a scenario entering stage `to` (or one of its substages) ends for good: the only stage changes
 * `scenarioChanged` acts on, so its consumer takes no others (`@OnEvent(…, { when })`).
 */
export function endsScenario(to: string): boolean {
  return scenarioEnding(to) !== undefined;
}
const SCENARIO_PURPOSES = ['recognition', 'effectiveness'] as const;
