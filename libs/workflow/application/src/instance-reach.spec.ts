import type { Actor } from '@scq/contracts';
import type { LifecycleInstance } from '@scq/platform-lifecycle';
import { SCENARIO_LIFECYCLE } from '@scq/workflow-domain';
import { instanceReach, readsInstance } from './instance-reach';
import type { WorkflowSubject } from './workflow-lifecycles';

const evaluator = (id: string): Actor => ({ id, roles: ['evaluator'], unit: null, organisation: null, district: null });
const scenario = (stage: string) =>
  ({
    id: 'instance-1',
    machineId: SCENARIO_LIFECYCLE.id,
    subjectId: 'scenario-1',
    stage,
    subject: { kind: 'scenario', scenarioId: 'scenario-1', domainCode: 'unmanned-systems', taxonomyVersion: '2025-draft', district: '渝中区', responsibleUnits: ['市交通运输委'], ownerUnit: '市交通运输委', applicantId: null, assignedEvaluators: [] },
  }) as unknown as LifecycleInstance<WorkflowSubject>;

describe('who reads a scenario lifecycle: evaluators by their panels', () => {
  it('lets an evaluator read a scenario in recognition only while on a current panel about it', () => {
    expect(readsInstance(evaluator('ev-1'), scenario('recognition.assessing'), ['ev-1', 'ev-2'])).toBe(true);
    expect(readsInstance(evaluator('ev-3'), scenario('recognition.assessing'), ['ev-1', 'ev-2'])).toBe(false);
    expect(readsInstance(evaluator('ev-1'), scenario('recognition.assessing'))).toBe(false);
    expect(readsInstance(evaluator('ev-3'), scenario('operating.open'))).toBe(true);
  });

  it('lists for an evaluator what is public and the scenarios they assess, no stage of its own', () => {
    expect(instanceReach(evaluator('ev-1'), SCENARIO_LIFECYCLE.id, ['scenario-1', 'scenario-2'])).toEqual([{ stages: expect.arrayContaining(['listed']) }, { subjectIds: ['scenario-1', 'scenario-2'] }]);
    expect(instanceReach(evaluator('ev-1'), SCENARIO_LIFECYCLE.id)).toEqual([{ stages: expect.arrayContaining(['listed']) }]);
  });
});
