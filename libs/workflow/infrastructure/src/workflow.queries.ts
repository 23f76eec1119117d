import { auditInstance, exportStatechart, statechartToMermaid, type Actor, type LifecycleInstance, type LifecycleRunner } from '@scq/platform-lifecycle';
import type { SqlExecutor } from '@scq/platform-persistence';
import type { WorkflowSubject } from '@scq/workflow-application';
import { resumptionRefusal } from '@scq/workflow-domain';

/** An instance as a caller sees it: state, history, what the state accepts and what this caller may send. */
export async function instanceView(db: SqlExecutor, runner: LifecycleRunner, instance: LifecycleInstance<WorkflowSubject>, actor: Actor) {
  const definition = runner.definitionOf(instance);
  const history = await runner.store.historyOf(db, instance.id);
  // Separation of duties is read from the history: a unit involved in the incident is not offered the approval.
  const allowedEvents = runner.allowedEvents(instance, actor).filter((type) => type !== 'approveResumption' || resumptionRefusal(history, actor) === null);
  return { ...instance, acceptedEvents: definition.accepted(instance.snapshot), allowedEvents, history };
}

export async function auditView(db: SqlExecutor, runner: LifecycleRunner, instance: LifecycleInstance<WorkflowSubject>) {
  return auditInstance(db, runner, instance);
}

export function statechartView(runner: LifecycleRunner, machineId: string, version: number | null, stage: string | null, format: 'json' | 'mermaid') {
  const definition = version === null ? runner.catalog.current(machineId) : runner.catalog.get(machineId, version);
  const chart = exportStatechart(definition.id, definition.version, definition.machine, stage);
  return format === 'mermaid' ? statechartToMermaid(chart) : chart;
}
