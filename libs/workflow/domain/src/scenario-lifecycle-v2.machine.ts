import { createMachine } from 'xstate';
import type { LifecycleDefinition } from '@scq/lifecycle-domain';
import { SCENARIO_LIFECYCLE, scenarioLifecycleMachine } from './scenario-lifecycle.machine';

const label = (zh: string, en: string) => ({ label: { zh, en } });

type Config = typeof scenarioLifecycleMachine.config;
type StateConfig = { meta?: unknown; on?: Record<string, unknown>; states: Record<string, StateConfig> } & Record<string, unknown>;

/**
 * Version 2 of the scenario lifecycle: the sandbox re-review is split by its cause. Version 1 had one
 * `operating.piloting.sandboxReview` for both an expired sandbox and an indicator beyond its threshold; the plan's
 * 沙盒监管 treats them differently (an expiry is a renewal decision on schedule, a breach is a risk the regulator must
 * answer at once and the notices say so), so version 2 has `sandboxExpired` (the expiry reached) and `sandboxBreached`
 * (a reading beyond its threshold), each renewed or left as before. Every other state, event, guard and permission is
 * version 1's.
 *
 * Releasing it: running instances keep their stage; one in the old `sandboxReview` cannot move until the operator's
 * stage map names which of the two it is (`operating.piloting.sandboxReview` → `operating.piloting.sandboxExpired` or
 * `…sandboxBreached`, from its readings) — without one it is reported and stays on version 1.
 */
function withSplitSandboxReview(config: Config): Config {
  const states = config.states as unknown as Record<string, StateConfig>;
  const operating = states.operating;
  const piloting = operating.states.piloting;
  const { sandboxReview, sandbox, ...others } = piloting.states;
  const review = (zh: string, en: string): StateConfig => ({ ...sandboxReview, meta: label(zh, en) });
  const on = sandbox.on as Record<string, unknown>;
  const readings = on.reportSandboxIndicator as Array<Record<string, unknown>>;
  const splitSandbox: StateConfig = {
    ...sandbox,
    on: {
      ...on,
      'deadline.reached': { ...(on['deadline.reached'] as Record<string, unknown>), target: 'sandboxExpired' },
      reportSandboxIndicator: readings.map((transition) => (transition.target === 'sandboxReview' ? { ...transition, target: 'sandboxBreached' } : transition)),
    },
  };
  return {
    ...config,
    states: {
      ...states,
      operating: {
        ...operating,
        states: {
          ...operating.states,
          piloting: {
            ...piloting,
            states: {
              ...others,
              sandbox: splitSandbox,
              sandboxExpired: review('沙盒到期复审', 'Sandbox re-review: expired'),
              sandboxBreached: review('沙盒指标越限复审', 'Sandbox re-review: an indicator beyond its threshold'),
            },
          },
        },
      },
    },
  } as unknown as Config;
}

/** The v2 machine: version 1's implementations (guards, actions) with the re-review split by cause. */
export const scenarioLifecycleMachineV2 = createMachine(withSplitSandboxReview(scenarioLifecycleMachine.config) as never, scenarioLifecycleMachine.implementations as never) as unknown as typeof scenarioLifecycleMachine;

/** Version 2 (see above): registered beside version 1 in the catalog of a service that runs it. */
export const SCENARIO_LIFECYCLE_V2 = { ...SCENARIO_LIFECYCLE, version: 2, machine: scenarioLifecycleMachineV2 } satisfies LifecycleDefinition<typeof scenarioLifecycleMachine>;

/** The stage version 2 removed, and the two it became (for the release's stage map). */
export const SCENARIO_V2_SPLIT = { removed: 'operating.piloting.sandboxReview', expired: 'operating.piloting.sandboxExpired', breached: 'operating.piloting.sandboxBreached' } as const;
