/** The evaluation service's answers (libs/evaluation/application/src/assessments/assessment.queries.ts), as the console reads them. */

export interface Bilingual {
  zh?: string;
  en?: string;
}

export type Purpose = 'recognition' | 'effectiveness' | 'application-review';
export type AssignmentStatus = 'assigned' | 'submitted' | 'declined' | 'recused' | 'missed-deadline' | 'withdrawn';

export interface ScoreScale {
  min: number;
  max: number;
  step: number;
}

export interface ScoredCriterion {
  id: string;
  kind: 'scored';
  label: Bilingual;
  guidance: Bilingual;
  weight: number;
  scale: ScoreScale;
  threshold: number | null;
}

export interface PassFailCriterion {
  id: string;
  kind: 'pass-fail';
  label: Bilingual;
  guidance: Bilingual;
}

export type Criterion = ScoredCriterion | PassFailCriterion;

export interface Rubric {
  id: string;
  version: number;
  title: Bilingual;
  basis: Bilingual;
  criteria: Criterion[];
  totalThreshold: number | null;
}

export interface Assignment {
  assessmentId: string;
  evaluatorId: string;
  status: AssignmentStatus;
  assignedAt: string;
  endedAt: string | null;
  endReason: string | null;
}

export interface Mark {
  rubricId: string;
  criterionId: string;
  value: number | boolean;
  comment: string;
}

export interface AssessmentSummary {
  id: string;
  instanceId: string;
  subject: { kind: 'scenario' | 'application'; id: string };
  purpose: Purpose;
  domainCode: string | null;
  stage: string;
  requiredEvaluators: number;
  organisingUnits: string[];
  waitingReason: string | null;
  supersededBy: string | null;
  scoringDeadlineId: string | null;
  requestedAt: string;
  finalizedAt: string | null;
}

export interface Outcome {
  passed: boolean | null;
  explanation: string | null;
  panel: { majorityView: string; minorityView: string } | null;
}

/** GET /assessments/:id — the evaluator's view (myAssignment, mySheet) or the organiser's (assignments, consensus). */
export interface AssessmentView extends AssessmentSummary {
  rubrics: Rubric[];
  progress: { submitted: number; panel: number };
  outcome: Outcome | null;
  myAssignment?: Assignment;
  mySheet?: { marks: Mark[]; submittedAt: string } | null;
  assignments?: Assignment[];
}

export interface MineResponse {
  items: Array<{ assignment: Assignment; assessment: AssessmentSummary & { rubrics: Rubric[] } }>;
  nextCursor: string | null;
}

export interface ListResponse {
  items: Array<AssessmentSummary & { passed: boolean | null }>;
  nextCursor: string | null;
}

export interface CriterionOutcome {
  rubricId: string;
  criterionId: string;
  label: Bilingual;
  kind: 'scored' | 'pass-fail';
  value: number | null;
  weight: number | null;
  max: number | null;
  threshold: number | null;
  method: 'mean' | 'trimmed-mean' | 'majority';
  votes: { for: number; against: number } | null;
  met: boolean;
}

export interface RubricOutcome {
  rubricId: string;
  version: number;
  title: Bilingual;
  criteria: CriterionOutcome[];
  total: number;
  maxTotal: number;
  totalThreshold: number | null;
  totalMet: boolean;
  passed: boolean;
  disagreement: number;
}

export interface ConsensusView {
  assessmentId: string;
  stage: string;
  complete: boolean;
  disagreementThreshold: number;
  sheets: Array<{ evaluator: string; own: boolean; marks: Mark[]; submittedAt: string }>;
  consensus: { passed: boolean; evaluators: number; rubrics: RubricOutcome[]; disagreement: number } | null;
  outcome: Outcome | null;
}

/**
 * The assessment machine's stage labels, as its definition writes them (libs/evaluation/domain
 * assessment-lifecycle.machine.ts). The statechart endpoint serves only the workflow's machines, so the labels are
 * mirrored here; an unknown stage falls back to its path.
 */
export const ASSESSMENT_STAGES: Record<string, Bilingual> = {
  assigning: { zh: '分配评审专家', en: 'Assigning evaluators' },
  scoring: { zh: '独立评分', en: 'Independent scoring' },
  'scoring.onTime': { zh: '独立评分（评分期内）', en: 'Independent scoring (within the period)' },
  'scoring.overdue': { zh: '评分逾期', en: 'Scoring overdue' },
  consensus: { zh: '形成共识', en: 'Consensus' },
  panelReview: { zh: '专家组复议', en: 'Panel review' },
  finalized: { zh: '评审完成', en: 'Finalized' },
};

export function stageLabel(stage: string): Bilingual {
  return ASSESSMENT_STAGES[stage] ?? { zh: stage, en: stage };
}

/** The marks a scale allows, lowest first (0, 0.5, … 5). */
export function scaleValues(scale: ScoreScale): number[] {
  const count = Math.round((scale.max - scale.min) / scale.step);
  return Array.from({ length: count + 1 }, (_, i) => Math.round((scale.min + i * scale.step) * 1e6) / 1e6);
}

export function markKey(rubricId: string, criterionId: string): string {
  return `${rubricId}/${criterionId}`;
}

export function formatNumber(value: number | null | undefined, digits = 2): string {
  return value === null || value === undefined ? '—' : value.toFixed(digits);
}
