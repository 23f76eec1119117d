import fc from 'fast-check';
import { calibrate, type CalibrationSample } from './calibration.report';

/** Assessment i: a panel of the given evaluators, each at `base + bias[evaluator]`. */
function samples(count: number, bias: Record<string, number>, base = (i: number) => 0.5 + ((i % 3) - 1) * 0.1): CalibrationSample[] {
  return Array.from({ length: count }, (_, i) => ({ assessmentId: `a${i}`, scores: Object.entries(bias).map(([evaluatorId, b]) => ({ evaluatorId, normalised: base(i) + b })) }));
}

describe('calibration', () => {
  it('flags a lenient and a severe evaluator against their peers, and not the calibrated ones', () => {
    const report = calibrate(samples(4, { lenient: 0.2, severe: -0.2, steady: 0, fair: 0.02 }));
    const byId = Object.fromEntries(report.evaluators.map((e) => [e.evaluatorId, e]));
    expect(report.assessments).toBe(4);
    expect(byId.lenient).toMatchObject({ assessments: 4, flag: 'lenient', meanDeviation: expect.closeTo(0.26, 3) });
    expect(byId.severe).toMatchObject({ flag: 'severe', meanDeviation: expect.closeTo(-0.2733, 3) });
    expect(byId.steady.flag).toBeNull();
    expect(byId.fair.flag).toBeNull();
    expect(report.evaluators[0].evaluatorId).toBe('severe');
  });

  it('reports but never flags an evaluator with fewer than three assessments', () => {
    const report = calibrate(samples(2, { lenient: 0.3, other: 0, third: 0 }));
    expect(report.evaluators.find((e) => e.evaluatorId === 'lenient')).toMatchObject({ assessments: 2, flag: null, z: null });
  });

  it('marks an outlier among many calibrated evaluators by z-score', () => {
    const bias = Object.fromEntries(Array.from({ length: 8 }, (_, i) => [`e${i}`, (i % 2) * 0.01]));
    const report = calibrate(samples(5, { ...bias, wild: 0.25 }));
    expect(report.evaluators.find((e) => e.evaluatorId === 'wild')).toMatchObject({ outlier: true, flag: 'lenient' });
    expect(report.evaluators.filter((e) => e.outlier).map((e) => e.evaluatorId)).toEqual(['wild']);
  });

  it('ignores assessments with a single evaluator', () => {
    expect(calibrate([{ assessmentId: 'a', scores: [{ evaluatorId: 'alone', normalised: 0.9 }] }])).toMatchObject({ assessments: 0, evaluators: [] });
  });

  it('is blind to the level of an assessment: shifting everyone on it changes nobody’s deviation (property)', () => {
    const panelScores = fc.array(fc.integer({ min: 0, max: 20 }).map((n) => n / 20), { minLength: 2, maxLength: 6 });
    fc.assert(
      fc.property(fc.array(panelScores, { minLength: 1, maxLength: 8 }), fc.array(fc.integer({ min: -5, max: 5 }).map((n) => n / 20), { minLength: 8, maxLength: 8 }), (panels, shifts) => {
        const make = (shift: (i: number) => number) => panels.map((scores, i) => ({ assessmentId: `a${i}`, scores: scores.map((normalised, j) => ({ evaluatorId: `e${j}`, normalised: normalised + shift(i) })) }));
        const plain = calibrate(make(() => 0), { minAssessments: 1, biasThreshold: 0.1, outlierZ: 2 });
        const shifted = calibrate(make((i) => shifts[i]), { minAssessments: 1, biasThreshold: 0.1, outlierZ: 2 });
        return plain.evaluators.every((e) => Math.abs(e.meanDeviation - shifted.evaluators.find((s) => s.evaluatorId === e.evaluatorId)!.meanDeviation) < 1e-3);
      }),
    );
  });
});
