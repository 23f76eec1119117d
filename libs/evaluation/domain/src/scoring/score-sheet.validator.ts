import type { Rubric, ScoredCriterion } from '../rubrics/rubric.types';
import type { FieldProblem, Mark } from './score-sheet.types';

/**
 * Evidence rules for a sheet: every mark carries a comment, and a failing mark (below the criterion's threshold,
 * or a fail on a pass/fail criterion) explains itself in at least `failingComment` characters.
 */
export const EVIDENCE_POLICY = { minComment: 2, failingComment: 10 } as const;

const EPSILON = 1e-9;

/** Everything wrong with a sheet for these rubrics, one entry per field (empty: the sheet is complete and valid). */
export function sheetProblems(rubrics: readonly Rubric[], marks: readonly Mark[], policy: { minComment: number; failingComment: number } = EVIDENCE_POLICY): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const seen = new Set<string>();
  marks.forEach((mark, index) => {
    const at = (field: string) => `scores.${index}.${field}`;
    const rubric = rubrics.find((candidate) => candidate.id === mark.rubricId);
    if (!rubric) return problems.push({ path: at('rubricId'), message: `此评估不使用评分表 ${mark.rubricId} rubric ${mark.rubricId} is not used by this assessment; use ${rubrics.map((r) => r.id).join(', ')}` });
    const criterion = rubric.criteria.find((candidate) => candidate.id === mark.criterionId);
    if (!criterion) {
      return problems.push({ path: at('criterionId'), message: `评分表 ${rubric.id} 没有指标 ${mark.criterionId} rubric ${rubric.id} has no criterion ${mark.criterionId}; it has ${rubric.criteria.map((c) => c.id).join(', ')}` });
    }
    const key = `${rubric.id}/${criterion.id}`;
    // Every message on a known criterion starts with its name in words (the path stays `scores.<n>.<field>`).
    const problem = (field: string, message: string) => problems.push({ path: at(field), message: `${criterion.label.zh} ${criterion.label.en}: ${message}` });
    if (seen.has(key)) problem('criterionId', `指标 ${key} 重复评分 ${key} is marked twice`);
    seen.add(key);
    let failing = false;
    if (criterion.kind === 'scored') {
      if (typeof mark.value !== 'number' || !Number.isFinite(mark.value)) {
        problem('value', `指标 ${key} 需要 ${describeScale(criterion)} 的分数 ${key} needs a number on ${describeScale(criterion)}`);
      } else if (!onScale(criterion, mark.value)) {
        problem('value', `分数 ${mark.value} 不在量表 ${describeScale(criterion)} 上 score ${mark.value} is not on the scale ${describeScale(criterion)}`);
      } else failing = criterion.threshold !== null && mark.value < criterion.threshold;
    } else if (typeof mark.value !== 'boolean') {
      problem('value', `指标 ${key} 只评“通过/不通过” ${key} is pass/fail: true or false`);
    } else failing = !mark.value;
    const length = Array.from(mark.comment.trim()).length;
    if (length < policy.minComment) problem('comment', `请为 ${key} 写评语 a comment on ${key} is required`);
    else if (failing && length < policy.failingComment) {
      problem('comment', `未达阈值的评分须说明理由（至少 ${policy.failingComment} 字） a failing mark on ${key} needs a reason of at least ${policy.failingComment} characters`);
    }
    return undefined;
  });
  const missing = rubrics.flatMap((rubric) => rubric.criteria.map((criterion) => ({ key: `${rubric.id}/${criterion.id}`, label: criterion.label }))).filter(({ key }) => !seen.has(key));
  if (missing.length > 0) problems.push({ path: 'scores', message: `缺少指标评分 missing marks for: ${missing.map(({ key, label }) => `${label.zh} ${label.en} (${key})`).join(', ')}` });
  return problems;
}

export function onScale(criterion: Pick<ScoredCriterion, 'scale'>, value: number): boolean {
  const { min, max, step } = criterion.scale;
  if (value < min - EPSILON || value > max + EPSILON) return false;
  const steps = (value - min) / step;
  return Math.abs(steps - Math.round(steps)) < 1e-6;
}

function describeScale(criterion: ScoredCriterion): string {
  return `${criterion.scale.min}–${criterion.scale.max} (步长 step ${criterion.scale.step})`;
}
