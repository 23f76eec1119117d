import type { Bilingual } from '@scq/lifecycle-domain';

/** The marks an evaluator may give on a scored criterion: `min`…`max` in steps of `step` (0–5 in half points by default). */
export interface ScoreScale {
  min: number;
  max: number;
  step: number;
}

/** A criterion scored on a scale, counted in the rubric's total with its weight; it must reach its own threshold. */
export interface ScoredCriterion {
  id: string;
  kind: 'scored';
  label: Bilingual;
  /** What the evaluator looks at, in the words of the policy where it has them. */
  guidance: Bilingual;
  weight: number;
  scale: ScoreScale;
  /** The aggregated score must be at least this (null: no per-criterion threshold). */
  threshold: number | null;
}

/** A criterion that is met or not (合规, 安全, 资质): it is not counted in the total, and a fail fails the rubric. */
export interface PassFailCriterion {
  id: string;
  kind: 'pass-fail';
  label: Bilingual;
  guidance: Bilingual;
}

export type Criterion = ScoredCriterion | PassFailCriterion;

/**
 * A rubric as versioned data: an assessment pins the versions it was opened with, so publishing a new version
 * never changes how a running assessment is scored.
 */
export interface Rubric {
  id: string;
  version: number;
  title: Bilingual;
  /** The policy the rubric implements, quoted from the seeds. */
  basis: Bilingual;
  publishedOn: string;
  criteria: Criterion[];
  /** The weighted total of the scored criteria must be at least this (null: no total threshold). */
  totalThreshold: number | null;
}

export interface RubricRef {
  id: string;
  version: number;
}

/** EU practice (Horizon Europe): each criterion 0–5 (half points allowed), threshold 3, total threshold 10 of 15. */
export const DEFAULT_SCALE: ScoreScale = { min: 0, max: 5, step: 0.5 };
export const DEFAULT_CRITERION_THRESHOLD = 3;

export function scoredCriteria(rubric: Rubric): ScoredCriterion[] {
  return rubric.criteria.filter((criterion): criterion is ScoredCriterion => criterion.kind === 'scored');
}

/** The highest weighted total the rubric allows. */
export function maxTotal(rubric: Rubric): number {
  return scoredCriteria(rubric).reduce((sum, criterion) => sum + criterion.weight * criterion.scale.max, 0);
}

/** The lowest weighted total (0 on the default scale). */
export function minTotal(rubric: Rubric): number {
  return scoredCriteria(rubric).reduce((sum, criterion) => sum + criterion.weight * criterion.scale.min, 0);
}

/** A scored criterion with the defaults: weight 1, scale 0–5 in half points, threshold 3. */
export function scored(id: string, label: Bilingual, guidance: Bilingual, overrides: Partial<Pick<ScoredCriterion, 'weight' | 'scale' | 'threshold'>> = {}): ScoredCriterion {
  return { id, kind: 'scored', label, guidance, weight: 1, scale: DEFAULT_SCALE, threshold: DEFAULT_CRITERION_THRESHOLD, ...overrides };
}

export function passFail(id: string, label: Bilingual, guidance: Bilingual): PassFailCriterion {
  return { id, kind: 'pass-fail', label, guidance };
}

/** What is wrong with a rubric's data (empty when it is consistent); the catalog's spec checks every version. */
export function rubricProblems(rubric: Rubric): string[] {
  const problems: string[] = [];
  const ids = rubric.criteria.map((criterion) => criterion.id);
  if (new Set(ids).size !== ids.length) problems.push(`${rubric.id}: duplicate criterion ids`);
  if (scoredCriteria(rubric).length === 0 && rubric.criteria.length === 0) problems.push(`${rubric.id}: no criteria`);
  for (const criterion of scoredCriteria(rubric)) {
    const { min, max, step } = criterion.scale;
    if (!(criterion.weight > 0)) problems.push(`${rubric.id}/${criterion.id}: weight must be positive`);
    if (!(max > min) || !(step > 0) || !Number.isInteger(Math.round(((max - min) / step) * 1e6) / 1e6)) problems.push(`${rubric.id}/${criterion.id}: scale ${min}–${max} step ${step} is not a whole number of steps`);
    if (criterion.threshold !== null && (criterion.threshold < min || criterion.threshold > max)) problems.push(`${rubric.id}/${criterion.id}: threshold outside the scale`);
  }
  if (rubric.totalThreshold !== null && (rubric.totalThreshold < minTotal(rubric) || rubric.totalThreshold > maxTotal(rubric))) problems.push(`${rubric.id}: total threshold outside ${minTotal(rubric)}–${maxTotal(rubric)}`);
  return problems;
}
