import { initialTransition, transition, type AnyMachineSnapshot, type AnyStateMachine } from 'xstate';
import { restoreSnapshot, type RunnableLifecycle, type StoredSnapshot } from '@scq/platform-lifecycle';
import { applicationLifecycle, scenarioLifecycle, scenarioLifecycleV2 } from './workflow-lifecycles';

// The engine steps the workflow's machines through PureMachine (one inert XState scope per machine, for speed):
// walked breadth-first through every state the events below reach, each step must equal XState's own `transition`.

type Event = { type: string } & Record<string, unknown>;

const terms = {
  conditions: ['限定园区道路 Park roads only'],
  indicators: [{ key: 'accident-rate', name: { zh: '事故率', en: 'Incident rate' }, unit: '%', threshold: { max: 0.5 } }],
  expiresOn: '2027-06-30',
};
const payload = {
  reason: '更正 Correction',
  objection: '业绩材料不实 Track record misstated',
  batchId: 'batch-2026-1',
  opportunityId: 'o-1',
  applicationId: 'application-1',
  matchmakingEventId: 'm-1',
  supplier: '重庆某科技有限公司',
  description: '无人车碰撞护栏 A driverless vehicle hit a barrier',
  severity: 'serious',
  cause: 'incident',
  ...terms,
};
const PURPOSES = ['recognition', 'effectiveness', 'application-review', 'sandbox-review'];

function eventsFor(type: string, context: Record<string, unknown>): Event[] {
  if (type === 'assessment.finalized') return PURPOSES.flatMap((purpose) => [true, false].map((passed) => ({ type, assessmentId: `${purpose}-${passed}`, purpose, passed })));
  if (type === 'deadline.reached') return Object.entries((context['deadlines'] ?? {}) as Record<string, string>).map(([deadline, deadlineId]) => ({ type, deadline, deadlineId }));
  if (type === 'reportSandboxIndicator') return [0.2, 0.9].map((value) => ({ type, indicatorKey: 'accident-rate', value, observedOn: '2026-12-01' }));
  return [{ type, ...payload }];
}

/** XState's own answer, as the runner would store it (its wanted actions only). */
function reference(machine: AnyStateMachine, [snapshot, actions]: [AnyMachineSnapshot, ReadonlyArray<{ type: string; params?: unknown }>]) {
  const history = Object.entries((snapshot.historyValue ?? {}) as Record<string, Array<{ id: string }>>);
  return {
    value: snapshot.value,
    context: JSON.parse(JSON.stringify(snapshot.context)) as Record<string, unknown>,
    history: Object.fromEntries(history.map(([key, nodes]) => [key, nodes.map(({ id }) => id)])),
    actions: actions.filter((a) => ['requestDeadline', 'cancelDeadline', 'requestAssessment'].includes(a.type)).map((a) => ({ type: a.type, params: a.params ?? {} })),
    machine: machine.id,
  };
}

function ours(machine: AnyStateMachine, step: ReturnType<RunnableLifecycle<unknown>['step']>) {
  if (!step) return null;
  const { value, context, historyValue } = step.snapshot;
  return { value, context, history: Object.fromEntries(Object.entries(historyValue ?? {}).map(([key, nodes]) => [key, nodes.map(({ id }) => id)])), actions: step.actions, machine: machine.id };
}

const inputs: Record<string, Record<string, unknown>> = {
  [scenarioLifecycle.id]: { scenarioId: 'scenario-1' },
  [applicationLifecycle.id]: { applicationId: 'application-1', scenarioId: 'scenario-1' },
};

describe.each([
  ['scenario lifecycle v1', scenarioLifecycle],
  ['scenario lifecycle v2', scenarioLifecycleV2],
  ['application lifecycle', applicationLifecycle],
])('%s through PureMachine', (_name, lifecycle) => {
  const machine = lifecycle.machine as AnyStateMachine;

  it('starts and steps exactly as XState’s own pure transitions, in every state reached', () => {
    const input = inputs[lifecycle.id]!;
    const start = lifecycle.start(input);
    expect(ours(machine, start)).toEqual(reference(machine, initialTransition(machine, input)));

    const queue: StoredSnapshot[] = [JSON.parse(JSON.stringify(start.snapshot)) as StoredSnapshot];
    const seen = new Set<string>([JSON.stringify(queue[0])]);
    const stages = new Set<string>([start.stage]);
    let steps = 0;
    while (queue.length > 0 && seen.size < 300) {
      const stored = queue.shift()!;
      for (const type of lifecycle.accepted(stored)) {
        for (const event of eventsFor(type, stored.context)) {
          const current = restoreSnapshot(machine, stored);
          const expected = current.can(event) ? reference(machine, transition(machine, current as never, event as never)) : null;
          const step = lifecycle.step(stored, event);
          expect(ours(machine, step)).toEqual(expected);
          if (!step) continue;
          steps += 1;
          stages.add(step.stage);
          const next = JSON.parse(JSON.stringify(step.snapshot)) as StoredSnapshot;
          const key = JSON.stringify(next);
          if (!seen.has(key)) {
            seen.add(key);
            queue.push(next);
          }
        }
      }
    }
    // The walk covers the machine: every scenario stage (22–23) and every application stage (10), in 349–382 steps.
    expect(steps).toBeGreaterThan(300);
    expect(stages.size).toBeGreaterThanOrEqual(10);
  });
});
