import { computeConsensus, explainConsensus, pinnedRubrics, type ConsensusResult } from '@scq/evaluation-domain';
import type { LifecycleInstance } from '@scq/platform-lifecycle';
import type { SqlExecutor } from '@scq/platform-persistence';
import { SYSTEM_ACTOR, type AssessmentSubject } from '../evaluation-lifecycle';
import type { EvaluationDeps } from '../evaluation.deps';
import type { AssessmentRecord } from '../ports/assessment.repository.port';
import { publishFinalized, publishLifecycleEffects } from './assessment-effects';

/**
 * Once every evaluator has scored, the consensus is computed from the sealed sheets and sent to the machine as
 * `finalize` (passed, disagreement) with the explanation as its reason: within the disagreement threshold the
 * assessment is finalised and the decision published; above it, a panel reviews.
 */
export class AssessmentFinalizer {
  constructor(private readonly deps: EvaluationDeps) {}

  async afterAllSubmitted(tx: SqlExecutor, assessment: AssessmentRecord, instance: LifecycleInstance<AssessmentSubject>, correlationId: string): Promise<void> {
    const sheets = await this.deps.assessments.sheets(tx, assessment.id);
    const consensus = computeConsensus(pinnedRubrics(assessment.rubrics), sheets.map(({ evaluatorId, marks }) => ({ evaluatorId, marks })));
    const explanation = explainConsensus(consensus, disagreementThreshold(instance));
    const result = await this.deps.runner.send<AssessmentSubject>(tx, {
      instanceId: assessment.instanceId,
      event: { type: 'finalize', passed: consensus.passed, disagreement: consensus.disagreement },
      actor: SYSTEM_ACTOR,
      reason: explanation,
      correlationId,
    });
    await publishLifecycleEffects(tx, this.deps.publisher, result, assessment);
    if (result.instance.stage === 'finalized') await this.conclude(tx, assessment, consensus, consensus.passed, explanation);
    else await this.deps.assessments.update(tx, assessment.id, { result: consensus });
  }

  /** Records the decision and publishes `evaluation.assessment.finalized` in the same transaction. */
  async conclude(tx: SqlExecutor, assessment: AssessmentRecord, consensus: ConsensusResult, passed: boolean, explanation: string): Promise<void> {
    const finalizedAt = this.deps.clock().toISOString();
    await this.deps.assessments.update(tx, assessment.id, { result: consensus, passed, explanation, finalizedAt, waitingReason: null });
    await publishFinalized(tx, this.deps.publisher, assessment, passed, explanation, finalizedAt);
  }
}

export function disagreementThreshold(instance: LifecycleInstance<AssessmentSubject>): number {
  return Number(instance.snapshot.context.disagreementThreshold);
}
