import { beijingDateOf, shanghaiYear } from '@scq/calendar';
import { actsForUnit, normaliseUnit, requireUnitAuthority, requireWriterRole, sameUnit } from './matchmaking-caller.policy';
import { MatchmakingRuleError } from './matchmaking-rule.error';

describe('who may act for a unit', () => {
  it('knows a unit by code, alias or Chinese name; other units as written', () => {
    expect(normaliseUnit('development-reform-commission')).toBe('市发展改革委');
    expect(normaliseUnit('市发改委')).toBe('市发展改革委');
    expect(normaliseUnit(' 两江新区 ')).toBe('两江新区');
    expect(sameUnit('urban-management-bureau', '市城市管理局')).toBe(true);
    expect(sameUnit('两江新区', '渝中区')).toBe(false);
  });

  it('lets officers act for their own unit, the coordinator and admins for all, nobody else', () => {
    expect(actsForUnit({ id: 'a', roles: ['officer'], unit: '两江新区' }, '两江新区')).toBe(true);
    expect(actsForUnit({ id: 'a', roles: ['officer'], unit: '渝中区' }, '两江新区')).toBe(false);
    expect(actsForUnit({ id: 'a', roles: ['applicant'], unit: '两江新区' }, '两江新区')).toBe(false);
    expect(actsForUnit({ id: 'a', roles: ['officer'], unit: null }, '两江新区')).toBe(false);
    expect(actsForUnit({ id: 'c', roles: ['coordinator'], unit: null }, '两江新区')).toBe(true);
    expect(actsForUnit({ id: 'x', roles: ['admin'], unit: null }, '两江新区')).toBe(true);
    expect(actsForUnit(null, '两江新区')).toBe(false);
    expect(() => requireUnitAuthority({ id: 'a', roles: ['officer'], unit: '渝中区' }, '两江新区', { zh: '发布', en: 'publish' })).toThrow(MatchmakingRuleError);
    expect(() => requireWriterRole({ id: 'e', roles: ['evaluator'], unit: null })).toThrow(MatchmakingRuleError);
    expect(() => requireWriterRole({ id: 'o', roles: ['officer'], unit: null })).not.toThrow();
  });
});

describe('the Beijing calendar', () => {
  it('dates instants in UTC+8 and bounds a year in instants', () => {
    expect(beijingDateOf(new Date('2025-12-31T16:00:00Z'))).toBe('2026-01-01');
    expect(beijingDateOf(new Date('2025-12-31T15:59:59Z'))).toBe('2025-12-31');
    const year = shanghaiYear(2026);
    expect(year).toMatchObject({ firstDate: '2026-01-01', lastDate: '2026-12-31' });
    expect(year.from.toISOString()).toBe('2025-12-31T16:00:00.000Z');
    expect(year.to.toISOString()).toBe('2026-12-31T16:00:00.000Z');
  });
});
