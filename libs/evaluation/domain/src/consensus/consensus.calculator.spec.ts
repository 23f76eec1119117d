import fc from 'fast-check';
import { rubricsForPurpose } from '../rubrics/rubric.catalog';
import { scored, passFail, type Rubric } from '../rubrics/rubric.types';
import type { ScoreSheet } from '../scoring/score-sheet.types';
import { meets } from './aggregation.rules';
import { computeConsensus } from './consensus.calculator';
import { explainConsensus } from './consensus.explanation';

const review = rubricsForPurpose('application-review'); // solution, capability, value-for-money (0–5, ≥3, total ≥10) + eligibility (pass/fail)

function sheet(evaluatorId: string, [solution, capability, value]: number[], eligible = true): ScoreSheet {
  const marks = { solution, capability, 'value-for-money': value } as Record<string, number>;
  return {
    evaluatorId,
    marks: review[0].criteria.map((criterion) => ({ rubricId: 'application-expert-review', criterionId: criterion.id, value: criterion.kind === 'scored' ? marks[criterion.id] : eligible, comment: '评语 comment' })),
  };
}

describe('consensus', () => {
  it('passes when every criterion meets 3 and the total meets 10, equal counting as met', () => {
    const result = computeConsensus(review, [sheet('a', [3, 4, 3]), sheet('b', [3, 3, 4]), sheet('c', [3, 3.5, 3.5])]);
    expect(result).toMatchObject({ passed: true, evaluators: 3, rubrics: [{ total: 10, totalMet: true, passed: true }] });
    expect(result.rubrics[0].criteria.map((c) => [c.criterionId, c.value ?? c.votes, c.met])).toEqual([
      ['solution', 3, true],
      ['capability', 3.5, true],
      ['value-for-money', 3.5, true],
      ['eligibility', { for: 3, against: 0 }, true],
    ]);
  });

  it('fails on one criterion below its threshold even with a high total', () => {
    const result = computeConsensus(review, [sheet('a', [5, 5, 2.5]), sheet('b', [5, 5, 2.5]), sheet('c', [5, 5, 2.5])]);
    expect(result.rubrics[0]).toMatchObject({ total: 12.5, totalMet: true, passed: false });
    expect(result.passed).toBe(false);
  });

  it('fails on a total below 10 even when every criterion meets 3', () => {
    const result = computeConsensus(review, [sheet('a', [3, 3, 3.5]), sheet('b', [3, 3, 3.5]), sheet('c', [3, 3, 3.5])]);
    expect(result.rubrics[0]).toMatchObject({ total: 9.5, totalMet: false, passed: false });
  });

  it('fails a pass/fail criterion on a tie (two evaluators split)', () => {
    const result = computeConsensus(review, [sheet('a', [4, 4, 4], true), sheet('b', [4, 4, 4], false)]);
    expect(result.rubrics[0].criteria[3]).toMatchObject({ votes: { for: 1, against: 1 }, met: false });
    expect(result.passed).toBe(false);
    expect(explainConsensus(result, 0.25)).toContain('平票不通过 a tie fails');
  });

  it('uses the trimmed mean from five evaluators, so one outlier neither sinks nor lifts the result', () => {
    const result = computeConsensus(review, [sheet('a', [4, 4, 4]), sheet('b', [4, 4, 4]), sheet('c', [4, 4, 4]), sheet('d', [4, 4, 4]), sheet('e', [0, 0, 0])]);
    expect(result.rubrics[0]).toMatchObject({ total: 12, passed: true, disagreement: 0 });
    expect(result.rubrics[0].criteria[0].method).toBe('trimmed-mean');
  });

  it('measures disagreement as the range of the evaluators’ normalised totals', () => {
    const result = computeConsensus(review, [sheet('a', [5, 5, 5]), sheet('b', [3, 3, 3]), sheet('c', [2, 2, 2])]);
    expect(result.evaluatorTotals.map((t) => t.normalised)).toEqual([1, 0.6, 0.4]);
    expect(result.disagreement).toBe(0.6);
  });

  it('takes the rubric’s weights into the total', () => {
    const weighted: Rubric = {
      ...review[0],
      criteria: [scored('a', { zh: '甲', en: 'A' }, { zh: '', en: '' }, { weight: 2 }), scored('b', { zh: '乙', en: 'B' }, { zh: '', en: '' }), passFail('c', { zh: '丙', en: 'C' }, { zh: '', en: '' })],
      totalThreshold: 10,
    };
    const marks = (a: number, b: number): ScoreSheet => ({ evaluatorId: `e${a}${b}`, marks: [{ rubricId: weighted.id, criterionId: 'a', value: a, comment: 'x' }, { rubricId: weighted.id, criterionId: 'b', value: b, comment: 'x' }, { rubricId: weighted.id, criterionId: 'c', value: true, comment: 'x' }] });
    const result = computeConsensus([weighted], [marks(3, 4)]);
    expect(result.rubrics[0]).toMatchObject({ total: 10, maxTotal: 15, passed: true });
    expect(explainConsensus(result, 0.25)).toContain('甲 A 3.00/5.00 ×2 (≥3.00 ✓)');
  });

  it('explains the decision with every criterion, score and threshold', () => {
    const explanation = explainConsensus(computeConsensus(review, [sheet('a', [4, 3, 2.5]), sheet('b', [4, 3, 3]), sheet('c', [4, 3, 2.5])]), 0.25);
    expect(explanation.split('\n')).toEqual([
      '不通过 FAILED — 3 位评审专家 evaluators, 均值 mean; 分歧度 disagreement 0.03 (复议阈值 panel threshold 0.25)',
      expect.stringContaining('【揭榜申报专家评审 Expert review of an application v1】不通过 failed: 技术方案 Technical solution 4.00/5.00 (≥3.00 ✓); 实施能力 Capability to deliver 3.00/5.00 (≥3.00 ✓); 投入产出 Value for money 2.67/5.00 (≥3.00 ✗)'),
    ]);
    expect(explanation).toContain('总分 total 9.67/15.00 (≥10.00 ✗)');
  });

  it('passes only when every rubric passes, every criterion and total meets its threshold (property)', () => {
    const recognition = rubricsForPurpose('recognition');
    const sheets = fc.array(
      fc.record({ scores: fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 6, maxLength: 6 }), votes: fc.array(fc.boolean(), { minLength: 2, maxLength: 2 }) }),
      { minLength: 1, maxLength: 7 },
    );
    fc.assert(
      fc.property(sheets, (drawn) => {
        const built: ScoreSheet[] = drawn.map((d, index) => {
          let s = 0;
          let v = 0;
          return { evaluatorId: `e${index}`, marks: recognition.flatMap((rubric) => rubric.criteria.map((c) => ({ rubricId: rubric.id, criterionId: c.id, value: c.kind === 'scored' ? d.scores[s++] / 2 : d.votes[v++], comment: 'x' }))) };
        });
        const result = computeConsensus(recognition, built);
        const reversed = computeConsensus(recognition, [...built].reverse());
        const everyThreshold = result.rubrics.every((r) => meets(r.total, r.totalThreshold ?? 0) && r.criteria.every((c) => (c.kind === 'scored' ? meets(c.value ?? 0, c.threshold ?? 0) : (c.votes?.for ?? 0) > (c.votes?.against ?? 0))));
        return result.passed === everyThreshold && result.disagreement >= 0 && result.disagreement <= 1 && reversed.passed === result.passed && reversed.disagreement === result.disagreement;
      }),
    );
  });
});
