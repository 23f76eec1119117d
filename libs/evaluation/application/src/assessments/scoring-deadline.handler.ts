import type { DeadlineReachedV1, EventEnvelope } from '@scq/contracts';
import { ASSESSMENT_LIFECYCLE } from '@scq/evaluation-domain';
import type { SqlExecutor } from '@scq/platform-persistence';
import { SYSTEM_ACTOR, type AssessmentSubject } from '../evaluation-lifecycle';
import type { EvaluationDeps } from '../evaluation.deps';
import { publishLifecycleEffects } from './assessment-effects';
import type { AssignEvaluatorsHandler } from './assign-evaluators.handler';
import { endedUndecided } from './end-undecided';

/**
 * `notification.deadline.reached` for a scoring deadline of ours: the machine marks scoring overdue (only if that
 * deadline id is still armed: late, duplicate and earlier-round timers change nothing) and every evaluator who
 * has not scored is replaced from the pool. Deadlines of other services (the workflow's) are not ours: ignored.
 */
export class ScoringDeadlineHandler {
  constructor(
    private readonly deps: EvaluationDeps,
    private readonly assign: AssignEvaluatorsHandler,
  ) {}

  async handle(tx: SqlExecutor, event: EventEnvelope<DeadlineReachedV1>): Promise<boolean> {
    const { instanceId, deadlineId, deadline } = event.data;
    if (!deadlineId.startsWith(`${instanceId}.`)) return false;
    const instance = await this.deps.runner.store.find(tx, instanceId);
    if (!instance || instance.machineId !== ASSESSMENT_LIFECYCLE.id) return false;
    await this.deps.pool.lock(tx);
    const found = await this.deps.assessments.findByInstance(tx, instanceId);
    const assessment = found && (await this.deps.assessments.find(tx, found.id, true));
    if (!assessment || endedUndecided(assessment)) return false;
    const result = await this.deps.runner.send<AssessmentSubject>(tx, {
      instanceId,
      event: { type: 'deadline.reached', deadline, deadlineId: deadlineId.slice(instanceId.length + 1) },
      actor: SYSTEM_ACTOR,
      reason: '评分期限已到 scoring deadline reached',
      correlationId: event.correlationid,
      ignoreIfNotAccepted: true,
    });
    if (!result.changed) return false;
    await publishLifecycleEffects(tx, this.deps.publisher, result, assessment);
    await this.assign.replaceLate(tx, assessment, event.correlationid);
    await this.assign.sync(tx, assessment);
    return true;
  }
}
