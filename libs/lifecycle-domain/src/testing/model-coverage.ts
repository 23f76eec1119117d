// Model-based testing with @xstate/graph: traverse every reachable behavioural state with the given
// concrete events, then replay a path through every edge of that graph, twice: on an actor, recording the
// transitions XState takes (microsteps, eventless ones included), and through the runner's pure API
// (`stepLifecycle` on a JSON-persisted snapshot), which must land in the same state. The states and
// transitions to cover are read from the machine definition, so a new state or transition that no path
// reaches fails the spec.
import { getAdjacencyMap, getShortestPaths, type AdjacencyMap } from '@xstate/graph';
import { createActor, type AnyEventObject, type AnyMachineSnapshot, type AnyStateMachine, type AnyStateNode, type AnyTransitionDefinition, type EventFromLogic, type InputFrom, type InspectionEvent } from 'xstate';
import { startLifecycle, stepLifecycle, type StoredSnapshot } from '../lifecycle-step';

export interface ModelOptions<M extends AnyStateMachine> {
  input: InputFrom<M>;
  /** The concrete events to try in a state (only the types the state handles are sent). */
  events: (snapshot: AnyMachineSnapshot) => Array<EventFromLogic<M>>;
  /** The behavioural state: the value plus whatever of context and history the machine's behaviour depends on. */
  serialize?: (snapshot: AnyMachineSnapshot) => string;
}

export interface ModelCoverage {
  paths: number;
  states: { total: number; reached: number; missing: string[] };
  transitions: { total: number; taken: number; missing: string[] };
  summary: string;
}

export function exploreModel<M extends AnyStateMachine>(machine: M, options: ModelOptions<M>): ModelCoverage {
  const serialize = options.serialize ?? ((snapshot: AnyMachineSnapshot) => JSON.stringify(snapshot.value));
  const traversal = { input: options.input, events: options.events, serializeState: serialize } as never;
  const logic: AnyStateMachine = machine;
  const adjacency: AdjacencyMap<AnyMachineSnapshot, AnyEventObject> = getAdjacencyMap(logic, traversal);
  const shortest = new Map(getShortestPaths(logic, traversal).map((path) => [serialize(path.state), path.steps.map((step) => step.event)]));

  const reached = new Set<string>();
  const taken = new Set<AnyTransitionDefinition>();
  let paths = 0;
  for (const [key, { state, transitions }] of Object.entries(adjacency)) {
    const prefix = shortest.get(key);
    if (!prefix) throw new Error(`No path to ${key}`);
    state._nodes.forEach((node: AnyStateNode) => reached.add(node.id));
    for (const { event, state: next } of Object.values(transitions) as Array<{ event: AnyEventObject; state: AnyMachineSnapshot }>) {
      const path = [...prefix, event] as Array<EventFromLogic<M>>;
      const replay = replayOnActor(machine, options.input, path);
      replay.transitions.forEach((transition) => taken.add(transition));
      replay.visited.forEach((id) => reached.add(id));
      const stored = replayOnStoredSnapshots(machine, options.input, path);
      const expected = JSON.stringify(next.value);
      if (JSON.stringify(stored.value) !== expected) throw new Error(`Replaying ${describePath(path)} ends in ${JSON.stringify(stored.value)}, the model says ${expected}`);
      next._nodes.forEach((node) => reached.add(node.id));
      paths += 1;
    }
  }

  const states = allStateNodes(machine).map((node) => node.id);
  const definitions = allTransitions(machine);
  const coverage = {
    paths,
    states: { total: states.length, reached: states.filter((id) => reached.has(id)).length, missing: states.filter((id) => !reached.has(id)) },
    transitions: { total: definitions.length, taken: definitions.filter((t) => taken.has(t)).length, missing: definitions.filter((t) => !taken.has(t)).map(describeTransition) },
  };
  const summary = `${machine.id}: ${coverage.states.reached} states reached of ${coverage.states.total}, ${coverage.transitions.taken} transitions taken of ${coverage.transitions.total} (${paths} paths)`;
  return { ...coverage, summary };
}

/** Every state node below the root, nested ones included; history pseudo-states are targets, not states. */
export function allStateNodes(machine: AnyStateMachine): AnyStateNode[] {
  const walk = (node: AnyStateNode): AnyStateNode[] => Object.values(node.states).flatMap((child) => [child, ...walk(child)]);
  return walk(machine.root).filter((node) => node.type !== 'history');
}

/** Every transition the definition declares: one per event branch (guarded alternatives count separately) and per eventless branch. */
export function allTransitions(machine: AnyStateMachine): AnyTransitionDefinition[] {
  return [machine.root, ...allStateNodes(machine)].flatMap((node): AnyTransitionDefinition[] => [...[...node.transitions.values()].flat(), ...(node.always ?? [])]);
}

/** The event types the machine handles anywhere. */
export function eventTypesOf(machine: AnyStateMachine): string[] {
  return [...new Set(allTransitions(machine).map((t) => t.eventType).filter((type) => type !== ''))].sort();
}

/** For a deadline armed in the snapshot: its live `deadline.reached`, and a stale one the machine must ignore. */
export function deadlineEvents(snapshot: AnyMachineSnapshot): Array<{ type: 'deadline.reached'; deadline: string; deadlineId: string }> {
  const deadlines = (snapshot.context as { deadlines: Record<string, string> }).deadlines;
  return Object.entries(deadlines).flatMap(([deadline, deadlineId]) => [
    { type: 'deadline.reached' as const, deadline, deadlineId },
    { type: 'deadline.reached' as const, deadline, deadlineId: `${deadline}-0` },
  ]);
}

/** The transitions taken and the states visited, transient ones (left by an eventless transition) included. */
function replayOnActor<M extends AnyStateMachine>(machine: M, input: InputFrom<M>, path: Array<EventFromLogic<M>>) {
  const transitions: AnyTransitionDefinition[] = [];
  const visited = new Set<string>();
  const actor = createActor(machine, {
    input,
    inspect: (inspection: InspectionEvent) => {
      if (inspection.type !== '@xstate.microstep') return;
      transitions.push(...inspection._transitions);
      (inspection.snapshot as AnyMachineSnapshot)._nodes.forEach((node) => visited.add(node.id));
    },
  } as never);
  actor.start();
  path.forEach((event) => actor.send(event));
  actor.stop();
  return { transitions, visited };
}

function replayOnStoredSnapshots<M extends AnyStateMachine>(machine: M, input: InputFrom<M>, path: Array<EventFromLogic<M>>): StoredSnapshot {
  let stored = persist(startLifecycle(machine, input).snapshot);
  for (const event of path) {
    const step = stepLifecycle(machine, stored, event);
    if (step) stored = persist(step.snapshot);
  }
  return stored;
}

function persist(snapshot: StoredSnapshot): StoredSnapshot {
  return JSON.parse(JSON.stringify(snapshot)) as StoredSnapshot;
}

function describeTransition(transition: AnyTransitionDefinition): string {
  const guard = transition.guard === undefined ? '' : ` [${typeof transition.guard === 'string' ? transition.guard : ((transition.guard as { type?: string }).type ?? 'inline guard')}]`;
  const targets = transition.target?.map((node) => node.id).join(', ') ?? '(stays)';
  return `${transition.source.id} --${transition.eventType || '(always)'}${guard}--> ${targets}`;
}

function describePath(path: Array<{ type: string }>): string {
  return path.map((event) => event.type).join(' → ');
}
