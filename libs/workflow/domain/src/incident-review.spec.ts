import { findUnit } from '@scq/taxonomy';
import { EMERGENCY_MANAGEMENT_UNIT, resumptionRefusal, type IncidentHistoryEntry } from './incident-review';

const row = (type: string, unit: string | null, id = `user-${unit ?? 'none'}`): IncidentHistoryEntry => ({ event: { type }, actor: { id, unit } });

describe('resumptionRefusal (separation of duties after an incident)', () => {
  const incident = [row('start', null, 'system'), row('reportIncident', '市应急管理局'), row('startRectification', '两江新区'), row('submitRectification', '两江新区')];

  it('spells 市应急管理局 as the taxonomy does', () => {
    expect(findUnit('2026-final', 'emergency-management-bureau')?.zhName).toBe(EMERGENCY_MANAGEMENT_UNIT);
  });

  it('refuses the unit that reported the incident and names who may approve instead', () => {
    expect(resumptionRefusal(incident, { id: 'u-9', unit: '市应急管理局' })).toBe(
      '报告或整改该安全事件的单位 市应急管理局 不能批准恢复，须由 市发展改革委 批准 市应急管理局 reported or rectified this incident and may not approve the resumption; 市发展改革委 must approve it',
    );
  });

  it('refuses the unit that rectified it', () => {
    expect(resumptionRefusal(incident, { id: 'u-3', unit: '两江新区' })).toContain('市发展改革委');
  });

  it('lets an uninvolved reviewer approve', () => {
    expect(resumptionRefusal(incident, { id: 'u-5', unit: '市发展改革委' })).toBeNull();
  });

  it('reads only the current incident: a unit involved in an earlier one may approve this one', () => {
    const second = [...incident, row('approveResumption', '市发展改革委'), row('reportIncident', '市交通运输委'), row('startRectification', '市交通运输委')];
    expect(resumptionRefusal(second, { id: 'u-4', unit: '市应急管理局' })).toBeNull();
    expect(resumptionRefusal(second, { id: 'u-1', unit: '市交通运输委' })).toContain('市发展改革委 或 市应急管理局');
  });

  it('matches a person without a unit by id', () => {
    const reportedByNobody = [row('reportIncident', null, 'coordinator-x')];
    expect(resumptionRefusal(reportedByNobody, { id: 'coordinator-x', unit: null })).not.toBeNull();
    expect(resumptionRefusal(reportedByNobody, { id: 'coordinator-y', unit: null })).toBeNull();
  });

  it('has nothing to refuse without an incident', () => {
    expect(resumptionRefusal([row('start', null, 'system')], { id: 'u-1', unit: '市交通运输委' })).toBeNull();
  });
});
