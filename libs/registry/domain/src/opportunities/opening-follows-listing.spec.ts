import { opensToOpportunities, requireListedScenario } from './opening-follows-listing';

describe('opening follows listing (开放 follows 入清单)', () => {
  it('opens a listed or operating scenario to opportunities, nothing before listing or after operation', () => {
    expect(['listed', 'operating.open', 'operating.matched', 'operating.piloting.sandbox'].every(opensToOpportunities)).toBe(true);
    expect([null, 'proposed', 'cultivating', 'recognition.recognized', 'rejected', 'withdrawn', 'suspended.rectifying', 'terminated.exempted', 'scaled', 'operatingx'].some(opensToOpportunities)).toBe(false);
  });

  it('refuses with 409 SCENARIO_NOT_LISTED naming the current stage', () => {
    expect(() => requireListedScenario({ id: 's-1', stage: 'listed' })).not.toThrow();
    expect(() => requireListedScenario({ id: 's-1', stage: 'cultivating' })).toThrow(expect.objectContaining({ kind: 'conflict', code: 'SCENARIO_NOT_LISTED', message: expect.stringContaining('current stage: 培育 Cultivating') }));
  });
});
