import { authorize, type Actor, type AuthorizationSubject } from '@scq/lifecycle-domain';
import { APPLICATION_LIFECYCLE } from './application-lifecycle.machine';
import { SCENARIO_LIFECYCLE } from './scenario-lifecycle.machine';

const actor = (id: string, roles: Actor['roles'], unit: string | null = null): Actor => ({ id, roles, unit, organisation: null, district: null });

const transportOfficer = actor('u-1', ['officer'], '市交通运输委');
const bigDataOfficer = actor('u-2', ['officer'], '市大数据发展局');
const ownerOfficer = actor('u-3', ['officer'], '两江新区');
const emergencyOfficer = actor('u-4', ['officer'], '市应急管理局');
const coordinator = actor('u-5', ['coordinator'], '市发展改革委');
const admin = actor('u-6', ['admin'], null);
const system = actor('scheduler', ['system']);
const applicant = actor('enterprise-1', ['applicant']);
const otherApplicant = actor('enterprise-2', ['applicant']);

const subject: AuthorizationSubject = {
  responsibleUnits: ['市交通运输委', '市经济信息委'],
  ownerUnit: '两江新区',
  applicantId: 'enterprise-1',
  assignedEvaluators: [],
};

describe('authorize', () => {
  it.each([
    ['a responsible unit’s officer advances cultivation', SCENARIO_LIFECYCLE, transportOfficer, 'startCultivation', true],
    ['another unit’s officer may not', SCENARIO_LIFECYCLE, bigDataOfficer, 'startCultivation', false],
    ['the coordinator acts for any unit', SCENARIO_LIFECYCLE, coordinator, 'startPilot', true],
    ['an admin holds no business role here', SCENARIO_LIFECYCLE, admin, 'startPilot', false],
    ['an officer does not list by hand', SCENARIO_LIFECYCLE, transportOfficer, 'list', false],
    ['nor does the coordinator: publishing a batch list lists', SCENARIO_LIFECYCLE, coordinator, 'list', false],
    ['nor opens: publishing an opportunity opens', SCENARIO_LIFECYCLE, coordinator, 'open', false],
    ['nor takes a scenario off a list: a correction does', SCENARIO_LIFECYCLE, coordinator, 'delist', false],
    ['nor matches: an agreement does', SCENARIO_LIFECYCLE, coordinator, 'matchmaking.agreed', false],
    ['the owning unit withdraws', SCENARIO_LIFECYCLE, ownerOfficer, 'withdraw', true],
    ['a responsible unit does not withdraw another’s scenario', SCENARIO_LIFECYCLE, transportOfficer, 'withdraw', false],
    ['emergency management reports an incident', SCENARIO_LIFECYCLE, emergencyOfficer, 'reportIncident', true],
    ['the owner rectifies', SCENARIO_LIFECYCLE, ownerOfficer, 'submitRectification', true],
    ['a responsible unit sends a rectification back', SCENARIO_LIFECYCLE, transportOfficer, 'rejectRectification', true],
    ['a responsible unit does not approve the resumption', SCENARIO_LIFECYCLE, transportOfficer, 'approveResumption', false],
    ['the owner may not approve its own rectification', SCENARIO_LIFECYCLE, ownerOfficer, 'approveResumption', false],
    ['emergency management approves the resumption', SCENARIO_LIFECYCLE, emergencyOfficer, 'approveResumption', true],
    ['the coordinator approves the resumption', SCENARIO_LIFECYCLE, coordinator, 'approveResumption', true],
    ['the coordinator decides exemptions', SCENARIO_LIFECYCLE, coordinator, 'grantExemption', true],
    ['a responsible unit does not', SCENARIO_LIFECYCLE, transportOfficer, 'grantExemption', false],
    ['automation reports gates and deadlines', SCENARIO_LIFECYCLE, system, 'assessment.finalized', true],
    ['people do not forge gates', SCENARIO_LIFECYCLE, coordinator, 'assessment.finalized', false],
    ['the applicant submits', APPLICATION_LIFECYCLE, applicant, 'submit', true],
    ['another applicant may not', APPLICATION_LIFECYCLE, otherApplicant, 'submit', false],
    ['an officer does not submit for the applicant', APPLICATION_LIFECYCLE, transportOfficer, 'submit', false],
    ['a responsible unit screens', APPLICATION_LIFECYCLE, transportOfficer, 'passScreening', true],
    ['an applicant does not approve', APPLICATION_LIFECYCLE, applicant, 'approveByUnit', false],
    ['automation ends the notice period', APPLICATION_LIFECYCLE, system, 'deadline.reached', true],
  ] as const)('%s', (_, definition, who, eventType, allowed) => {
    expect(authorize(definition, who, eventType, subject).allowed).toBe(allowed);
  });

  it('explains a refusal in Chinese and English', () => {
    expect(authorize(APPLICATION_LIFECYCLE, applicant, 'approveByUnit', subject)).toEqual({
      allowed: false,
      reason: '角色 applicant 不能执行 approveByUnit Role applicant may not send approveByUnit',
    });
    expect(authorize(SCENARIO_LIFECYCLE, bigDataOfficer, 'startPilot', subject)).toEqual({
      allowed: false,
      reason: '单位 市大数据发展局 不是责任单位，不能执行 startPilot Unit 市大数据发展局 is not a responsible unit and may not send startPilot',
    });
    expect(authorize(SCENARIO_LIFECYCLE, transportOfficer, 'approveResumption', subject)).toEqual({
      allowed: false,
      reason: '只有统筹协调单位或 市应急管理局 可以执行 approveResumption Only the coordinator or 市应急管理局 may send approveResumption',
    });
    expect(authorize(SCENARIO_LIFECYCLE, coordinator, 'toString', subject)).toEqual({ allowed: false, reason: '事件 toString 未登记权限 No permission is defined for toString' });
  });

  it('allows when any one of the actor’s roles passes its scope', () => {
    expect(authorize(SCENARIO_LIFECYCLE, actor('u-7', ['officer', 'coordinator'], '市大数据发展局'), 'startPilot', subject)).toEqual({ allowed: true });
    expect(authorize(SCENARIO_LIFECYCLE, actor('u-8', [], '市交通运输委'), 'startPilot', subject).allowed).toBe(false);
  });

  it('treats an officer without a unit as outside every unit', () => {
    expect(authorize(SCENARIO_LIFECYCLE, actor('u-9', ['officer']), 'withdraw', { ...subject, ownerUnit: null }).allowed).toBe(false);
    expect(authorize(SCENARIO_LIFECYCLE, actor('u-9', ['officer']), 'startPilot', subject).allowed).toBe(false);
  });
});
