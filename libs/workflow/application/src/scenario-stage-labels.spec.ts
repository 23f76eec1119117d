import { SCENARIO_STAGE_LABELS } from '@scq/contracts';
import { stageLabelOf } from '@scq/platform-lifecycle';
import { scenarioLifecycleMachine, scenarioLifecycleMachineV2 } from '@scq/workflow-domain';

/** Every path `workflow.scenario.stage-changed` can name, from the machine's own states. */
function stagePaths(node: { states?: Record<string, unknown> }, prefix = ''): string[] {
  return Object.entries(node.states ?? {}).flatMap(([key, child]) => {
    const state = child as { type?: string; states?: Record<string, unknown> };
    if (state.type === 'history') return [];
    const path = prefix ? `${prefix}.${key}` : key;
    return [path, ...stagePaths(state, path)];
  });
}

describe('scenario stage labels in the event contract', () => {
  it('names every stage of every machine version as the machine does, and nothing else', () => {
    const labels = (machine: typeof scenarioLifecycleMachine) => Object.fromEntries(stagePaths(machine.root as never).map((path) => [path, stageLabelOf(machine, path)]));
    expect({ ...labels(scenarioLifecycleMachine), ...labels(scenarioLifecycleMachineV2) }).toEqual(SCENARIO_STAGE_LABELS);
  });
});
