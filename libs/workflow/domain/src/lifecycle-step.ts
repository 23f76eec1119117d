import { initialTransition, transition, type AnyMachineSnapshot, type AnyStateMachine, type EventFromLogic, type InputFrom, type StateValue } from 'xstate';

/** What the runner persists of an instance: the state value and the context. */
export interface StoredSnapshot {
  value: StateValue;
  context: Record<string, unknown>;
}

export interface LifecycleStep {
  stage: string;
  snapshot: StoredSnapshot;
}

/** `proposed`, or `piloting.sandbox` for a nested state. */
export function stageOf(value: StateValue): string {
  if (typeof value === 'string') return value;
  return Object.entries(value)
    .map(([parent, child]) => (child === undefined ? parent : `${parent}.${stageOf(child as StateValue)}`))
    .join(',');
}

export function startLifecycle<M extends AnyStateMachine>(machine: M, input: InputFrom<M>): LifecycleStep {
  const [snapshot] = initialTransition(machine, input);
  return toStep(snapshot);
}

/** The pure transition: `null` when the current state does not accept the event. */
export function stepLifecycle<M extends AnyStateMachine>(machine: M, stored: StoredSnapshot, event: EventFromLogic<M>): LifecycleStep | null {
  const current: AnyMachineSnapshot = machine.resolveState({ value: stored.value, context: stored.context });
  if (!current.can(event)) return null;
  const [next] = transition(machine, current as never, event);
  return toStep(next);
}

/** The events the current state accepts (the "what can I do now" list, before authorisation). */
export function acceptedEvents<M extends AnyStateMachine>(machine: M, stored: StoredSnapshot): string[] {
  const current = machine.resolveState({ value: stored.value, context: stored.context });
  return [...new Set(current._nodes.flatMap((node) => node.ownEvents))].filter((type) => current.can({ type } as EventFromLogic<M>)).sort();
}

function toStep(snapshot: { value: StateValue; context: unknown }): LifecycleStep {
  return { stage: stageOf(snapshot.value), snapshot: { value: snapshot.value, context: snapshot.context as Record<string, unknown> } };
}
