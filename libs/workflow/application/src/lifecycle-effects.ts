import type { EventPublisher } from '@scq/platform-messaging';
import type { LifecycleInstance, TransitionResult } from '@scq/platform-lifecycle';
import type { SqlExecutor } from '@scq/platform-persistence';
import { sandboxIndicator, type SandboxState } from '@scq/workflow-domain';
import type { WorkflowSubject } from './workflow-lifecycles';

/**
 * What a transition tells the rest of the platform, written to the outbox in the transition's transaction:
 * the stage change, a sandbox reading beyond its threshold (for the notices to the responsible units), and the side effects the machine asked for (deadline requests and cancellations for the
 * notification service, assessment requests for the evaluation service).
 */
export async function publishTransition(tx: SqlExecutor, publisher: EventPublisher, result: TransitionResult<WorkflowSubject>): Promise<void> {
  if (!result.changed) return;
  const { instance, entry, actions } = result;
  if (entry.from !== entry.to) await publishStageChange(tx, publisher, instance, entry);
  if (entry.event.type === 'reportSandboxIndicator' && entry.from !== entry.to) await publishSandboxBreach(tx, publisher, instance, entry);
  for (const action of actions) {
    const params = action.params as Record<string, string | number | undefined>;
    if (action.type === 'requestDeadline') {
      await publisher.publish(tx, 'workflow.deadline.v1', 'workflow.deadline.requested', {
        subject: instance.id,
        data: {
          deadlineId: `${instance.id}.${String(params.deadlineId)}`,
          instanceId: instance.id,
          machineId: instance.machineId,
          subjectId: instance.subjectId,
          deadline: String(params.deadline),
          ...(typeof params.workingDays === 'number' ? { workingDays: params.workingDays } : { dueOn: String(params.dueOn) }),
          stage: instance.stage,
          ...(result.stageLabel ? { stageLabel: result.stageLabel } : {}),
          responsibleUnits: instance.subject.responsibleUnits,
          requestedAt: entry.occurredAt,
        },
      });
    } else if (action.type === 'cancelDeadline') {
      await publisher.publish(tx, 'workflow.deadline.v1', 'workflow.deadline.cancelled', {
        subject: instance.id,
        data: {
          deadlineId: `${instance.id}.${String(params.deadlineId)}`,
          instanceId: instance.id,
          deadline: String(params.deadline),
          stage: instance.stage,
          ...(result.stageLabel ? { stageLabel: result.stageLabel } : {}),
          cancelledAt: entry.occurredAt,
        },
      });
    } else if (action.type === 'requestAssessment') {
      const subjectRef = instance.subject.kind === 'scenario' ? { kind: 'scenario' as const, id: instance.subject.scenarioId } : { kind: 'application' as const, id: instance.subject.applicationId };
      await publisher.publish(tx, 'workflow.assessment.v1', 'workflow.assessment.requested', {
        subject: subjectRef.id,
        data: { subject: subjectRef, purpose: params.purpose as 'recognition' | 'effectiveness' | 'application-review', instanceId: instance.id, domainCode: instance.subject.domainCode, requestedAt: entry.occurredAt },
      });
    }
  }
}

async function publishStageChange(tx: SqlExecutor, publisher: EventPublisher, instance: LifecycleInstance<WorkflowSubject>, entry: Extract<TransitionResult<WorkflowSubject>, { changed: true }>['entry']): Promise<void> {
  const common = {
    instanceId: instance.id,
    machine: { id: instance.machineId, version: instance.machineVersion },
    from: entry.from,
    to: entry.to,
    event: entry.event.type,
    actor: entry.actor.id,
    sequence: entry.sequence,
    changedAt: entry.occurredAt,
  };
  if (instance.subject.kind === 'scenario') {
    await publisher.publish(tx, 'workflow.scenario.v1', 'workflow.scenario.stage-changed', { subject: instance.subject.scenarioId, data: { scenarioId: instance.subject.scenarioId, ...common } });
  } else {
    const { applicationId, scenarioId, applicantId, parties } = instance.subject;
    await publisher.publish(tx, 'workflow.application.v1', 'workflow.application.stage-changed', {
      subject: applicationId,
      data: { applicationId, scenarioId, applicantId: applicantId ?? 'unknown', ...(parties ? { parties } : {}), ...common, reason: entry.reason },
    });
  }
}

/** The reading that sent the scenario to its sandbox re-review, with the indicator as the terms define it. */
async function publishSandboxBreach(tx: SqlExecutor, publisher: EventPublisher, instance: LifecycleInstance<WorkflowSubject>, entry: Extract<TransitionResult<WorkflowSubject>, { changed: true }>['entry']): Promise<void> {
  if (instance.subject.kind !== 'scenario') return;
  const event = entry.event as unknown as { indicatorKey: string; value: number; observedOn: string; note?: string };
  const indicator = sandboxIndicator((instance.snapshot.context as { sandbox: SandboxState | null }).sandbox, event.indicatorKey);
  if (!indicator) return;
  await publisher.publish(tx, 'workflow.scenario.v1', 'workflow.scenario.sandbox-indicator-breached', {
    subject: instance.subject.scenarioId,
    data: {
      scenarioId: instance.subject.scenarioId,
      instanceId: instance.id,
      indicator: { key: indicator.key, name: indicator.name, unit: indicator.unit, threshold: indicator.threshold },
      value: event.value,
      observedOn: event.observedOn,
      note: event.note ?? null,
      stage: instance.stage,
      responsibleUnits: instance.subject.responsibleUnits,
      reportedBy: entry.actor.id,
      reportedAt: entry.occurredAt,
    },
  });
}
