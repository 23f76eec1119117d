import { setup } from 'xstate';

export interface ScenarioLifecycleContext {
  scenarioId: string;
}

export type ScenarioLifecycleEvent = { type: 'startCultivation' } | { type: 'withdraw' };

/**
 * The scenario lifecycle (DESIGN §2), first cut: a scenario proposed (征集) is cultivated (培育) or withdrawn.
 * The lifecycle-engine work extends it stage by stage to large-scale rollout; this version carries the
 * end-to-end slice. Pure: no I/O, no delayed transitions (durable time lives outside the machine).
 */
export const scenarioLifecycleMachine = setup({
  types: {
    context: {} as ScenarioLifecycleContext,
    events: {} as ScenarioLifecycleEvent,
    input: {} as { scenarioId: string },
  },
}).createMachine({
  id: 'scenario-lifecycle',
  initial: 'proposed',
  context: ({ input }) => ({ scenarioId: input.scenarioId }),
  states: {
    proposed: { on: { startCultivation: 'cultivating', withdraw: 'withdrawn' } },
    cultivating: { on: { withdraw: 'withdrawn' } },
    withdrawn: { type: 'final' },
  },
});

export const SCENARIO_LIFECYCLE = { id: 'scenario-lifecycle', version: 1, machine: scenarioLifecycleMachine } as const;
