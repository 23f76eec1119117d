import { computeConsensus, conflictedSeats, pinnedRubrics, removalReason, type PanelRemoval } from '@scq/evaluation-domain';
import type { SqlExecutor } from '@scq/platform-persistence';
import type { EvaluationDeps } from '../evaluation.deps';
import type { AssessmentRecord } from '../ports/assessment.repository.port';
import type { AssignEvaluatorsHandler } from './assign-evaluators.handler';
import { endedUndecided } from './end-undecided';

/**
 * A conflict of interest that comes to light after assignment (the application's organisations arrive, the directory
 * renames an organisation, an evaluator's affiliation or a declaration changes, a party is registered by hand): every
 * evaluator of an undecided assessment now in conflict leaves the panel (`conflict`, with why), a sheet they submitted
 * stops counting, the normal assignment policy seats a replacement (or the assessment waits for one), the panel change
 * is published, and `evaluation.assessment.evaluator-removed` tells the coordinator. Decided assessments stay as they are.
 *
 * While scoring, the seat of one who had scored is handed on too (assessment machine v2): the newcomer scores in their
 * place. In panel review all have scored and the seat is not reopened: the voided sheet leaves the consensus, which is
 * recomputed at once for the panel (as it is on an instance still on machine v1, where a scored seat stays empty).
 */
export class ConflictReviewHandler {
  constructor(
    private readonly deps: EvaluationDeps,
    private readonly assign: AssignEvaluatorsHandler,
  ) {}

  /** Reviews every undecided assessment with a panel (all, or those about one subject or an application of that scenario). */
  async review(tx: SqlExecutor, correlationId: string, subjectId?: string): Promise<void> {
    await this.deps.pool.lock(tx);
    for (const assessment of await this.deps.assessments.withPanel(tx, subjectId)) await this.reviewOne(tx, assessment.id, correlationId);
  }

  private async reviewOne(tx: SqlExecutor, assessmentId: string, correlationId: string): Promise<void> {
    const assessment = await this.deps.assessments.find(tx, assessmentId, true);
    if (!assessment || endedUndecided(assessment) || assessment.finalizedAt) return;
    const pool = await this.assign.poolFor(tx, assessment);
    if (!pool) return;
    const seats = (await this.deps.assessments.assignments(tx, assessment.id)).filter((a) => a.status === 'assigned' || a.status === 'submitted').map((a) => ({ evaluatorId: a.evaluatorId, scored: a.status === 'submitted' }));
    const removals = conflictedSeats(seats, (id) => pool.candidates.find((candidate) => candidate.id === id)?.conflicts ?? []);
    if (removals.length === 0) return;
    const at = this.deps.clock();
    for (const removal of removals) await this.deps.assessments.endAssignment(tx, assessment.id, removal.evaluatorId, { status: 'conflict', reason: removalReason(removal), at, replacedBy: null });
    await this.assign.fill(tx, assessment.id, correlationId);
    await this.assign.sync(tx, assessment);
    if (removals.some((removal) => removal.scoresVoided)) await this.recomputeInPanelReview(tx, assessment);
    const replacements = new Map((await this.deps.assessments.assignments(tx, assessment.id)).map((a) => [a.evaluatorId, a.replacedBy]));
    for (const removal of removals) await this.publishRemoval(tx, assessment, removal, replacements.get(removal.evaluatorId) ?? null, at);
  }

  /** A panel reviewing the scores sees them without the voided sheet. */
  private async recomputeInPanelReview(tx: SqlExecutor, assessment: AssessmentRecord): Promise<void> {
    const instance = await this.deps.runner.store.find(tx, assessment.instanceId);
    if (instance?.stage !== 'panelReview') return;
    const sheets = await this.deps.assessments.sheets(tx, assessment.id);
    if (sheets.length === 0) return;
    const result = computeConsensus(pinnedRubrics(assessment.rubrics), sheets.map(({ evaluatorId, marks }) => ({ evaluatorId, marks })));
    await this.deps.assessments.update(tx, assessment.id, { result });
  }

  private publishRemoval(tx: SqlExecutor, assessment: AssessmentRecord, removal: PanelRemoval, replacementId: string | null, at: Date) {
    return this.deps.publisher.publish(tx, 'evaluation.assessment.v1', 'evaluation.assessment.evaluator-removed', {
      subject: assessment.subject.id,
      data: {
        assessmentId: assessment.id,
        subject: assessment.subject,
        purpose: assessment.purpose,
        evaluatorId: removal.evaluatorId,
        cause: 'conflict-of-interest',
        conflicts: removal.conflicts.map(({ kind, party, detail }) => ({ kind, party, detail })),
        scoresVoided: removal.scoresVoided,
        replacementId,
        organisingUnits: assessment.organisingUnits,
        removedAt: at.toISOString(),
      },
    });
  }
}
