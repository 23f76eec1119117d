import type { AssessmentPanelChangedV1, EventEnvelope } from '@scq/contracts';
import type { SqlExecutor } from '@scq/platform-persistence';

/**
 * The workflow's read model of assessment panels about scenarios (the evaluation service owns the truth, and says
 * so with `evaluation.assessment.panel-changed`): an evaluator reads the lifecycle of a scenario they assess.
 */
export interface AssessmentPanels {
  /** The evaluators on a current panel of an assessment about the subject. */
  panelOf(db: SqlExecutor, subjectId: string): Promise<string[]>;
  /** The subjects the evaluator is on a current panel about. */
  assessedBy(db: SqlExecutor, evaluatorId: string): Promise<string[]>;
  /** The panel of one assessment becomes `evaluatorIds` (none: its rows go). */
  replace(tx: SqlExecutor, assessmentId: string, subjectId: string, evaluatorIds: readonly string[]): Promise<void>;
}

/** Each event replaces the panel of its assessment, so a redelivery changes nothing; application panels are not kept. */
export async function applyPanelChanged(tx: SqlExecutor, panels: AssessmentPanels, event: EventEnvelope<AssessmentPanelChangedV1>): Promise<void> {
  const { assessmentId, subject, evaluatorIds } = event.data;
  if (subject.kind !== 'scenario') return;
  await panels.replace(tx, assessmentId, subject.id, evaluatorIds);
}
