import type { Bilingual } from '@scq/lifecycle-domain';
import { maxTotal, minTotal, scoredCriteria, type Criterion, type Rubric } from '../rubrics/rubric.types';
import type { Mark, ScoreSheet } from '../scoring/score-sheet.types';
import { AGGREGATION_POLICY, aggregateScores, majority, meets, round, trimCount, type AggregationPolicy } from './aggregation.rules';

export interface CriterionOutcome {
  rubricId: string;
  criterionId: string;
  label: Bilingual;
  kind: Criterion['kind'];
  /** Scored: the aggregated score (mean, or trimmed mean); pass/fail: null. */
  value: number | null;
  weight: number | null;
  max: number | null;
  threshold: number | null;
  method: 'mean' | 'trimmed-mean' | 'majority';
  /** Pass/fail: how the evaluators voted. */
  votes: { for: number; against: number } | null;
  met: boolean;
}

export interface RubricOutcome {
  rubricId: string;
  version: number;
  title: Bilingual;
  criteria: CriterionOutcome[];
  /** Σ weight × aggregated score of the scored criteria. */
  total: number;
  maxTotal: number;
  totalThreshold: number | null;
  totalMet: boolean;
  passed: boolean;
  /** Spread of the evaluators' totals on this rubric, 0–1 (see `computeConsensus`). */
  disagreement: number;
}

export interface EvaluatorTotal {
  evaluatorId: string;
  rubricId: string;
  total: number;
  /** The total on the rubric's range: 0 = every mark at the bottom of the scale, 1 = at the top. */
  normalised: number;
}

export interface ConsensusResult {
  passed: boolean;
  evaluators: number;
  rubrics: RubricOutcome[];
  /** The largest disagreement over the rubrics; the machine sends the assessment to a panel above its threshold. */
  disagreement: number;
  evaluatorTotals: EvaluatorTotal[];
}

/**
 * The consensus of independent score sheets: each criterion aggregated over the evaluators (mean; trimmed mean
 * from 5 evaluators; majority for pass/fail, a tie failing), the rubric's weighted total from the aggregated
 * criteria, and the thresholds (≥ passes). A rubric passes when every scored criterion meets its threshold, the
 * total meets the total threshold and every pass/fail criterion has a majority for “met”; the assessment passes
 * when all its rubrics do.
 *
 * Disagreement of a rubric: the range (max − min) of the evaluators' normalised totals, over the same evaluators
 * the aggregate keeps (the trimmed ones are left out from 5 evaluators). 0.25 means the most and least
 * favourable evaluator are a quarter of the scale apart.
 */
export function computeConsensus(rubrics: readonly Rubric[], sheets: readonly ScoreSheet[], policy: AggregationPolicy = AGGREGATION_POLICY): ConsensusResult {
  if (sheets.length === 0) throw new Error('consensus needs at least one score sheet');
  const outcomes = rubrics.map((rubric) => rubricOutcome(rubric, sheets, policy));
  const evaluatorTotals = rubrics.flatMap((rubric) => sheets.map((sheet) => evaluatorTotal(rubric, sheet)));
  return {
    passed: outcomes.every((outcome) => outcome.passed),
    evaluators: sheets.length,
    rubrics: outcomes,
    disagreement: round(Math.max(0, ...outcomes.map((outcome) => outcome.disagreement))),
    evaluatorTotals,
  };
}

function rubricOutcome(rubric: Rubric, sheets: readonly ScoreSheet[], policy: AggregationPolicy): RubricOutcome {
  const criteria = rubric.criteria.map((criterion): CriterionOutcome => {
    const base = { rubricId: rubric.id, criterionId: criterion.id, label: criterion.label, kind: criterion.kind };
    const marks = sheets.map((sheet) => markOf(sheet, rubric.id, criterion.id).value);
    if (criterion.kind === 'pass-fail') {
      const vote = majority(marks.map((mark) => mark === true));
      return { ...base, value: null, weight: null, max: null, threshold: null, method: 'majority', votes: { for: vote.for, against: vote.against }, met: vote.passed };
    }
    const aggregate = aggregateScores(marks.map(Number), policy);
    const value = round(aggregate.value);
    return {
      ...base,
      value,
      weight: criterion.weight,
      max: criterion.scale.max,
      threshold: criterion.threshold,
      method: aggregate.method,
      votes: null,
      met: criterion.threshold === null || meets(value, criterion.threshold),
    };
  });
  const total = round(criteria.reduce((sum, outcome) => sum + (outcome.kind === 'scored' ? (outcome.weight ?? 0) * (outcome.value ?? 0) : 0), 0));
  const totalMet = rubric.totalThreshold === null || meets(total, rubric.totalThreshold);
  const normalised = sheets.map((sheet) => evaluatorTotal(rubric, sheet).normalised).sort((a, b) => a - b);
  const trim = trimCount(normalised.length, policy);
  const kept = normalised.slice(trim, normalised.length - trim);
  return {
    rubricId: rubric.id,
    version: rubric.version,
    title: rubric.title,
    criteria,
    total,
    maxTotal: maxTotal(rubric),
    totalThreshold: rubric.totalThreshold,
    totalMet,
    passed: totalMet && criteria.every((outcome) => outcome.met),
    disagreement: kept.length > 0 ? round(kept[kept.length - 1] - kept[0]) : 0,
  };
}

/** One evaluator's weighted total on a rubric, and where it lies on the rubric's range. */
export function evaluatorTotal(rubric: Rubric, sheet: ScoreSheet): EvaluatorTotal {
  const total = scoredCriteria(rubric).reduce((sum, criterion) => sum + criterion.weight * Number(markOf(sheet, rubric.id, criterion.id).value), 0);
  const low = minTotal(rubric);
  const span = maxTotal(rubric) - low;
  return { evaluatorId: sheet.evaluatorId, rubricId: rubric.id, total: round(total), normalised: span > 0 ? round((total - low) / span) : 0 };
}

function markOf(sheet: ScoreSheet, rubricId: string, criterionId: string): Mark {
  const mark = sheet.marks.find((candidate) => candidate.rubricId === rubricId && candidate.criterionId === criterionId);
  if (!mark) throw new Error(`sheet of ${sheet.evaluatorId} has no mark for ${rubricId}/${criterionId}`);
  return mark;
}
