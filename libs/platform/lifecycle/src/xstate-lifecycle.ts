import type { AnyMachineSnapshot, AnyStateMachine } from 'xstate';
import type { Actor, Decision, MachineAction, MachineStep, RunnableLifecycle } from './lifecycle-definition';
import type { StoredSnapshot } from './lifecycle-instance';
import { PureMachine } from './pure-machine';
import { stageOf } from './stage';

/**
 * Makes a pure XState machine runnable by the engine: start, step and list events with XState's pure transitions
 * (`PureMachine`: `initialTransition` and `transition` without an actor built per call), restoring the stored
 * value, context and history. The actions passed on are those named in `actionTypes` (the side effects the service
 * executes); XState's own are dropped.
 */
export function xstateLifecycle<S>(options: {
  id: string;
  version: number;
  machine: AnyStateMachine;
  actionTypes?: string[];
  authorize: (actor: Actor, eventType: string, subject: S) => Decision;
}): RunnableLifecycle<S> {
  const { machine } = options;
  const pure = new PureMachine(machine);
  const wanted = new Set(options.actionTypes ?? ['requestDeadline', 'cancelDeadline', 'requestAssessment']);
  const toStep = (snapshot: AnyMachineSnapshot, actions: ReadonlyArray<{ type: string; params?: unknown }>): MachineStep => {
    const stored = store(snapshot);
    return { stage: stageOf(stored.value), snapshot: stored, actions: actions.filter((a) => wanted.has(a.type)).map((a) => ({ type: a.type, params: (a.params ?? {}) as MachineAction['params'] })) };
  };
  return {
    id: options.id,
    version: options.version,
    machine,
    start: (input) => {
      const [snapshot, actions] = pure.initial(input);
      return toStep(snapshot, actions);
    },
    step: (stored, event) => {
      const current = restoreSnapshot(machine, stored);
      if (!current.can(event)) return null;
      const [next, actions] = pure.next(current, event);
      return toStep(next, actions);
    },
    accepted: (stored) => {
      const types = new Set<string>();
      for (const node of restoreSnapshot(machine, stored)._nodes) for (const type of node.ownEvents) if (!type.startsWith('xstate.') && type !== '*') types.add(type);
      return [...types].sort();
    },
    stageOf: (stored) => stageOf(restoreSnapshot(machine, stored).value),
    authorize: options.authorize,
  };
}

/** A stored snapshot as the machine's own: its value, context and the history nodes it remembers, resolved. */
export function restoreSnapshot(machine: AnyStateMachine, stored: StoredSnapshot): AnyMachineSnapshot {
  const historyValue = Object.fromEntries(Object.entries(stored.historyValue ?? {}).map(([key, nodes]) => [key, nodes.map(({ id }) => machine.getStateNodeById(id))]));
  return machine.resolveState({ value: stored.value as never, context: stored.context, historyValue });
}

function store(snapshot: AnyMachineSnapshot): StoredSnapshot {
  const stored: StoredSnapshot = { value: snapshot.value, context: JSON.parse(JSON.stringify(snapshot.context ?? {})) as Record<string, unknown> };
  const history = Object.entries((snapshot.historyValue ?? {}) as Record<string, Array<{ id: string }>>);
  if (history.length > 0) stored.historyValue = Object.fromEntries(history.map(([key, nodes]) => [key, nodes.map(({ id }) => ({ id }))]));
  return stored;
}
