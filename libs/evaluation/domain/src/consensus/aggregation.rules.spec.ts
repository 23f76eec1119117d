import fc from 'fast-check';
import { aggregateScores, majority, mean, meets, trimCount, trimmedMean } from './aggregation.rules';

const halfPoint = fc.integer({ min: 0, max: 10 }).map((halves) => halves / 2);
const panel = (min: number, max = 15) => fc.array(halfPoint, { minLength: min, maxLength: max });

describe('aggregation rules', () => {
  it('uses the mean below 5 evaluators and a trimmed mean from 5', () => {
    expect(aggregateScores([3, 4, 5])).toEqual({ value: 4, method: 'mean', trimmed: 0 });
    expect(aggregateScores([0, 4, 4, 4, 5])).toEqual({ value: 4, method: 'trimmed-mean', trimmed: 1 });
    expect([1, 4, 5, 9, 10, 11, 15].map((n) => trimCount(n))).toEqual([0, 0, 1, 1, 2, 2, 3]);
  });

  it('puts the mean and the trimmed mean within [min, max] of the marks (property)', () => {
    fc.assert(
      fc.property(panel(1), (marks) => {
        const { value } = aggregateScores(marks);
        return value >= Math.min(...marks) - 1e-9 && value <= Math.max(...marks) + 1e-9;
      }),
    );
  });

  it('does not depend on the order of the marks (property)', () => {
    fc.assert(fc.property(panel(1).chain((marks) => fc.tuple(fc.constant(marks), fc.shuffledSubarray(marks, { minLength: marks.length }))), ([marks, shuffled]) => Math.abs(aggregateScores(marks).value - aggregateScores(shuffled).value) < 1e-9));
  });

  it('lets no single outlier move a trimmed mean beyond the untrimmed range of the others (property)', () => {
    fc.assert(
      fc.property(panel(4, 14), fc.double({ min: -1000, max: 1000, noNaN: true }), (others, outlier) => {
        const { value } = aggregateScores([...others, outlier]);
        return value >= Math.min(...others) - 1e-9 && value <= Math.max(...others) + 1e-9;
      }),
    );
  });

  it('always leaves at least one mark after trimming (property)', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 200 }), (n) => n - 2 * trimCount(n) >= 1));
    expect(() => trimmedMean([1, 2], 1)).toThrow('cannot trim');
    expect(() => mean([])).toThrow('mean of nothing');
  });

  it('decides pass/fail criteria by majority, and a tie fails', () => {
    expect(majority([true, true, false])).toEqual({ passed: true, for: 2, against: 1, tie: false });
    expect(majority([true, false])).toEqual({ passed: false, for: 1, against: 1, tie: true });
    expect(majority([])).toMatchObject({ passed: false, tie: true });
    fc.assert(fc.property(fc.array(fc.boolean(), { minLength: 1, maxLength: 20 }), (votes) => majority(votes).passed === votes.filter(Boolean).length * 2 > votes.length));
  });

  it('passes a value equal to the threshold, also through floating point noise', () => {
    expect(meets(3, 3)).toBe(true);
    expect(meets((2.9 + 3 + 3.1) / 3, 3)).toBe(true);
    expect(meets(0.1 + 0.2, 0.3)).toBe(true);
    expect(meets(2.9999, 3)).toBe(false);
  });
});
