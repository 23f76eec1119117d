import type { LifecycleInstance, StageLabel, TransitionResult } from '@scq/platform-lifecycle';
import type { EventPublisher } from '@scq/platform-messaging';
import type { SqlExecutor } from '@scq/platform-persistence';
import type { AssessmentSubject } from '../evaluation-lifecycle';
import type { EvaluationDeps } from '../evaluation.deps';
import type { AssessmentRecord } from '../ports/assessment.repository.port';

/** The notification service's deadline id for an armed deadline of an instance (as the workflow names its own). */
export const deadlineIdOf = (instanceId: string, localId: string) => `${instanceId}.${localId}`;

/**
 * What a transition of an assessment asks of the platform, in the transition's transaction: the scoring deadline's
 * requests and cancellations for the reminder system (`evaluation.deadline.v1`), reminders going to the organising units,
 * each request naming its stage and what is assessed, so the reminder can say so.
 */
export async function publishLifecycleEffects(tx: SqlExecutor, publisher: EventPublisher, result: TransitionResult<AssessmentSubject>, assessment: Pick<AssessmentRecord, 'organisingUnits' | 'subject' | 'purpose'>): Promise<void> {
  if (!result.changed) return;
  const { instance, entry } = result;
  for (const action of result.actions) {
    const params = action.params as Record<string, string | number | undefined>;
    if (action.type === 'requestDeadline') {
      await publisher.publish(tx, 'evaluation.deadline.v1', 'evaluation.deadline.requested', {
        subject: instance.id,
        data: {
          deadlineId: deadlineIdOf(instance.id, String(params.deadlineId)),
          instanceId: instance.id,
          machineId: instance.machineId,
          subjectId: instance.subjectId,
          deadline: String(params.deadline),
          ...(typeof params.workingDays === 'number' ? { workingDays: params.workingDays } : { dueOn: String(params.dueOn) }),
          stage: instance.stage,
          ...(result.stageLabel ? { stageLabel: result.stageLabel } : {}),
          about: { subject: assessment.subject, purpose: assessment.purpose },
          responsibleUnits: assessment.organisingUnits,
          requestedAt: entry.occurredAt,
        },
      });
    } else if (action.type === 'cancelDeadline') {
      await publishCancellation(tx, publisher, instance, String(params.deadline), String(params.deadlineId), entry.occurredAt, { stage: instance.stage, stageLabel: result.stageLabel });
    }
  }
}

/** A cancelled deadline; `after` names the stage the assessment moved to (a notice about the reached deadline says it). */
export function publishCancellation(
  tx: SqlExecutor,
  publisher: EventPublisher,
  instance: Pick<LifecycleInstance, 'id'>,
  deadline: string,
  localId: string,
  at: string,
  after?: { stage: string; stageLabel: StageLabel | null },
) {
  const stage = after ? { stage: after.stage, ...(after.stageLabel ? { stageLabel: after.stageLabel } : {}) } : {};
  return publisher.publish(tx, 'evaluation.deadline.v1', 'evaluation.deadline.cancelled', {
    subject: instance.id,
    data: { deadlineId: deadlineIdOf(instance.id, localId), instanceId: instance.id, deadline, ...stage, cancelledAt: at },
  });
}

/** The decision, to the workflow (the gate of recognition, effectiveness or expert review). */
export function publishFinalized(tx: SqlExecutor, publisher: EventPublisher, assessment: AssessmentRecord, passed: boolean, explanation: string, finalizedAt: string) {
  return publisher.publish(tx, 'evaluation.assessment.v1', 'evaluation.assessment.finalized', {
    subject: assessment.subject.id,
    data: { assessmentId: assessment.id, subject: assessment.subject, purpose: assessment.purpose, passed, explanation, finalizedAt },
  });
}

/**
 * Sets the assessment's panel (the lifecycle subject's `assignedEvaluators`, read by authorisation here) and, when that
 * changed it, tells the registry and the workflow in the same transaction, so that evaluators read what they assess.
 */
export async function syncPanel(tx: SqlExecutor, deps: Pick<EvaluationDeps, 'assessments' | 'publisher' | 'clock'>, assessment: Pick<AssessmentRecord, 'id' | 'instanceId' | 'subject'>, evaluatorIds: string[]): Promise<void> {
  if (!(await deps.assessments.syncAssignedEvaluators(tx, assessment.instanceId, evaluatorIds))) return;
  await deps.publisher.publish(tx, 'evaluation.assessment.v1', 'evaluation.assessment.panel-changed', {
    subject: assessment.subject.id,
    data: { assessmentId: assessment.id, subject: assessment.subject, evaluatorIds, at: deps.clock().toISOString() },
  });
}
