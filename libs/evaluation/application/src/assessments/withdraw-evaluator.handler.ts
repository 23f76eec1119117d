import { randomUUID } from 'node:crypto';
import type { Actor } from '@scq/platform-lifecycle';
import { correlation } from '@scq/platform-observability';
import type { EvaluationDeps } from '../evaluation.deps';
import { conflict, forbidden, notFound } from '../evaluation.errors';
import type { AssessmentRecord } from '../ports/assessment.repository.port';
import type { AssignEvaluatorsHandler } from './assign-evaluators.handler';
import { endedUndecided } from './end-undecided';

/**
 * An assigned evaluator declines, or recuses (回避: a conflict of interest that surfaced after assignment), before
 * scoring: they leave the panel at once and the pool gives a replacement (or the seat stays vacant, waiting). A
 * recusal is also recorded as a declared conflict with the subject, so they are not assigned to it again.
 */
export class WithdrawEvaluatorHandler {
  constructor(
    private readonly deps: EvaluationDeps,
    private readonly assign: AssignEvaluatorsHandler,
  ) {}

  withdraw(actor: Actor, assessmentId: string, kind: 'decline' | 'recuse', reason: string): Promise<AssessmentRecord> {
    return this.deps.db.transaction(async (tx) => {
      await this.deps.pool.lock(tx);
      const assessment = await this.deps.assessments.find(tx, assessmentId, true);
      if (!assessment) throw notFound(`评估不存在 no assessment ${assessmentId}`);
      const mine = (await this.deps.assessments.assignments(tx, assessmentId)).find((assignment) => assignment.evaluatorId === actor.id);
      if (!actor.roles.includes('evaluator') || !mine) throw forbidden('只有分配到此评估的评审专家可以拒绝或回避 only an evaluator assigned to this assessment may decline or recuse');
      if (mine.status === 'submitted') throw conflict('已评分，不能再拒绝或回避；请联系组织单位 you have already scored; raise the conflict with the organising unit');
      if (mine.status !== 'assigned' || endedUndecided(assessment)) throw conflict(`你已不在评审组中 you are no longer on this panel (${assessment.supersededBy ? 'superseded' : assessment.cancelledAt ? 'cancelled' : mine.status})`);
      const at = this.deps.clock();
      await this.deps.assessments.endAssignment(tx, assessmentId, actor.id, { status: kind === 'decline' ? 'declined' : 'recused', reason, at, replacedBy: null });
      if (kind === 'recuse') {
        await this.deps.pool.addConflict(tx, {
          id: randomUUID(),
          evaluatorId: actor.id,
          kind: 'declared',
          party: assessment.subject.id,
          reason: `回避评估 recused from assessment ${assessmentId}: ${reason}`,
          endedOn: null,
          declaredBy: actor.id,
          declaredAt: at.toISOString(),
        });
      }
      await this.assign.fill(tx, assessmentId, correlation.currentOrNew().correlationId);
      await this.assign.sync(tx, assessment);
      return (await this.deps.assessments.find(tx, assessmentId)) ?? assessment;
    });
  }
}
