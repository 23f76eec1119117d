import type { Schema } from '../../api/client';

/** The evaluation service's answers, by their names in the API document, as the console reads them. */
export type Purpose = Schema<'Assessment'>['purpose'];
export type AssignmentStatus = Schema<'AssessmentAssignment'>['status'];
export type ScoreScale = Schema<'RubricScoredCriterion'>['scale'];
export type Mark = Schema<'AssessmentMark'>;
/** What an assessment is about (the same in the list, the evaluator's assignments and the detail). */
export type AssessmentSubject = Schema<'Assessment'>['subject'];
/** GET /assessments/:id — the evaluator's view (myAssignment, mySheet) or the organiser's (assignments, consensus). */
export type AssessmentView = Schema<'Assessment'>;
export type ConsensusView = Schema<'AssessmentConsensus'>;

/** A stage's name in both languages (the console's own labels, below). */
type StageLabel = { zh: string; en: string };

/**
 * The assessment machine's stage labels, as its definition writes them (libs/evaluation/domain
 * assessment-lifecycle.machine.ts). The statechart endpoint serves only the workflow's machines, so the labels are
 * mirrored here; an unknown stage falls back to its path.
 */
export const ASSESSMENT_STAGES: Record<string, StageLabel> = {
  assigning: { zh: '分配评审专家', en: 'Assigning evaluators' },
  scoring: { zh: '独立评分', en: 'Independent scoring' },
  'scoring.onTime': { zh: '独立评分（评分期内）', en: 'Independent scoring (within the period)' },
  'scoring.overdue': { zh: '评分逾期', en: 'Scoring overdue' },
  consensus: { zh: '形成共识', en: 'Consensus' },
  panelReview: { zh: '专家组复议', en: 'Panel review' },
  finalized: { zh: '评审完成', en: 'Finalized' },
};

export function stageLabel(stage: string): StageLabel {
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
