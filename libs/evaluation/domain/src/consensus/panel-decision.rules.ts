import type { ConsensusResult } from './consensus.calculator';
import { explainConsensus } from './consensus.explanation';

export interface PanelVotes {
  pass: number;
  fail: number;
}

export interface PanelDecision {
  votes: PanelVotes;
  majorityView: string;
  /** Empty only when the vote was unanimous. */
  minorityView: string;
}

export interface PanelVerdict {
  passed: boolean;
  tie: boolean;
}

/**
 * The panel (专家组复议) decides by majority of its votes; a TIE FAILS, as on a pass/fail criterion: the subject
 * passes only when more members are for it than against. The panel may overrule the computed thresholds — that
 * is what it is convened for — and its majority and minority views are recorded with the decision.
 */
export function panelVerdict(votes: PanelVotes): PanelVerdict {
  return { passed: votes.pass > votes.fail, tie: votes.pass === votes.fail };
}

/** Problems with a panel decision (empty: valid). A split vote must record the minority's view. */
export function panelDecisionProblems(decision: PanelDecision): Array<{ path: string; message: string }> {
  const problems: Array<{ path: string; message: string }> = [];
  if (decision.votes.pass + decision.votes.fail < 1) problems.push({ path: 'votes', message: '至少一票 at least one vote' });
  if (decision.votes.pass > 0 && decision.votes.fail > 0 && decision.minorityView.trim().length === 0) {
    problems.push({ path: 'minorityView', message: '表决有分歧时须记录少数意见 a split vote records the minority view' });
  }
  return problems;
}

export function explainPanel(decision: PanelDecision, consensus: ConsensusResult, disagreementThreshold: number): string {
  const verdict = panelVerdict(decision.votes);
  const outcome = verdict.passed ? '通过 PASSED' : '不通过 FAILED';
  const tie = verdict.tie ? ' (平票不通过 a tie fails)' : '';
  const minority = decision.minorityView.trim() || '无 none';
  return [
    `${outcome} — 专家组复议 panel review, 表决 votes ${decision.votes.pass}:${decision.votes.fail}${tie}; 多数意见 majority view: ${decision.majorityView.trim()}; 少数意见 minority view: ${minority}`,
    `评分结果 scores: ${explainConsensus(consensus, disagreementThreshold)}`,
  ].join('\n');
}
