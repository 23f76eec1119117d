import { findRegionalUnit, isCrossRegional, regionalUnits, regionOfUnit } from './regional-units.query';
import { units } from './responsibility.query';

describe('成渝 units and regions', () => {
  it('gives every unit a region, Chongqing for the plan’s units and Sichuan for the co-owners listed apart', () => {
    expect(units('2026-final').every((unit) => unit.region === '重庆')).toBe(true);
    expect(regionalUnits().filter((unit) => unit.region === '四川').length).toBeGreaterThanOrEqual(5);
    expect(new Set(regionalUnits().map((unit) => unit.code)).size).toBe(regionalUnits().length);
  });

  it('finds a unit by code, short name, full name or alias; an unknown one (a district) is Chongqing’s', () => {
    expect(findRegionalUnit('成都市发展和改革委员会')?.zhName).toBe('成都市发改委');
    expect(findRegionalUnit('四川省经信厅')?.region).toBe('四川');
    expect(regionOfUnit('两江新区')).toBe('重庆');
  });

  it('is cross-regional only with a co-owner of the other region', () => {
    expect(isCrossRegional('市交通运输委', ['市经信委'])).toBe(false);
    expect(isCrossRegional('市交通运输委', ['市经信委', '四川省交通运输厅'])).toBe(true);
    expect(isCrossRegional('四川省交通运输厅', ['成都市交通运输局'])).toBe(false);
    expect(isCrossRegional('市交通运输委', [])).toBe(false);
  });
});
