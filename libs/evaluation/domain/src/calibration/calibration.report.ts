import { mean, round } from '../consensus/aggregation.rules';

/** One assessment's evaluators and their normalised totals (0–1 on the rubrics' range). */
export interface CalibrationSample {
  assessmentId: string;
  scores: ReadonlyArray<{ evaluatorId: string; normalised: number }>;
}

export interface EvaluatorCalibration {
  evaluatorId: string;
  /** Assessments with at least one peer. */
  assessments: number;
  /** Mean of (own − peers' mean) over those assessments: below 0 severe, above 0 lenient. */
  meanDeviation: number;
  /** Standard deviation of the deviations (consistency of the evaluator's bias). */
  spread: number;
  /** How far this evaluator's mean deviation lies from the other evaluators' (z-score), once 3 evaluators qualify. */
  z: number | null;
  flag: 'severe' | 'lenient' | null;
  outlier: boolean;
}

export interface CalibrationReport {
  assessments: number;
  evaluators: EvaluatorCalibration[];
  policy: CalibrationPolicy;
}

export interface CalibrationPolicy {
  /** Below this many assessments an evaluator is reported but never flagged. */
  minAssessments: number;
  /** |mean deviation| at or above this (a tenth of the scale: half a point on 0–5) flags severity or leniency. */
  biasThreshold: number;
  /** |z| at or above this marks an outlier among the evaluators. */
  outlierZ: number;
}

export const CALIBRATION_POLICY: CalibrationPolicy = { minAssessments: 3, biasThreshold: 0.1, outlierZ: 2 };

/**
 * Severity and leniency of each evaluator against their peers across assessments: on every assessment, the
 * evaluator's normalised total minus the mean of the other evaluators' on the same assessment; averaged over the
 * evaluator's assessments. Positive: marks higher than the peers (lenient); negative: lower (severe).
 */
export function calibrate(samples: readonly CalibrationSample[], policy: CalibrationPolicy = CALIBRATION_POLICY): CalibrationReport {
  const deviations = new Map<string, number[]>();
  let counted = 0;
  for (const sample of samples) {
    if (sample.scores.length < 2) continue;
    counted++;
    const sum = sample.scores.reduce((total, score) => total + score.normalised, 0);
    for (const score of sample.scores) {
      const peers = (sum - score.normalised) / (sample.scores.length - 1);
      deviations.set(score.evaluatorId, [...(deviations.get(score.evaluatorId) ?? []), score.normalised - peers]);
    }
  }
  const rows = [...deviations.entries()].map(([evaluatorId, values]) => ({ evaluatorId, values, meanDeviation: mean(values) }));
  const qualified = rows.filter((row) => row.values.length >= policy.minAssessments);
  const centre = qualified.length >= 3 ? mean(qualified.map((row) => row.meanDeviation)) : null;
  const sd = centre === null ? null : standardDeviation(qualified.map((row) => row.meanDeviation), centre);
  const evaluators = rows
    .map((row): EvaluatorCalibration => {
      const enough = row.values.length >= policy.minAssessments;
      const z = enough && centre !== null && sd !== null && sd > 0 ? round((row.meanDeviation - centre) / sd, 3) : null;
      const biased = enough && Math.abs(round(row.meanDeviation)) >= policy.biasThreshold;
      return {
        evaluatorId: row.evaluatorId,
        assessments: row.values.length,
        meanDeviation: round(row.meanDeviation),
        spread: round(standardDeviation(row.values, row.meanDeviation)),
        z,
        flag: biased ? (row.meanDeviation < 0 ? 'severe' : 'lenient') : null,
        outlier: z !== null && Math.abs(z) >= policy.outlierZ,
      };
    })
    .sort((a, b) => Math.abs(b.meanDeviation) - Math.abs(a.meanDeviation) || (a.evaluatorId < b.evaluatorId ? -1 : 1));
  return { assessments: counted, evaluators, policy };
}

function standardDeviation(values: readonly number[], centre: number): number {
  if (values.length < 2) return 0;
  return Math.sqrt(values.reduce((sum, value) => sum + (value - centre) ** 2, 0) / (values.length - 1));
}
