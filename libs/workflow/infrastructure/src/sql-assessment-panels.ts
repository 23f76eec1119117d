import type { SqlExecutor } from '@scq/platform-persistence';
import type { AssessmentPanels } from '@scq/workflow-application';

/** `workflow.assessment_panel`: one row per evaluator on the current panel of an assessment about a scenario. */
export class SqlAssessmentPanels implements AssessmentPanels {
  async panelOf(db: SqlExecutor, subjectId: string): Promise<string[]> {
    const { rows } = await db.query<{ evaluator_id: string }>('SELECT DISTINCT evaluator_id FROM workflow.assessment_panel WHERE subject_id = $1', [subjectId]);
    return rows.map((row) => row.evaluator_id);
  }

  async assessedBy(db: SqlExecutor, evaluatorId: string): Promise<string[]> {
    const { rows } = await db.query<{ subject_id: string }>('SELECT DISTINCT subject_id FROM workflow.assessment_panel WHERE evaluator_id = $1', [evaluatorId]);
    return rows.map((row) => row.subject_id);
  }

  async replace(tx: SqlExecutor, assessmentId: string, subjectId: string, evaluatorIds: readonly string[]): Promise<void> {
    await tx.query('DELETE FROM workflow.assessment_panel WHERE assessment_id = $1', [assessmentId]);
    if (evaluatorIds.length === 0) return;
    await tx.query(
      `INSERT INTO workflow.assessment_panel (subject_id, assessment_id, evaluator_id)
       SELECT $1, $2, e FROM unnest($3::text[]) AS e ON CONFLICT DO NOTHING`,
      [subjectId, assessmentId, [...evaluatorIds]],
    );
  }
}
