/**
 * How the marks of several evaluators become one:
 * - scores: the arithmetic mean; with `trimFrom` (5) or more evaluators a trimmed mean that drops the
 *   `trimShare` (20 %, at least one) highest and lowest marks, so one outlier cannot carry the decision;
 * - pass/fail criteria: the majority; a TIE FAILS (the burden of proof is on the scenario or applicant —
 *   a criterion is met only when more evaluators say so than not);
 * - comparisons with thresholds: a value equal to the threshold passes (≥), after rounding to 4 decimals so
 *   that 2.9999999 from floating point counts as 3.
 */
export const AGGREGATION_POLICY = { trimFrom: 5, trimShare: 0.2 } as const;

export interface AggregationPolicy {
  trimFrom: number;
  trimShare: number;
}

export interface Aggregate {
  value: number;
  method: 'mean' | 'trimmed-mean';
  /** Marks dropped at EACH end. */
  trimmed: number;
}

export function mean(values: readonly number[]): number {
  if (values.length === 0) throw new Error('mean of nothing');
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

/** How many marks the trimmed mean drops at each end for `n` evaluators (0 below `trimFrom`). */
export function trimCount(n: number, policy: AggregationPolicy = AGGREGATION_POLICY): number {
  if (n < policy.trimFrom) return 0;
  return Math.min(Math.max(1, Math.floor(n * policy.trimShare)), Math.floor((n - 1) / 2));
}

/** The mean of the values without the `trim` lowest and `trim` highest. */
export function trimmedMean(values: readonly number[], trim: number): number {
  if (values.length - 2 * trim < 1) throw new Error(`cannot trim ${trim} from each end of ${values.length} values`);
  const sorted = [...values].sort((a, b) => a - b);
  return mean(sorted.slice(trim, sorted.length - trim));
}

export function aggregateScores(values: readonly number[], policy: AggregationPolicy = AGGREGATION_POLICY): Aggregate {
  const trimmed = trimCount(values.length, policy);
  return trimmed > 0 ? { value: trimmedMean(values, trimmed), method: 'trimmed-mean', trimmed } : { value: mean(values), method: 'mean', trimmed: 0 };
}

export interface MajorityVote {
  passed: boolean;
  for: number;
  against: number;
  tie: boolean;
}

/** Majority of pass/fail marks; a tie fails. */
export function majority(votes: readonly boolean[]): MajorityVote {
  const yes = votes.filter(Boolean).length;
  const no = votes.length - yes;
  return { passed: yes > no, for: yes, against: no, tie: yes === no };
}

export function round(value: number, decimals = 4): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

/** `value ≥ threshold` after rounding both to 4 decimals (equal passes). */
export function meets(value: number, threshold: number): boolean {
  return round(value) >= round(threshold);
}
