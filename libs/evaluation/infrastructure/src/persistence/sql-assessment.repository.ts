import type { AssessmentPurpose, Mark, RubricRef } from '@scq/evaluation-domain';
import type { SqlExecutor } from '@scq/platform-persistence';
import type { AssessmentPatch, AssessmentRecord, AssessmentRepository, AssignmentRecord, AssignmentStatus, ScoreSheetRecord, TimeIdPageRequest } from '@scq/evaluation-application';
import { iso, isoOrNull, json, textArray } from './sql-values';

type Row = Record<string, unknown>;

const COLUMNS: Record<keyof AssessmentPatch, string> = {
  waitingReason: 'waiting_reason',
  excluded: 'excluded',
  supersededBy: 'superseded_by',
  cancelledAt: 'cancelled_at',
  cancellationReason: 'cancellation_reason',
  result: 'result',
  passed: 'passed',
  explanation: 'explanation',
  finalizedAt: 'finalized_at',
};
const JSON_COLUMNS = new Set(['excluded', 'result']);

/** Assessments, assignments and sealed score sheets in the `evaluation` schema, in plain SQL. */
export class SqlAssessmentRepository implements AssessmentRepository {
  async insert(tx: SqlExecutor, a: AssessmentRecord): Promise<boolean> {
    const { rowCount } = await tx.query(
      `INSERT INTO evaluation.assessment (id, instance_id, request_id, subject_kind, subject_id, purpose, domain_code, workflow_instance_id, rubrics, organising_units,
         required_evaluators, waiting_reason, excluded, superseded_by, result, passed, explanation, requested_at, finalized_at, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::jsonb, $10::text[], $11, $12, $13::jsonb, $14, $15::jsonb, $16, $17, $18, $19, $20) ON CONFLICT (request_id) DO NOTHING`,
      [
        a.id,
        a.instanceId,
        a.requestId,
        a.subject.kind,
        a.subject.id,
        a.purpose,
        a.domainCode,
        a.workflowInstanceId,
        JSON.stringify(a.rubrics),
        a.organisingUnits,
        a.requiredEvaluators,
        a.waitingReason,
        JSON.stringify(a.excluded),
        a.supersededBy,
        a.result === null ? null : JSON.stringify(a.result),
        a.passed,
        a.explanation,
        a.requestedAt,
        a.finalizedAt,
        a.createdAt,
      ],
    );
    return rowCount === 1;
  }

  async find(db: SqlExecutor, id: string, lock = false): Promise<AssessmentRecord | null> {
    const { rows } = await db.query<Row>(`SELECT * FROM evaluation.assessment WHERE id = $1${lock ? ' FOR UPDATE' : ''}`, [id]);
    return rows[0] ? toAssessment(rows[0]) : null;
  }

  async findMany(db: SqlExecutor, ids: string[]): Promise<AssessmentRecord[]> {
    if (ids.length === 0) return [];
    const { rows } = await db.query<Row>('SELECT * FROM evaluation.assessment WHERE id = ANY ($1::uuid[])', [ids]);
    return rows.map(toAssessment);
  }

  async findByRequest(db: SqlExecutor, requestId: string): Promise<AssessmentRecord | null> {
    const { rows } = await db.query<Row>('SELECT * FROM evaluation.assessment WHERE request_id = $1', [requestId]);
    return rows[0] ? toAssessment(rows[0]) : null;
  }

  async findByInstance(db: SqlExecutor, instanceId: string): Promise<AssessmentRecord | null> {
    const { rows } = await db.query<Row>('SELECT * FROM evaluation.assessment WHERE instance_id = $1', [instanceId]);
    return rows[0] ? toAssessment(rows[0]) : null;
  }

  async openFor(db: SqlExecutor, subjectId: string, purpose: AssessmentPurpose): Promise<AssessmentRecord[]> {
    const { rows } = await db.query<Row>(
      'SELECT * FROM evaluation.assessment WHERE subject_id = $1 AND purpose = $2 AND finalized_at IS NULL AND superseded_by IS NULL AND cancelled_at IS NULL ORDER BY created_at, id',
      [subjectId, purpose],
    );
    return rows.map(toAssessment);
  }

  async waiting(db: SqlExecutor, subjectId?: string): Promise<AssessmentRecord[]> {
    const { rows } = await db.query<Row>(
      `SELECT * FROM evaluation.assessment
        WHERE waiting_reason IS NOT NULL AND finalized_at IS NULL AND superseded_by IS NULL AND cancelled_at IS NULL
          AND ($1::uuid IS NULL OR subject_id = $1::uuid
               OR (subject_kind = 'application' AND subject_id IN (SELECT subject_id FROM evaluation.subject_party WHERE subject_kind = 'application' AND scenario_id = $1::uuid)))
        ORDER BY created_at, id`,
      [subjectId ?? null],
    );
    return rows.map(toAssessment);
  }

