import { employmentBreaches, newBreaches, periodKindOf, periodStart, riskLevelOf, type EmploymentReport } from './employment-report';

describe('就业风险监测 thresholds (integers: people and basis points)', () => {
  it('breaches the net rule only above the threshold of the period kind', () => {
    expect(employmentBreaches([{ group: 'other', jobsCreated: 0, jobsDisplaced: 20 }], 'month').map((b) => b.rule)).toEqual([]);
    expect(employmentBreaches([{ group: 'other', jobsCreated: 0, jobsDisplaced: 21 }], 'month').map((b) => b.rule)).toEqual(['net-displaced']);
    expect(employmentBreaches([{ group: 'other', jobsCreated: 0, jobsDisplaced: 21 }], 'quarter')).toEqual([]);
  });

  it('holds 农民工 to a tighter group bound and measures shares in basis points, rounding down', () => {
    const [breach] = employmentBreaches([{ group: 'migrant-workers', jobsCreated: 2, jobsDisplaced: 13 }], 'month');
    expect(breach).toMatchObject({ rule: 'group-net-displaced', group: 'migrant-workers', value: 11, threshold: 10, measure: 'people' });
    expect(breach.name.zh).toBe('农民工群体净减少岗位数');
    // 5 of 100 = 500 bp: not above 500; 6 of 101 = 594 bp: above.
    expect(employmentBreaches([{ group: 'migrant-workers', jobsCreated: 5, jobsDisplaced: 5, workforce: 100 }], 'month')).toEqual([]);
    expect(employmentBreaches([{ group: 'migrant-workers', jobsCreated: 6, jobsDisplaced: 6, workforce: 101 }], 'month')).toEqual([
      expect.objectContaining({ rule: 'group-displaced-share', measure: 'basis-points', value: 594, threshold: 500 }),
    ]);
  });

  it('reads periods, says what is new after a correction, and ranks risk', () => {
    expect([periodKindOf('2026-03'), periodStart('2026-03'), periodKindOf('2026-Q2'), periodStart('2026-Q2')]).toEqual(['month', '2026-03-01', 'quarter', '2026-04-01']);
    const breaches = employmentBreaches([{ group: 'migrant-workers', jobsCreated: 0, jobsDisplaced: 30 }], 'month');
    const report = { breaches, jobsCreated: 0, jobsDisplaced: 30 } as unknown as EmploymentReport;
    expect(newBreaches(report, null)).toHaveLength(2);
    expect(newBreaches(report, report)).toEqual([]);
    expect([riskLevelOf(report), riskLevelOf({ breaches: [], jobsCreated: 1, jobsDisplaced: 2 }), riskLevelOf({ breaches: [], jobsCreated: 2, jobsDisplaced: 2 })]).toEqual(['breach', 'watch', 'ok']);
  });
});
