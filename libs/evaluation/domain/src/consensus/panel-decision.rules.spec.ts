import { rubricsForPurpose } from '../rubrics/rubric.catalog';
import { computeConsensus } from './consensus.calculator';
import { explainPanel, panelDecisionProblems, panelVerdict } from './panel-decision.rules';

describe('panel decision', () => {
  it('decides by majority of the votes, and a tie fails', () => {
    expect(panelVerdict({ pass: 3, fail: 2 })).toEqual({ passed: true, tie: false });
    expect(panelVerdict({ pass: 2, fail: 3 })).toEqual({ passed: false, tie: false });
    expect(panelVerdict({ pass: 2, fail: 2 })).toEqual({ passed: false, tie: true });
  });

  it('requires a vote and, when the vote is split, the minority view', () => {
    expect(panelDecisionProblems({ votes: { pass: 0, fail: 0 }, majorityView: 'x', minorityView: '' })).toEqual([{ path: 'votes', message: expect.any(String) }]);
    expect(panelDecisionProblems({ votes: { pass: 2, fail: 1 }, majorityView: 'x', minorityView: ' ' })).toEqual([{ path: 'minorityView', message: expect.any(String) }]);
    expect(panelDecisionProblems({ votes: { pass: 3, fail: 0 }, majorityView: '一致通过', minorityView: '' })).toEqual([]);
  });

  it('explains the vote, both views and the scores it weighed', () => {
    const rubrics = rubricsForPurpose('effectiveness');
    const sheet = (evaluatorId: string, value: number) => ({
      evaluatorId,
      marks: rubrics[0].criteria.map((c) => ({ rubricId: rubrics[0].id, criterionId: c.id, value: c.kind === 'scored' ? value : true, comment: 'x' })),
    });
    const consensus = computeConsensus(rubrics, [sheet('a', 5), sheet('b', 1.5), sheet('c', 4)]);
    const text = explainPanel({ votes: { pass: 2, fail: 2 }, majorityView: '指标未全部达成', minorityView: '可有条件推广' }, consensus, 0.25);
    expect(text).toContain('不通过 FAILED — 专家组复议 panel review, 表决 votes 2:2 (平票不通过 a tie fails)');
    expect(text).toContain('多数意见 majority view: 指标未全部达成; 少数意见 minority view: 可有条件推广');
    expect(text).toContain('分歧度 disagreement 0.70');
  });
});