  async withPanel(db: SqlExecutor, subjectId?: string): Promise<AssessmentRecord[]> {
    const { rows } = await db.query<Row>(
      `SELECT * FROM evaluation.assessment s
        WHERE finalized_at IS NULL AND superseded_by IS NULL AND cancelled_at IS NULL
          AND EXISTS (SELECT 1 FROM evaluation.assignment a WHERE a.assessment_id = s.id AND a.status IN ('assigned', 'submitted'))
          AND ($1::uuid IS NULL OR subject_id = $1::uuid
               OR (subject_kind = 'application' AND subject_id IN (SELECT subject_id FROM evaluation.subject_party WHERE subject_kind = 'application' AND scenario_id = $1::uuid)))
        ORDER BY created_at, id`,
      [subjectId ?? null],
    );
    return rows.map(toAssessment);
  }

  async update(tx: SqlExecutor, id: string, patch: AssessmentPatch): Promise<void> {
    const entries = Object.entries(patch).filter(([, value]) => value !== undefined) as Array<[keyof AssessmentPatch, unknown]>;
    if (entries.length === 0) return;
    const sets = entries.map(([key], index) => `${COLUMNS[key]} = $${index + 2}${JSON_COLUMNS.has(COLUMNS[key]) ? '::jsonb' : ''}`);
    const values = entries.map(([key, value]) => (JSON_COLUMNS.has(COLUMNS[key]) && value !== null ? JSON.stringify(value) : value));
    await tx.query(`UPDATE evaluation.assessment SET ${sets.join(', ')} WHERE id = $1`, [id, ...values]);
  }

  async assignments(db: SqlExecutor, assessmentId: string): Promise<AssignmentRecord[]> {
    const { rows } = await db.query<Row>('SELECT * FROM evaluation.assignment WHERE assessment_id = $1 ORDER BY assigned_at, evaluator_id', [assessmentId]);
    return rows.map(toAssignment);
  }

  async assignmentsOf(db: SqlExecutor, evaluatorId: string, page: TimeIdPageRequest): Promise<AssignmentRecord[]> {
    const { rows } = await db.query<Row>(
      `SELECT * FROM evaluation.assignment
        WHERE evaluator_id = $1 AND ($2::timestamptz IS NULL OR (assigned_at, assessment_id) < ($2::timestamptz, $3::uuid))
        ORDER BY assigned_at DESC, assessment_id DESC LIMIT $4`,
      [evaluatorId, page.after?.at ?? null, page.after?.id ?? null, page.limit],
    );
    return rows.map(toAssignment);
  }

  async openAssignmentsOf(db: SqlExecutor, evaluatorId: string, limit: number): Promise<AssignmentRecord[]> {
    const { rows } = await db.query<Row>(
      `SELECT * FROM evaluation.assignment WHERE evaluator_id = $1 AND status = 'assigned' ORDER BY assigned_at, assessment_id LIMIT $2`,
      [evaluatorId, limit],
    );
    return rows.map(toAssignment);
  }

  async addAssignments(tx: SqlExecutor, assessmentId: string, evaluatorIds: string[], at: Date): Promise<void> {
    await tx.query(
      `INSERT INTO evaluation.assignment (assessment_id, evaluator_id, status, assigned_at) SELECT $1, id, 'assigned', $3 FROM unnest($2::text[]) AS id`,
      [assessmentId, evaluatorIds, at],
    );
  }

  async endAssignment(tx: SqlExecutor, assessmentId: string, evaluatorId: string, change: { status: AssignmentStatus; reason: string; at: Date; replacedBy?: string | null }): Promise<void> {
    await tx.query(`UPDATE evaluation.assignment SET status = $3, end_reason = $4, ended_at = $5, replaced_by = $6 WHERE assessment_id = $1 AND evaluator_id = $2`, [
      assessmentId,
      evaluatorId,
      change.status,
      change.reason,
      change.at,
      change.replacedBy ?? null,
    ]);
  }

  async setReplacement(tx: SqlExecutor, assessmentId: string, evaluatorId: string, replacedBy: string): Promise<void> {
    await tx.query('UPDATE evaluation.assignment SET replaced_by = $3 WHERE assessment_id = $1 AND evaluator_id = $2', [assessmentId, evaluatorId, replacedBy]);
  }

