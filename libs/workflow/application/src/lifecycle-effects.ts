import type { EventPublisher, OutboxMessage } from '@scq/platform-messaging';
import type { ChangedTransition, LifecycleInstance, TransitionResult } from '@scq/platform-lifecycle';
import type { SqlExecutor } from '@scq/platform-persistence';
import { sandboxIndicator, type SandboxState } from '@scq/workflow-domain';
import type { WorkflowSubject } from './workflow-lifecycles';

/**
 * What a transition tells the rest of the platform, as outbox rows in order: the stage change, a sandbox reading
 * beyond its threshold (for the notices to the responsible units), and the side effects the machine asked for
 * (deadline requests and cancellations for the notification service, assessment requests for the evaluation service).
 * The commands hand them to the runner (`runner.send(tx, command, { outbox })`), which writes them in the transition's own statement.
 */
export function transitionMessages(publisher: EventPublisher, result: ChangedTransition<WorkflowSubject>): OutboxMessage[] {
  const { instance, entry, actions } = result;
  const messages: OutboxMessage[] = [];
  if (entry.from !== entry.to) messages.push(stageChange(publisher, instance, entry));
  if (entry.event.type === 'reportSandboxIndicator' && entry.from !== entry.to) messages.push(...sandboxBreach(publisher, instance, entry));
  for (const action of actions) {
    const params = action.params as Record<string, string | number | undefined>;
    if (action.type === 'requestDeadline') {
      messages.push(publisher.message('workflow.deadline.v1', 'workflow.deadline.requested', {
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
      }));
    } else if (action.type === 'cancelDeadline') {
      messages.push(publisher.message('workflow.deadline.v1', 'workflow.deadline.cancelled', {
        subject: instance.id,
        data: {
          deadlineId: `${instance.id}.${String(params.deadlineId)}`,
          instanceId: instance.id,
          deadline: String(params.deadline),
          stage: instance.stage,
          ...(result.stageLabel ? { stageLabel: result.stageLabel } : {}),
          cancelledAt: entry.occurredAt,
        },
      }));
    } else if (action.type === 'requestAssessment') {
      const subjectRef = instance.subject.kind === 'scenario' ? { kind: 'scenario' as const, id: instance.subject.scenarioId } : { kind: 'application' as const, id: instance.subject.applicationId };
      messages.push(publisher.message('workflow.assessment.v1', 'workflow.assessment.requested', {
        subject: subjectRef.id,
        data: { subject: subjectRef, purpose: params.purpose as 'recognition' | 'effectiveness' | 'application-review', instanceId: instance.id, domainCode: instance.subject.domainCode, requestedAt: entry.occurredAt },
      }));
    }
  }
  return messages;
}

/** The transition's messages written by a statement of their own: for `runner.start`, whose write takes none alongside. */
export async function publishTransition(tx: SqlExecutor, publisher: EventPublisher, result: TransitionResult<WorkflowSubject>): Promise<void> {
  if (result.changed) await publisher.append(tx, transitionMessages(publisher, result));
}

type Entry = ChangedTransition<WorkflowSubject>['entry'];

function stageChange(publisher: EventPublisher, instance: LifecycleInstance<WorkflowSubject>, entry: Entry): OutboxMessage {
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
    return publisher.message('workflow.scenario.v1', 'workflow.scenario.stage-changed', { subject: instance.subject.scenarioId, data: { scenarioId: instance.subject.scenarioId, ...common } });
  }
  const { applicationId, scenarioId, applicantId, parties } = instance.subject;
  return publisher.message('workflow.application.v1', 'workflow.application.stage-changed', {
    subject: applicationId,
    data: { applicationId, scenarioId, applicantId: applicantId ?? 'unknown', ...(parties ? { parties } : {}), ...common, reason: entry.reason },
  });
}

/** The reading that sent the scenario to its sandbox re-review, with the indicator as the terms define it. */
function sandboxBreach(publisher: EventPublisher, instance: LifecycleInstance<WorkflowSubject>, entry: Entry): OutboxMessage[] {
  if (instance.subject.kind !== 'scenario') return [];
  const event = entry.event as unknown as { indicatorKey: string; value: number; observedOn: string; note?: string };
  const indicator = sandboxIndicator((instance.snapshot.context as { sandbox: SandboxState | null }).sandbox, event.indicatorKey);
  if (!indicator) return [];
  const breach = publisher.message('workflow.scenario.v1', 'workflow.scenario.sandbox-indicator-breached', {
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
  return [breach];
}
