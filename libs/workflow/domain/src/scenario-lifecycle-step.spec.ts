import { acceptedEvents, startLifecycle, stageOf, stepLifecycle, type StoredSnapshot } from '@scq/lifecycle-domain';
import { scenarioLifecycleMachine } from './scenario-lifecycle.machine';

describe('scenario lifecycle steps (pure)', () => {
  const scenarioId = '7f9c1d3e-0000-4000-8000-000000000001';

  it('starts proposed with the scenario in its context', () => {
    const step = startLifecycle(scenarioLifecycleMachine, { scenarioId });
    expect(step).toEqual({ stage: 'proposed', snapshot: { value: 'proposed', context: expect.objectContaining({ scenarioId, deadlines: {}, deadlineSeq: 0 }) }, actions: [] });
  });

  it('moves from a stored snapshot, and refuses an event the stage does not accept', () => {
    const proposed = startLifecycle(scenarioLifecycleMachine, { scenarioId }).snapshot;
    expect(acceptedEvents(scenarioLifecycleMachine, proposed)).toEqual(['startCultivation', 'withdraw']);
    const cultivating = stepLifecycle(scenarioLifecycleMachine, proposed, { type: 'startCultivation' });
    expect(cultivating?.stage).toBe('cultivating');
    expect(stepLifecycle(scenarioLifecycleMachine, cultivating!.snapshot, { type: 'startCultivation' })).toBeNull();
    expect(acceptedEvents(scenarioLifecycleMachine, cultivating!.snapshot)).toEqual(['reject', 'requestRecognition', 'withdraw']);
    const withdrawn = stepLifecycle(scenarioLifecycleMachine, cultivating!.snapshot, { type: 'withdraw' });
    expect(withdrawn?.stage).toBe('withdrawn');
    expect(acceptedEvents(scenarioLifecycleMachine, withdrawn!.snapshot)).toEqual([]);
  });

  it('names nested stages by their path', () => {
    expect(stageOf({ operating: { piloting: 'sandbox' } })).toBe('operating.piloting.sandbox');
  });

  it('keeps the remembered stage of a suspended scenario in the stored snapshot, as JSON', () => {
    const events = [
      { type: 'startCultivation' },
      { type: 'requestRecognition' },
      { type: 'assessment.finalized', assessmentId: 'a-1', purpose: 'recognition', passed: true },
      { type: 'list', batchId: 'b-1' },
      { type: 'open', opportunityId: 'o-1' },
      { type: 'application.approved', applicationId: 'app-1' },
      { type: 'reportIncident', description: 'x', severity: 'general' },
    ] as const;
    let stored: StoredSnapshot = startLifecycle(scenarioLifecycleMachine, { scenarioId }).snapshot;
    for (const event of events) stored = JSON.parse(JSON.stringify(stepLifecycle(scenarioLifecycleMachine, stored, event)!.snapshot)) as StoredSnapshot;
    expect(stored.historyValue).toEqual({ 'scenario-lifecycle.operating.resume': [{ id: 'scenario-lifecycle.operating.matched' }] });
    for (const type of ['startRectification', 'submitRectification'] as const) stored = stepLifecycle(scenarioLifecycleMachine, stored, { type })!.snapshot;
    expect(stepLifecycle(scenarioLifecycleMachine, stored, { type: 'approveResumption' })?.stage).toBe('operating.matched');
  });
});
