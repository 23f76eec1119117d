import { assign, createMachine, fromPromise, initialTransition, raise, setup, transition, type AnyMachineSnapshot, type EventObject } from 'xstate';
import { PureMachine } from './pure-machine';

type Event = { type: 'start' } | { type: 'approve'; score: number } | { type: 'suspend' } | { type: 'resume' } | { type: 'finish' } | { type: 'ping' };

/** Guards on the event's data, assign, parameterised entry and exit actions, nested states, a history state, raise, an eventless transition. */
const machine = setup({
  types: { context: {} as { count: number; score: number }, events: {} as Event, input: {} as { count: number } },
  actions: {
    requestDeadline: (_, _params: { deadline: string }) => undefined,
    cancelDeadline: (_, _params: { deadline: string }) => undefined,
  },
  guards: { goodScore: ({ event }) => event.type === 'approve' && event.score >= 60 },
}).createMachine({
  id: 'pure-machine-spec',
  context: ({ input }) => ({ count: input.count, score: 0 }),
  initial: 'draft',
  states: {
    draft: { on: { start: { target: 'working', actions: assign({ count: ({ context }) => context.count + 1 }) } } },
    working: {
      initial: 'review',
      entry: [{ type: 'requestDeadline', params: { deadline: 'review' } }],
      exit: [{ type: 'cancelDeadline', params: { deadline: 'review' } }],
      on: { suspend: 'suspended' },
      states: {
        review: { on: { approve: { guard: 'goodScore', target: 'approved', actions: assign({ score: ({ event }) => (event.type === 'approve' ? event.score : 0) }) } } },
        approved: { entry: raise({ type: 'ping' }), on: { ping: 'checked' } },
        checked: { always: { target: '#pure-machine-spec.done', guard: ({ context }) => context.score > 90 }, on: { finish: '#pure-machine-spec.done' } },
        resume: { type: 'history' },
      },
    },
    suspended: { on: { resume: 'working.resume' } },
    done: { type: 'final' },
  },
});

const comparable = ([snapshot, actions]: [AnyMachineSnapshot, ReadonlyArray<{ type: string; params?: unknown }>]) => ({
  value: snapshot.value,
  status: snapshot.status,
  context: snapshot.context,
  history: Object.fromEntries(Object.entries(snapshot.historyValue ?? {}).map(([key, nodes]) => [key, (nodes as Array<{ id: string }>).map((node) => node.id)])),
  actions: actions.map(({ type, params }) => ({ type, params })),
});

describe('PureMachine (XState pure transitions, one inert scope per machine)', () => {
  const pure = new PureMachine(machine);

  it('starts exactly as initialTransition does', () => {
    expect(comparable(pure.initial({ count: 2 }))).toEqual(comparable(initialTransition(machine, { count: 2 })));
  });

  const paths: Event[][] = [
    [{ type: 'start' }, { type: 'approve', score: 40 }, { type: 'approve', score: 75 }, { type: 'finish' }],
    [{ type: 'start' }, { type: 'approve', score: 95 }],
    [{ type: 'start' }, { type: 'suspend' }, { type: 'resume' }, { type: 'approve', score: 70 }, { type: 'suspend' }, { type: 'resume' }, { type: 'finish' }, { type: 'start' }],
    [{ type: 'finish' }, { type: 'resume' }, { type: 'start' }, { type: 'start' }],
  ];

  it.each(paths.map((path) => [path.map((event) => event.type).join(' → '), path] as const))('steps exactly as transition does, and keeps no action of one step for the next: %s', (_name, path) => {
    let ours = initialTransition(machine, { count: 0 })[0];
    let reference = ours;
    for (const event of path) {
      const mine = pure.next(ours, event);
      const theirs = transition(machine, reference as never, event as never);
      expect(comparable(mine)).toEqual(comparable(theirs));
      // Through a stored copy, as the engine runs it: value, context and history ids round-tripped through JSON.
      const stored = JSON.parse(JSON.stringify(comparable(mine))) as ReturnType<typeof comparable>;
      const historyValue = Object.fromEntries(Object.entries(stored.history).map(([key, ids]) => [key, ids.map((id) => machine.getStateNodeById(id))]));
      ours = machine.resolveState({ value: stored.value as never, context: stored.context as never, historyValue });
      reference = theirs[0];
    }
  });

  it('refuses a machine that invokes an actor, which a stored snapshot could not keep', () => {
    const invoking = createMachine({ id: 'invoking', initial: 'idle', states: { idle: { on: { go: 'busy' } }, busy: { invoke: { src: fromPromise(async () => 1) } } } });
    const steps = new PureMachine(invoking);
    const [idle] = steps.initial(undefined);
    expect(() => steps.next(idle, { type: 'go' } as EventObject)).toThrow(/invoked an actor/);
  });
});
