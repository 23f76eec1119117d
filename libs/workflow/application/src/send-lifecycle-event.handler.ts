import type { EventPublisher } from '@scq/platform-messaging';
import type { Database } from '@scq/platform-persistence';
import { correlation } from '@scq/platform-observability';
import { acceptedEvents, SCENARIO_LIFECYCLE, stepLifecycle, type ScenarioLifecycleEvent } from '@scq/workflow-domain';
import type { LifecycleInstance, LifecycleInstanceRepository } from './lifecycle-instance.repository.port';
import { ConcurrentTransitionError, EventNotAcceptedError, LifecycleNotFoundError } from './workflow.errors';

export interface SendLifecycleEventCommand {
  scenarioId: string;
  event: ScenarioLifecycleEvent;
  actor: string | null;
  reason: string | null;
  /** The version the caller saw; omitted means "whatever is current when I load it". */
  expectedVersion?: number;
}

/** Load → pure transition → version-checked save, history and outbox in one transaction. */
export class SendLifecycleEventHandler {
  constructor(
    private readonly db: Database,
    private readonly instances: LifecycleInstanceRepository,
    private readonly publisher: EventPublisher,
  ) {}

  execute(command: SendLifecycleEventCommand): Promise<LifecycleInstance> {
    return this.db.transaction(async (tx) => {
      const current = await this.instances.findByScenario(tx, command.scenarioId);
      if (!current) throw new LifecycleNotFoundError(command.scenarioId);
      const expectedVersion = command.expectedVersion ?? current.version;
      if (expectedVersion !== current.version) throw new ConcurrentTransitionError(command.scenarioId);
      const step = stepLifecycle(SCENARIO_LIFECYCLE.machine, current.snapshot, command.event);
      if (!step) throw new EventNotAcceptedError(current.stage, command.event.type, acceptedEvents(SCENARIO_LIFECYCLE.machine, current.snapshot));
      const next = { ...current, stage: step.stage, snapshot: step.snapshot, version: current.version + 1 };
      if (!(await this.instances.updateIfVersion(tx, next, expectedVersion))) throw new ConcurrentTransitionError(command.scenarioId);
      const correlationId = correlation.currentOrNew().correlationId;
      const sequence = await this.instances.appendHistory(tx, {
        instanceId: current.id,
        machineId: current.machineId,
        machineVersion: current.machineVersion,
        from: current.stage,
        to: step.stage,
        event: command.event.type,
        actor: command.actor,
        reason: command.reason,
        correlationId,
      });
      await this.publisher.publish(tx, 'workflow.scenario.v1', 'workflow.scenario.stage-changed', {
        subject: current.scenarioId,
        data: {
          scenarioId: current.scenarioId,
          instanceId: current.id,
          machine: { id: current.machineId, version: current.machineVersion },
          from: current.stage,
          to: step.stage,
          event: command.event.type,
          actor: command.actor,
          sequence,
          changedAt: new Date().toISOString(),
        },
      });
      return next;
    });
  }
}
