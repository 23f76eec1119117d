import type { ConsensusResult, CriterionOutcome, RubricOutcome } from './consensus.calculator';

const mark = (met: boolean) => (met ? '✓' : '✗');
const fixed = (value: number) => value.toFixed(2);

/**
 * The explanation that travels with the decision (`evaluation.assessment.finalized`, and the workflow's history):
 * the verdict, every criterion with its aggregated score and threshold, each rubric's total and the disagreement.
 */
export function explainConsensus(result: ConsensusResult, disagreementThreshold: number): string {
  const methods = new Set(result.rubrics.flatMap((rubric) => rubric.criteria.filter((c) => c.kind === 'scored').map((c) => c.method)));
  const method = methods.has('trimmed-mean') ? '去掉最高最低分后的均值 trimmed mean' : '均值 mean';
  const head = `${result.passed ? '通过 PASSED' : '不通过 FAILED'} — ${result.evaluators} 位评审专家 evaluators, ${method}; 分歧度 disagreement ${fixed(result.disagreement)} (复议阈值 panel threshold ${fixed(disagreementThreshold)})`;
  return [head, ...result.rubrics.map(explainRubric)].join('\n');
}

function explainRubric(rubric: RubricOutcome): string {
  const criteria = rubric.criteria.map(explainCriterion);
  const total = `总分 total ${fixed(rubric.total)}/${fixed(rubric.maxTotal)}${rubric.totalThreshold === null ? '' : ` (≥${fixed(rubric.totalThreshold)} ${mark(rubric.totalMet)})`}`;
  return `【${rubric.title.zh} ${rubric.title.en} v${rubric.version}】${rubric.passed ? '通过 passed' : '不通过 failed'}: ${[...criteria, total].join('; ')}`;
}

function explainCriterion(criterion: CriterionOutcome): string {
  const name = `${criterion.label.zh} ${criterion.label.en}`;
  if (criterion.kind === 'pass-fail') {
    const votes = criterion.votes ?? { for: 0, against: 0 };
    return `${name} 符合/不符合 met/not met ${votes.for}:${votes.against} (${mark(criterion.met)}${votes.for === votes.against ? ' 平票不通过 a tie fails' : ''})`;
  }
  const check = [criterion.threshold === null ? null : `≥${fixed(criterion.threshold)}`, mark(criterion.met)].filter(Boolean).join(' ');
  const weight = criterion.weight !== null && criterion.weight !== 1 ? ` ×${criterion.weight}` : '';
  return `${name} ${fixed(criterion.value ?? 0)}/${fixed(criterion.max ?? 0)}${weight} (${check})`;
}
