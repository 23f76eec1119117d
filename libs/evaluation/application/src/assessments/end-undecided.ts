import type { SqlExecutor } from '@scq/platform-persistence';
import type { EvaluationDeps } from '../evaluation.deps';
import type { AssessmentPatch, AssessmentRecord } from '../ports/assessment.repository.port';
import { publishCancellation, syncPanel } from './assessment-effects';

/** Whether an assessment ended without deciding: superseded by a newer request, or cancelled with its subject. */
export const endedUndecided = (assessment: Pick<AssessmentRecord, 'supersededBy' | 'cancelledAt'>): boolean => assessment.supersededBy !== null || assessment.cancelledAt !== null;

/**
 * Ends an open assessment that will never decide (superseded, or its subject withdrawn, rejected or terminated), in the
 * caller's transaction: the row says why, every evaluator still assigned is withdrawn (their capacity freed), the
 * panel-changed event tells an empty panel, and the reminder system forgets the scoring deadline.
 */
export async function endUndecided(tx: SqlExecutor, deps: Pick<EvaluationDeps, 'assessments' | 'publisher' | 'clock' | 'runner'>, assessment: AssessmentRecord, patch: AssessmentPatch, reason: string): Promise<void> {
  await deps.assessments.find(tx, assessment.id, true);
  const at = deps.clock();
  await deps.assessments.update(tx, assessment.id, { ...patch, waitingReason: null });
  for (const assignment of await deps.assessments.assignments(tx, assessment.id)) {
    if (assignment.status === 'assigned') await deps.assessments.endAssignment(tx, assessment.id, assignment.evaluatorId, { status: 'withdrawn', reason, at });
  }
  await syncPanel(tx, deps, assessment, []);
  const instance = await deps.runner.store.find(tx, assessment.instanceId);
  const armed = (instance?.snapshot.context.deadlines as Record<string, string> | undefined)?.scoring;
  if (instance && armed) await publishCancellation(tx, deps.publisher, instance, 'scoring', armed, at.toISOString());
}
