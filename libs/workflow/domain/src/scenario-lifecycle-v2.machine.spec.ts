import { startLifecycle, stepLifecycle, type StoredSnapshot } from '@scq/lifecycle-domain';
import { SCENARIO_LIFECYCLE, scenarioLifecycleMachine } from './scenario-lifecycle.machine';
import { SCENARIO_LIFECYCLE_V2, SCENARIO_V2_SPLIT, scenarioLifecycleMachineV2 } from './scenario-lifecycle-v2.machine';

type Machine = typeof scenarioLifecycleMachine;
const indicator = { key: 'on-time', name: { zh: '准点率', en: 'On-time rate' }, unit: '%', threshold: { min: 90 } };
const sandboxTerms = { conditions: ['限定园区道路'], indicators: [indicator], expiresOn: '2030-06-30' };

/** Drives a machine from the start into the sandbox, as the engine would (stored snapshots as JSON between steps). */
function inSandbox(machine: Machine): StoredSnapshot {
  const events = [
    { type: 'startCultivation' },
    { type: 'requestRecognition' },
    { type: 'assessment.finalized', assessmentId: 'a-1', purpose: 'recognition', passed: true },
    { type: 'list', batchId: 'b-1' },
    { type: 'open', opportunityId: 'o-1' },
    { type: 'application.approved', applicationId: 'app-1' },
    { type: 'startPilot' },
    { type: 'enterSandbox', ...sandboxTerms },
  ];
  let stored = startLifecycle(machine, { scenarioId: 's-1' }).snapshot;
  for (const event of events) stored = JSON.parse(JSON.stringify(stepLifecycle(machine, stored, event as never)!.snapshot)) as StoredSnapshot;
  return stored;
}

function stagesOf(node: { states?: Record<string, unknown> }, prefix = ''): string[] {
  return Object.entries(node.states ?? {}).flatMap(([key, child]) => {
    const state = child as { type?: string; states?: Record<string, unknown> };
    const path = prefix ? `${prefix}.${key}` : key;
    return state.type === 'history' ? [] : [path, ...stagesOf(state, path)];
  });
}

describe('scenario lifecycle version 2: the sandbox re-review split by cause', () => {
  const breach = { type: 'reportSandboxIndicator', indicatorKey: 'on-time', value: 80, observedOn: '2026-12-01' };

  it('opens the breach re-review on a reading beyond its threshold, where version 1 opened the one re-review', () => {
    expect(stepLifecycle(scenarioLifecycleMachine, inSandbox(scenarioLifecycleMachine), breach as never)?.stage).toBe(SCENARIO_V2_SPLIT.removed);
    expect(stepLifecycle(scenarioLifecycleMachineV2, inSandbox(scenarioLifecycleMachineV2), breach as never)?.stage).toBe(SCENARIO_V2_SPLIT.breached);
  });

  it('opens the expiry re-review when the sandbox expiry is reached; both re-reviews renew or leave the sandbox', () => {
    const sandbox = inSandbox(scenarioLifecycleMachineV2);
    const deadlineId = (sandbox.context.deadlines as Record<string, string>).sandboxExpiry;
    const expired = stepLifecycle(scenarioLifecycleMachineV2, sandbox, { type: 'deadline.reached', deadline: 'sandboxExpiry', deadlineId } as never);
    expect(expired?.stage).toBe(SCENARIO_V2_SPLIT.expired);
    const breached = stepLifecycle(scenarioLifecycleMachineV2, sandbox, breach as never)!;
    for (const review of [expired!.snapshot, breached.snapshot]) {
      expect(stepLifecycle(scenarioLifecycleMachineV2, review, { type: 'renewSandbox', ...sandboxTerms } as never)?.stage).toBe('operating.piloting.sandbox');
      expect(stepLifecycle(scenarioLifecycleMachineV2, review, { type: 'exitSandbox' } as never)?.stage).toBe('operating.piloting.regular');
    }
  });

  it('keeps every other stage and every permission of version 1', () => {
    const v1 = stagesOf(scenarioLifecycleMachine.root as never);
    const v2 = stagesOf(scenarioLifecycleMachineV2.root as never);
    expect(v1.filter((stage) => !v2.includes(stage))).toEqual([SCENARIO_V2_SPLIT.removed]);
    expect(v2.filter((stage) => !v1.includes(stage))).toEqual([SCENARIO_V2_SPLIT.expired, SCENARIO_V2_SPLIT.breached]);
    expect(SCENARIO_LIFECYCLE_V2).toMatchObject({ id: SCENARIO_LIFECYCLE.id, version: 2, permissions: SCENARIO_LIFECYCLE.permissions });
  });
});
