import { medianInterval } from './median-interval';

describe('a confidence interval for the median', () => {
  it('takes the 4th and 12th of 15 values for 95 % (coverage 1 − 2·P(B(15, ½) ≤ 3) = 96.5 %)', () => {
    const values = [15, 3, 9, 1, 12, 7, 5, 14, 2, 11, 6, 13, 4, 10, 8];
    const interval = medianInterval(values);
    expect(interval).toEqual({ low: 4, high: 12, coverage: expect.closeTo(1 - (2 * (1 + 15 + 105 + 455)) / 2 ** 15, 12) });
  });

  it('falls back to the whole range, with the coverage it has, when too few values reach the level', () => {
    expect(medianInterval([0.56, 0.55, 0.62, 0.54, 0.56])).toEqual({ low: 0.54, high: 0.62, coverage: 1 - 2 / 32 });
  });

  it('narrows as the level falls and never inverts', () => {
    const values = Array.from({ length: 40 }, (_, i) => i);
    const wide = medianInterval(values, 0.99);
    const narrow = medianInterval(values, 0.5);
    expect(wide.coverage).toBeGreaterThanOrEqual(0.99);
    expect(narrow.coverage).toBeGreaterThanOrEqual(0.5);
    expect(narrow.low).toBeGreaterThan(wide.low);
    expect(narrow.high).toBeLessThan(wide.high);
    expect(narrow.low).toBeLessThanOrEqual(narrow.high);
  });

  it('refuses an empty sample', () => {
    expect(() => medianInterval([])).toThrow('no values');
  });
});
