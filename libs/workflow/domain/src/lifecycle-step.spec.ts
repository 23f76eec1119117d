import { acceptedEvents, startLifecycle, stepLifecycle } from './lifecycle-step';
import { scenarioLifecycleMachine } from './scenario-lifecycle.machine';

describe('scenario lifecycle steps (pure)', () => {
  const scenarioId = '7f9c1d3e-0000-4000-8000-000000000001';

  it('starts proposed with the scenario in its context', () => {
    const step = startLifecycle(scenarioLifecycleMachine, { scenarioId });
    expect(step).toEqual({ stage: 'proposed', snapshot: { value: 'proposed', context: { scenarioId } } });
  });

  it('moves from a stored snapshot, and refuses an event the stage does not accept', () => {
    const proposed = startLifecycle(scenarioLifecycleMachine, { scenarioId }).snapshot;
    expect(acceptedEvents(scenarioLifecycleMachine, proposed)).toEqual(['startCultivation', 'withdraw']);
    const cultivating = stepLifecycle(scenarioLifecycleMachine, proposed, { type: 'startCultivation' });
    expect(cultivating?.stage).toBe('cultivating');
    expect(stepLifecycle(scenarioLifecycleMachine, cultivating!.snapshot, { type: 'startCultivation' })).toBeNull();
    expect(acceptedEvents(scenarioLifecycleMachine, cultivating!.snapshot)).toEqual(['withdraw']);
    const withdrawn = stepLifecycle(scenarioLifecycleMachine, cultivating!.snapshot, { type: 'withdraw' });
    expect(withdrawn?.stage).toBe('withdrawn');
    expect(acceptedEvents(scenarioLifecycleMachine, withdrawn!.snapshot)).toEqual([]);
  });
});
