import { randomUUID } from 'node:crypto';
import type { EventEnvelope, ScenarioRegisteredV1 } from '@scq/contracts';
import type { EventPublisher } from '@scq/platform-messaging';
import type { SqlExecutor } from '@scq/platform-persistence';
import { SCENARIO_LIFECYCLE, startLifecycle } from '@scq/workflow-domain';
import type { LifecycleInstanceRepository } from './lifecycle-instance.repository.port';

/** A registered scenario gets its lifecycle instance, in the stage the machine starts in. Idempotent. */
export class StartScenarioLifecycleHandler {
  constructor(
    private readonly instances: LifecycleInstanceRepository,
    private readonly publisher: EventPublisher,
  ) {}

  async handle(event: EventEnvelope<ScenarioRegisteredV1>, tx: SqlExecutor): Promise<void> {
    const { scenarioId } = event.data;
    const step = startLifecycle(SCENARIO_LIFECYCLE.machine, { scenarioId });
    const instance = { id: randomUUID(), scenarioId, machineId: SCENARIO_LIFECYCLE.id, machineVersion: SCENARIO_LIFECYCLE.version, stage: step.stage, snapshot: step.snapshot, version: 1 };
    if (!(await this.instances.insert(tx, instance))) return;
    const record = { instanceId: instance.id, machineId: instance.machineId, machineVersion: instance.machineVersion, from: null, to: step.stage, event: 'start', actor: null, reason: null, correlationId: event.correlationid };
    const sequence = await this.instances.appendHistory(tx, record);
    await this.publisher.publish(tx, 'workflow.scenario.v1', 'workflow.scenario.stage-changed', {
      subject: scenarioId,
      data: { scenarioId, instanceId: instance.id, machine: { id: instance.machineId, version: instance.machineVersion }, from: null, to: step.stage, event: 'start', actor: null, sequence, changedAt: new Date().toISOString() },
    });
  }
}
