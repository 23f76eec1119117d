/**
 * A distribution-free confidence interval for the median of a sample (order statistics and the binomial
 * distribution): with n values sorted, [x(k), x(n+1-k)] holds the true median with probability
 * 1 − 2·P(Binomial(n, ½) < k), whatever the values' distribution. Benchmarks print it beside a median of pairs,
 * so that "at the edge of a target" is a statement with a stated confidence, not a reading of one run.
 */
export interface MedianInterval {
  low: number;
  high: number;
  /** The probability that the interval holds the median: at least `level`, or the most n values can give. */
  coverage: number;
}

/** P(Binomial(n, ½) ≤ k). */
function binomialHalfCdf(n: number, k: number): number {
  let term = 0.5 ** n;
  let sum = term;
  for (let i = 1; i <= k; i++) {
    term *= (n - i + 1) / i;
    sum += term;
  }
  return sum;
}

export function medianInterval(values: readonly number[], level = 0.95): MedianInterval {
  if (values.length === 0) throw new Error('no values');
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  // The widest interval is [min, max]; narrow it while the coverage stays at `level` or above.
  let k = 1;
  while (k + 1 <= n + 1 - (k + 1) && 1 - 2 * binomialHalfCdf(n, k) >= level) k++;
  return { low: sorted[k - 1], high: sorted[n - k], coverage: 1 - 2 * binomialHalfCdf(n, k - 1) };
}
