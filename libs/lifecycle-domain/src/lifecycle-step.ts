import { initialTransition, transition, type AnyMachineSnapshot, type AnyStateMachine, type EventFromLogic, type InputFrom, type StateValue } from 'xstate';
import type { CancelDeadlineParams, RequestDeadlineParams } from './lifecycle-deadline';
import type { AssessmentPurpose } from './lifecycle-definition';

/**
 * What the runner persists of an instance: the state value, the context and, once a state with a history
 * child has been left (a suspended scenario), the remembered states as ids (`{ [historyNodeId]: [{ id }] }`).
 */
export interface StoredSnapshot {
  value: StateValue;
  context: Record<string, unknown>;
  historyValue?: Record<string, Array<{ id: string }>>;
}

/** An entry action of a state that waits for an assessment: the runner asks the evaluation service for one. */
export interface RequestAssessmentParams {
  purpose: AssessmentPurpose;
}

/** The side effects a step asks the runner for: durable deadlines (see lifecycle-deadline.ts) and assessments. */
export type LifecycleAction =
  | { type: 'requestDeadline'; params: RequestDeadlineParams }
  | { type: 'cancelDeadline'; params: CancelDeadlineParams }
  | { type: 'requestAssessment'; params: RequestAssessmentParams };

export interface LifecycleStep {
  stage: string;
  snapshot: StoredSnapshot;
  actions: LifecycleAction[];
}

/** `proposed`, or `operating.piloting.sandbox` for a nested state. */
export function stageOf(value: StateValue): string {
  if (typeof value === 'string') return value;
  return Object.entries(value)
    .map(([parent, child]) => (child === undefined ? parent : `${parent}.${stageOf(child as StateValue)}`))
    .join(',');
}

export function startLifecycle<M extends AnyStateMachine>(machine: M, input: InputFrom<M>): LifecycleStep {
  const [snapshot, actions] = initialTransition(machine, input);
  return toStep(snapshot, actions);
}

/** The pure transition: `null` when the current state does not accept the event (or a guard refuses it). */
export function stepLifecycle<M extends AnyStateMachine>(machine: M, stored: StoredSnapshot, event: EventFromLogic<M>): LifecycleStep | null {
  const current = restore(machine, stored);
  if (!current.can(event)) return null;
  const [next, actions] = transition(machine, current as never, event);
  return toStep(next, actions);
}

/**
 * The event types the current state handles (the "what can I do now" list, before authorisation). Whether a
 * particular event passes its guards (a gate's purpose, a deadline id, enough evaluators) is decided when it
 * is sent: `stepLifecycle` returns `null` for one that does not.
 */
export function acceptedEvents<M extends AnyStateMachine>(machine: M, stored: StoredSnapshot): string[] {
  const current = restore(machine, stored);
  return [...new Set(current._nodes.flatMap((node) => node.ownEvents))].sort();
}

function restore(machine: AnyStateMachine, stored: StoredSnapshot): AnyMachineSnapshot {
  const historyValue = Object.fromEntries(Object.entries(stored.historyValue ?? {}).map(([key, nodes]) => [key, nodes.map(({ id }) => machine.getStateNodeById(id))]));
  return machine.resolveState({ value: stored.value, context: stored.context, historyValue });
}

function toStep(snapshot: AnyMachineSnapshot, actions: ReadonlyArray<{ type: string; params?: unknown }>): LifecycleStep {
  const stored: StoredSnapshot = { value: snapshot.value, context: snapshot.context as Record<string, unknown> };
  const history = Object.entries(snapshot.historyValue as Record<string, Array<{ id: string }>>);
  if (history.length > 0) stored.historyValue = Object.fromEntries(history.map(([key, nodes]) => [key, nodes.map(({ id }) => ({ id }))]));
  return { stage: stageOf(snapshot.value), snapshot: stored, actions: actions.filter(isLifecycleAction).map(({ type, params }) => ({ type, params }) as LifecycleAction) };
}

function isLifecycleAction(action: { type: string; params?: unknown }): action is LifecycleAction {
  return action.type === 'requestDeadline' || action.type === 'cancelDeadline' || action.type === 'requestAssessment';
}
