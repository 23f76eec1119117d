import { consortiumIncludes, consortiumMembershipBreach, organisationKey, type ConsortiumMember } from './consortium';

const lead: ConsortiumMember = { organisation: '重庆大学', kind: 'university', role: 'lead', contribution: '算法与评测' };
const member = (organisation: string, kind: ConsortiumMember['kind'] = 'enterprise'): ConsortiumMember => ({ organisation, kind, role: 'member', contribution: '整车与运营' });

describe('consortium membership rules', () => {
  it('accepts a lead that is the caller’s organisation and distinct members', () => {
    expect(consortiumMembershipBreach([lead, member('长安汽车'), member('中国汽研', 'research-institute')], '重庆大学', true)).toBeNull();
  });

  it('needs at least two organisations', () => {
    expect(consortiumMembershipBreach([lead], '重庆大学', true)).toMatchObject({ code: 'TOO_FEW_MEMBERS' });
  });

  it('needs exactly one lead', () => {
    expect(consortiumMembershipBreach([member('重庆大学'), member('长安汽车')], '重庆大学', true)).toMatchObject({ code: 'LEAD_NOT_ONCE', field: 'members' });
    expect(consortiumMembershipBreach([lead, { ...member('长安汽车'), role: 'lead' }], '重庆大学', true)).toMatchObject({ code: 'LEAD_NOT_ONCE', field: 'members.1.role' });
  });

  it('makes the caller’s organisation the lead, and keeps the lead once recorded', () => {
    expect(consortiumMembershipBreach([lead, member('长安汽车')], '长安汽车', true)).toMatchObject({ code: 'LEAD_NOT_CALLER', field: 'members.0.organisation' });
    expect(consortiumMembershipBreach([lead, member('长安汽车')], '长安汽车', false)).toMatchObject({ code: 'LEAD_CHANGED' });
    expect(consortiumMembershipBreach([{ ...lead, organisation: ' 重庆大学 ' }, member('长安汽车')], '重庆大学', false)).toBeNull();
  });

  it('refuses an organisation listed twice, however spaced or cased', () => {
    const breach = consortiumMembershipBreach([lead, member('Changan  Auto'), member('changan auto')], '重庆大学', true);
    expect(breach).toMatchObject({ code: 'DUPLICATE_MEMBER', field: 'members.2.organisation' });
    expect(breach?.message).toMatch(/重复.*listed twice/);
    expect(consortiumMembershipBreach([lead, member('重庆大学')], '重庆大学', true)).toMatchObject({ code: 'DUPLICATE_MEMBER', field: 'members.1.organisation' });
  });

  it('compares organisations by one key', () => {
    expect(organisationKey('  Chongqing   University ')).toBe('chongqing university');
    expect(consortiumIncludes([lead, member('长安汽车')], ' 长安汽车')).toBe(true);
    expect(consortiumIncludes([lead], null)).toBe(false);
  });
});
