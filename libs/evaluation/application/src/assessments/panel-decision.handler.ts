import { explainPanel, panelDecisionProblems, panelVerdict, type PanelDecision } from '@scq/evaluation-domain';
import type { Actor } from '@scq/platform-lifecycle';
import { correlation } from '@scq/platform-observability';
import type { AssessmentSubject } from '../evaluation-lifecycle';
import type { EvaluationDeps } from '../evaluation.deps';
import { conflict, EvaluationError, notFound } from '../evaluation.errors';
import type { AssessmentRecord } from '../ports/assessment.repository.port';
import { disagreementThreshold, type AssessmentFinalizer } from './assessment-finalizer';

/**
 * The organising unit records the panel review (专家组复议) of an assessment whose evaluators disagreed too much:
 * the vote decides (a tie fails), the majority and minority views are kept, and the decision is published.
 */
export class PanelDecisionHandler {
  constructor(
    private readonly deps: EvaluationDeps,
    private readonly finalizer: AssessmentFinalizer,
  ) {}

  decide(actor: Actor, assessmentId: string, decision: PanelDecision): Promise<AssessmentRecord> {
    const problems = panelDecisionProblems(decision);
    if (problems.length > 0) throw new EvaluationError('VALIDATION_FAILED', `复议记录无效 invalid panel decision: ${problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`, problems);
    return this.deps.db.transaction(async (tx) => {
      const assessment = await this.deps.assessments.find(tx, assessmentId, true);
      if (!assessment) throw notFound(`评估不存在 no assessment ${assessmentId}`);
      if (assessment.supersededBy) throw conflict(`此评估已被 ${assessment.supersededBy} 取代 this assessment was superseded`);
      if (assessment.cancelledAt) throw conflict(`此评估已随场景结束而取消 this assessment was cancelled: ${assessment.cancellationReason ?? ''}`);
      const instance = await this.deps.runner.store.find<AssessmentSubject>(tx, assessment.instanceId);
      if (!instance) throw notFound(`评估不存在 no assessment ${assessmentId}`);
      const verdict = panelVerdict(decision.votes);
      const explanation = assessment.result ? explainPanel(decision, assessment.result, disagreementThreshold(instance)) : '';
      // The engine authorises (organising unit) and checks the stage (panelReview) before anything is written.
      await this.deps.runner.send<AssessmentSubject>(tx, {
        instanceId: assessment.instanceId,
        event: { type: 'recordPanelDecision', passed: verdict.passed, majorityView: decision.majorityView.trim(), minorityView: decision.minorityView.trim() || '无 none' },
        actor,
        reason: explanation,
        correlationId: correlation.currentOrNew().correlationId,
      });
      if (!assessment.result) throw new Error(`assessment ${assessmentId} reached a panel decision without a consensus result`);
      await this.finalizer.conclude(tx, assessment, assessment.result, verdict.passed, explanation);
      return (await this.deps.assessments.find(tx, assessmentId)) ?? assessment;
    });
  }
}
