import type { Actor } from '@scq/contracts';
import { APPLICATION_LIFECYCLE, SCENARIO_LIFECYCLE } from '@scq/workflow-domain';
import { dutiesOf, taskReach, topStagesAccepting, type TaskDefinition } from './workflow-tasks';

const scenario = SCENARIO_LIFECYCLE as unknown as TaskDefinition;
const application = APPLICATION_LIFECYCLE as unknown as TaskDefinition;
const actor = (roles: Actor['roles'], unit: string | null = null, id = 'someone'): Actor => ({ id, roles, unit, organisation: null, district: null });
const subject = { responsibleUnits: ['市交通运输委'], ownerUnit: '市交通运输委', applicantId: null, assignedEvaluators: [] };

describe('where workflow tasks can be (the SQL candidates)', () => {
  it('leaves out the final stages and those that wait on the platform alone', () => {
    const officer = actor(['officer'], '市交通运输委');
    // Not `listed` (waits for an opportunity), `expertReview` and `publicNotice` (an assessment, a period), nor any final stage.
    expect(taskReach(officer, scenario)[0].stages).toEqual(['proposed', 'cultivating', 'recognition', 'operating', 'suspended', 'terminated']);
    expect(taskReach(officer, application)[0].stages).toEqual(['draft', 'submitted', 'screening', 'returned', 'unitReview']);
    expect(topStagesAccepting(scenario, (event) => event === 'grantExemption')).toEqual(['terminated']);
  });

  it('gives an officer their unit’s instances, an applicant their own, the coordinator also the stages that name it', () => {
    expect(taskReach(actor(['officer'], '市交通运输委'), scenario).map((a) => a.subject)).toEqual([{ responsibleUnits: '市交通运输委' }, { ownerUnit: '市交通运输委' }]);
    expect(taskReach(actor(['applicant'], null, 'enterprise-1'), application).map((a) => a.subject)).toEqual([{ applicantId: 'enterprise-1' }]);
    const coordinator = taskReach(actor(['coordinator'], '市发展改革委'), scenario);
    expect(coordinator.at(-1)).toEqual({ stages: ['suspended', 'terminated'] });
    // 市应急管理局 approves resumptions whatever the scenario; an evaluator has nothing to send in the workflow.
    expect(taskReach(actor(['officer'], '市应急管理局'), scenario).at(-1)).toEqual({ stages: ['suspended'] });
    expect(taskReach(actor(['evaluator']), scenario)).toEqual([]);
  });
});

describe('what is the caller’s to do', () => {
  it('drops the standing events, a rejection alone, and the coordinator’s stand-in rights', () => {
    expect(dutiesOf(scenario, ['startCultivation', 'withdraw'], actor(['officer'], '市交通运输委'), subject)).toEqual(['startCultivation']);
    expect(dutiesOf(scenario, ['reject', 'withdraw'], actor(['officer'], '市交通运输委'), subject)).toEqual([]);
    expect(dutiesOf(scenario, ['startCultivation'], actor(['coordinator'], '市发展改革委'), subject)).toEqual([]);
    expect(dutiesOf(scenario, ['grantExemption', 'denyExemption'], actor(['coordinator'], '市发展改革委'), subject)).toEqual(['grantExemption', 'denyExemption']);
  });
});
