import type { SqlExecutor } from '@scq/platform-persistence';
import type { AssessmentPurpose, Conflict, ConsensusResult, Mark, RubricRef } from '@scq/evaluation-domain';
import type { TimeIdPageRequest } from './page-request';

export interface AssessmentRecord {
  id: string;
  /** The lifecycle instance (assessment machine) that carries the stage and history. */
  instanceId: string;
  /** The workflow's `workflow.assessment.requested` event id: one assessment per request. */
  requestId: string;
  subject: { kind: 'scenario' | 'application'; id: string };
  purpose: AssessmentPurpose;
  domainCode: string | null;
  workflowInstanceId: string;
  rubrics: RubricRef[];
  organisingUnits: string[];
  requiredEvaluators: number;
  /** Why the assessment waits (parties unknown, pool too small), or null. */
  waitingReason: string | null;
  /** Evaluators left out for a conflict of interest at the last assignment, with the conflicts found. */
  excluded: Array<{ evaluatorId: string; conflicts: Conflict[] }>;
  /** A newer request for the same subject and purpose replaced this one: it never decides anything. */
  supersededBy: string | null;
  /** Its subject ended (scenario withdrawn, rejected or terminated) before it decided: it never decides anything. */
  cancelledAt: string | null;
  cancellationReason: string | null;
  result: ConsensusResult | null;
  passed: boolean | null;
  explanation: string | null;
  requestedAt: string;
  finalizedAt: string | null;
  createdAt: string;
}

/** `conflict`: taken off the panel for a conflict of interest found after assignment; a sheet they submitted no longer counts. */
export type AssignmentStatus = 'assigned' | 'submitted' | 'declined' | 'recused' | 'missed-deadline' | 'withdrawn' | 'conflict';

export interface AssignmentRecord {
  assessmentId: string;
  evaluatorId: string;
  status: AssignmentStatus;
  assignedAt: string;
  endedAt: string | null;
  endReason: string | null;
  replacedBy: string | null;
}

export interface ScoreSheetRecord {
  assessmentId: string;
  evaluatorId: string;
  marks: Mark[];
  submittedAt: string;
}

export type AssessmentPatch = Partial<Pick<AssessmentRecord, 'waitingReason' | 'excluded' | 'supersededBy' | 'cancelledAt' | 'cancellationReason' | 'result' | 'passed' | 'explanation' | 'finalizedAt'>>;

export const ASSESSMENT_REPOSITORY = Symbol('ASSESSMENT_REPOSITORY');

/** Assessments, their assignments and their sealed score sheets. */
export interface AssessmentRepository {
  insert(tx: SqlExecutor, assessment: AssessmentRecord): Promise<boolean>;
  /** With `lock`, the row is locked for the transaction: commands on one assessment run one at a time. */
  find(db: SqlExecutor, id: string, lock?: boolean): Promise<AssessmentRecord | null>;
  findMany(db: SqlExecutor, ids: string[]): Promise<AssessmentRecord[]>;
  findByRequest(db: SqlExecutor, requestId: string): Promise<AssessmentRecord | null>;
  findByInstance(db: SqlExecutor, instanceId: string): Promise<AssessmentRecord | null>;
  /** Not finalised, not superseded and not cancelled, for this subject and purpose. */
  openFor(db: SqlExecutor, subjectId: string, purpose: AssessmentPurpose): Promise<AssessmentRecord[]>;
  /** Not finalised, not superseded, not cancelled, with a waiting reason; optionally only those about a subject (or an application of that scenario). */
  waiting(db: SqlExecutor, subjectId?: string): Promise<AssessmentRecord[]>;
  /** Not finalised, not superseded, not cancelled, with someone on the panel (assigned or scored); optionally only those about a subject (or an application of that scenario). */
  withPanel(db: SqlExecutor, subjectId?: string): Promise<AssessmentRecord[]>;
  update(tx: SqlExecutor, id: string, patch: AssessmentPatch): Promise<void>;
  assignments(db: SqlExecutor, assessmentId: string): Promise<AssignmentRecord[]>;
  /** An evaluator's assignments, newest first: (assigned_at, assessment id) descending; `after` is the previous page's last (assignedAt, assessmentId). */
  assignmentsOf(db: SqlExecutor, evaluatorId: string, page: TimeIdPageRequest): Promise<AssignmentRecord[]>;
  /** The evaluator's assignments still to score (status `assigned`), longest waiting first. */
  openAssignmentsOf(db: SqlExecutor, evaluatorId: string, limit: number): Promise<AssignmentRecord[]>;
  addAssignments(tx: SqlExecutor, assessmentId: string, evaluatorIds: string[], at: Date): Promise<void>;
  endAssignment(tx: SqlExecutor, assessmentId: string, evaluatorId: string, change: { status: AssignmentStatus; reason: string; at: Date; replacedBy?: string | null }): Promise<void>;
  setReplacement(tx: SqlExecutor, assessmentId: string, evaluatorId: string, replacedBy: string): Promise<void>;
  insertSheet(tx: SqlExecutor, sheet: ScoreSheetRecord): Promise<void>;
  /** The sheets that count: never one of an evaluator taken off for a conflict (kept, sealed, but not counted). */
  sheets(db: SqlExecutor, assessmentId: string): Promise<ScoreSheetRecord[]>;
  /** Sheets of every assessment in which all evaluators submitted and that was not superseded (for calibration). */
  unsealedSheets(db: SqlExecutor, purpose?: AssessmentPurpose): Promise<Array<ScoreSheetRecord & { rubrics: RubricRef[] }>>;
  /** Keeps the lifecycle subject's `assignedEvaluators` (read by authorisation) equal to the active panel; true when that changed it. */
  syncAssignedEvaluators(tx: SqlExecutor, instanceId: string, evaluatorIds: string[]): Promise<boolean>;
}
