/**
 * 就业风险监测 as data. The plan ((十一) 健全管理制度, seed 000): "加强就业风险监测评估和防范应对，着力减少对农民工等群体就业
 * 冲击" (责任单位 市人力社保局 among others). It names 农民工 and leaves "等群体" open; the other groups are the key groups of
 * employment policy (就业重点群体) a scenario may displace, and `other` keeps everybody else counted.
 */
export const EMPLOYMENT_GROUPS = [
  { group: 'migrant-workers', name: { zh: '农民工', en: 'Migrant workers' } },
  { group: 'college-graduates', name: { zh: '高校毕业生', en: 'College graduates' } },
  { group: 'hard-to-employ', name: { zh: '就业困难人员', en: 'People with difficulty finding work' } },
  { group: 'veterans', name: { zh: '退役军人', en: 'Veterans' } },
  { group: 'other', name: { zh: '其他群体', en: 'Other workers' } },
] as const;
export type EmploymentGroup = (typeof EMPLOYMENT_GROUPS)[number]['group'];
export const EMPLOYMENT_GROUP_CODES = EMPLOYMENT_GROUPS.map((g) => g.group) as [EmploymentGroup, ...EmploymentGroup[]];

export type PeriodKind = 'month' | 'quarter';

/**
 * The thresholds, as data; integers only (people, and shares in basis points: 1 % = 100). A report breaches a rule when
 * its value is ABOVE the threshold.
 *
 * - `net-displaced`: jobs displaced minus jobs created, all groups together, in the period (per month or per quarter);
 * - `group-net-displaced`: the same for one group (the plan's 农民工 first: a tighter bound);
 * - `group-displaced-share`: jobs displaced in a group as a share of that group's affected workforce (when the report
 *   gives the workforce), in basis points.
 */
export const EMPLOYMENT_RISK_THRESHOLDS = {
  netDisplaced: { month: 20, quarter: 50 } satisfies Record<PeriodKind, number>,
  groupNetDisplaced: {
    'migrant-workers': { month: 10, quarter: 25 },
    'college-graduates': { month: 20, quarter: 50 },
    'hard-to-employ': { month: 5, quarter: 12 },
    veterans: { month: 10, quarter: 25 },
    other: { month: 30, quarter: 80 },
  } satisfies Record<EmploymentGroup, Record<PeriodKind, number>>,
  groupDisplacedShareBp: {
    'migrant-workers': 500,
    'college-graduates': 1000,
    'hard-to-employ': 300,
    veterans: 1000,
    other: 1500,
  } satisfies Record<EmploymentGroup, number>,
} as const;

export const EMPLOYMENT_RULE_NAMES = {
  'net-displaced': { zh: '净减少岗位数', en: 'Net jobs displaced' },
  'group-net-displaced': { zh: '群体净减少岗位数', en: 'Net jobs displaced in a group' },
  'group-displaced-share': { zh: '群体岗位替代比例', en: 'Share of a group’s jobs displaced' },
} as const;
export type EmploymentRule = keyof typeof EMPLOYMENT_RULE_NAMES;
