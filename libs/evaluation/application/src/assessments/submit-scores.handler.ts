import { pinnedRubrics, sheetProblems, type Mark } from '@scq/evaluation-domain';
import type { Actor } from '@scq/platform-lifecycle';
import { correlation } from '@scq/platform-observability';
import type { AssessmentSubject } from '../evaluation-lifecycle';
import type { EvaluationDeps } from '../evaluation.deps';
import { conflict, EvaluationError, forbidden, notFound } from '../evaluation.errors';
import type { AssessmentRecord } from '../ports/assessment.repository.port';
import { publishLifecycleEffects } from './assessment-effects';
import type { AssessmentFinalizer } from './assessment-finalizer';

/**
 * An assigned evaluator submits their independent marks, once: authorised (only an evaluator on the panel),
 * validated against the pinned rubrics (scale, pass/fail, comments as evidence), recorded as `submitScore` on the
 * machine with the evaluator as actor, and sealed. The last sheet moves the assessment to consensus and on.
 */
export class SubmitScoresHandler {
  constructor(
    private readonly deps: EvaluationDeps,
    private readonly finalizer: AssessmentFinalizer,
  ) {}

  submit(actor: Actor, assessmentId: string, marks: Mark[]): Promise<AssessmentRecord> {
    return this.deps.db.transaction(async (tx) => {
      const assessment = await this.deps.assessments.find(tx, assessmentId, true);
      if (!assessment) throw notFound(`评估不存在 no assessment ${assessmentId}`);
      const mine = (await this.deps.assessments.assignments(tx, assessmentId)).find((assignment) => assignment.evaluatorId === actor.id);
      if (!actor.roles.includes('evaluator') || !mine) throw forbidden('只有分配到此评估的评审专家可以评分 only an evaluator assigned to this assessment scores it');
      if (mine.status === 'submitted') throw conflict('评分已提交，不可修改 your scores are already submitted and cannot be changed');
      if (mine.status !== 'assigned') throw forbidden(`你已不在评审组中（${mine.status}） you are no longer on this panel (${mine.status})`);
      if (assessment.supersededBy) throw conflict(`此评估已被 ${assessment.supersededBy} 取代 this assessment was superseded by ${assessment.supersededBy}`);
      if (assessment.cancelledAt) throw conflict(`此评估已随场景结束而取消 this assessment was cancelled: ${assessment.cancellationReason ?? ''}`);
      const problems = sheetProblems(pinnedRubrics(assessment.rubrics), marks);
      if (problems.length > 0) throw new EvaluationError('VALIDATION_FAILED', `评分无效 invalid scores: ${problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`, problems);
      const correlationId = correlation.currentOrNew().correlationId;
      const result = await this.deps.runner.send<AssessmentSubject>(tx, { instanceId: assessment.instanceId, event: { type: 'submitScore', evaluatorId: actor.id }, actor, reason: null, correlationId });
      const at = this.deps.clock();
      await this.deps.assessments.insertSheet(tx, { assessmentId, evaluatorId: actor.id, marks: marks.map((mark) => ({ ...mark, comment: mark.comment.trim() })), submittedAt: at.toISOString() });
      await this.deps.assessments.endAssignment(tx, assessmentId, actor.id, { status: 'submitted', reason: '已评分 scored', at });
      await publishLifecycleEffects(tx, this.deps.publisher, result, assessment);
      if (result.instance.stage === 'consensus') await this.finalizer.afterAllSubmitted(tx, assessment, result.instance, correlationId);
      return (await this.deps.assessments.find(tx, assessmentId)) ?? assessment;
    });
  }
}
