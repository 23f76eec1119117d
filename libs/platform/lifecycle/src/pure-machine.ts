import { createActor, type AnyActorScope, type AnyMachineSnapshot, type AnyStateMachine, type EventObject, type ExecutableActionObject } from 'xstate';

export type PureStep = [snapshot: AnyMachineSnapshot, actions: ExecutableActionObject[]];

/**
 * XState's pure `initialTransition` and `transition`, without their cost per call. Those build a new actor for every
 * call (whose constructor computes the machine's initial state) and a new actor system: about 30 of the 34 µs a
 * transition took (issue 17, docs/benchmarks.md). Here the inert scope is built once per machine and each call
 * collects its own actions, exactly as `transition` does.
 *
 * Reusing the scope is sound because lifecycle machines spawn and invoke nothing: the stored snapshot could not keep
 * a child actor anyway, so a step that leaves one is refused.
 */
export class PureMachine {
  private readonly scope: AnyActorScope;
  private collected: ExecutableActionObject[] = [];

  constructor(readonly machine: AnyStateMachine) {
    const self = createActor(machine);
    const ignore = () => {
      // An inert scope: nothing is deferred, logged, emitted or stopped, as in XState's own `transition`.
    };
    this.scope = {
      self,
      id: '',
      sessionId: '',
      system: self.system,
      logger: ignore,
      defer: ignore,
      emit: ignore,
      stopChild: ignore,
      actionExecutor: (action) => {
        this.collected.push(action);
      },
    };
  }

  initial(input: unknown): PureStep {
    return this.collect(() => this.machine.getInitialSnapshot(this.scope, input));
  }

  next(snapshot: AnyMachineSnapshot, event: EventObject): PureStep {
    return this.collect(() => this.machine.transition(snapshot as never, event, this.scope));
  }

  private collect(compute: () => AnyMachineSnapshot): PureStep {
    const actions: ExecutableActionObject[] = [];
    this.collected = actions;
    const snapshot = compute();
    if (Object.keys(snapshot.children ?? {}).length > 0) throw new Error(`生命周期状态机不得启动子角色 Lifecycle machine ${this.machine.id} spawned or invoked an actor, which a stored snapshot cannot keep`);
    return [snapshot, actions];
  }
}