  async insertSheet(tx: SqlExecutor, sheet: ScoreSheetRecord): Promise<void> {
    await tx.query('INSERT INTO evaluation.score_sheet (assessment_id, evaluator_id, marks, submitted_at) VALUES ($1, $2, $3::jsonb, $4)', [
      sheet.assessmentId,
      sheet.evaluatorId,
      JSON.stringify(sheet.marks),
      sheet.submittedAt,
    ]);
  }

  async sheets(db: SqlExecutor, assessmentId: string): Promise<ScoreSheetRecord[]> {
    const { rows } = await db.query<Row>(
      `SELECT s.* FROM evaluation.score_sheet s JOIN evaluation.assignment a USING (assessment_id, evaluator_id)
        WHERE s.assessment_id = $1 AND a.status <> 'conflict' ORDER BY s.submitted_at, s.evaluator_id`,
      [assessmentId],
    );
    return rows.map(toSheet);
  }

  async unsealedSheets(db: SqlExecutor, purpose?: AssessmentPurpose): Promise<Array<ScoreSheetRecord & { rubrics: RubricRef[] }>> {
    const { rows } = await db.query<Row>(
      `SELECT s.*, a.rubrics FROM evaluation.score_sheet s
         JOIN evaluation.assessment a ON a.id = s.assessment_id
         JOIN evaluation.lifecycle_instance i ON i.id = a.instance_id
         JOIN evaluation.assignment e ON e.assessment_id = s.assessment_id AND e.evaluator_id = s.evaluator_id
        WHERE e.status <> 'conflict' AND a.superseded_by IS NULL AND a.cancelled_at IS NULL AND i.stage IN ('consensus', 'panelReview', 'finalized') AND ($1::text IS NULL OR a.purpose = $1::text)
        ORDER BY a.created_at, s.assessment_id, s.submitted_at`,
      [purpose ?? null],
    );
    return rows.map((row) => ({ ...toSheet(row), rubrics: json<RubricRef[]>(row.rubrics) }));
  }

  async syncAssignedEvaluators(tx: SqlExecutor, instanceId: string, evaluatorIds: string[]): Promise<boolean> {
    const { rowCount } = await tx.query(
      `UPDATE evaluation.lifecycle_instance SET subject = jsonb_set(subject, '{assignedEvaluators}', $2::jsonb)
        WHERE id = $1 AND (subject -> 'assignedEvaluators') IS DISTINCT FROM $2::jsonb`,
      [instanceId, JSON.stringify(evaluatorIds)],
    );
    return (rowCount ?? 0) > 0;
  }
}

function toAssessment(row: Row): AssessmentRecord {
  return {
    id: String(row.id),
    instanceId: String(row.instance_id),
    requestId: String(row.request_id),
    subject: { kind: row.subject_kind as 'scenario' | 'application', id: String(row.subject_id) },
    purpose: row.purpose as AssessmentPurpose,
    domainCode: (row.domain_code as string | null) ?? null,
    workflowInstanceId: String(row.workflow_instance_id),
    rubrics: json(row.rubrics),
    organisingUnits: textArray(row.organising_units),
    requiredEvaluators: Number(row.required_evaluators),
    waitingReason: (row.waiting_reason as string | null) ?? null,
    excluded: json(row.excluded) ?? [],
    supersededBy: (row.superseded_by as string | null) ?? null,
    cancelledAt: isoOrNull(row.cancelled_at),
    cancellationReason: (row.cancellation_reason as string | null) ?? null,
    result: row.result === null || row.result === undefined ? null : json(row.result),
    passed: (row.passed as boolean | null) ?? null,
    explanation: (row.explanation as string | null) ?? null,
    requestedAt: iso(row.requested_at),
    finalizedAt: isoOrNull(row.finalized_at),
    createdAt: iso(row.created_at),
  };
}

function toAssignment(row: Row): AssignmentRecord {
  return {
    assessmentId: String(row.assessment_id),
    evaluatorId: String(row.evaluator_id),
    status: row.status as AssignmentStatus,
    assignedAt: iso(row.assigned_at),
    endedAt: isoOrNull(row.ended_at),
    endReason: (row.end_reason as string | null) ?? null,
    replacedBy: (row.replaced_by as string | null) ?? null,
  };
}

function toSheet(row: Row): ScoreSheetRecord {
  return { assessmentId: String(row.assessment_id), evaluatorId: String(row.evaluator_id), marks: json<Mark[]>(row.marks), submittedAt: iso(row.submitted_at) };
}
