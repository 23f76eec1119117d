import { z } from 'zod';
import { canonicalUnitName } from '@scq/taxonomy';
import { bilingualText } from '../opportunities/matchmaking-fields.schema';
import { actsForEveryUnit, sameUnit, type MatchmakingCaller } from '../opportunities/matchmaking-caller.policy';
import { MatchmakingRuleError } from '../opportunities/matchmaking-rule.error';
import {
  EMPLOYMENT_GROUP_CODES,
  EMPLOYMENT_GROUPS,
  EMPLOYMENT_RISK_THRESHOLDS,
  EMPLOYMENT_RULE_NAMES,
  type EmploymentGroup,
  type EmploymentRule,
  type PeriodKind,
} from './employment-risk.data';

/** 市人力社保局: recognised by its unit (any spelling the taxonomy knows); reads the dashboard and every report, and is alerted. */
export const HUMAN_RESOURCES_UNIT = '市人力社保局';

/** `YYYY-MM` (a month) or `YYYY-Qn` (a quarter). */
export const PERIOD_PATTERN = /^(\d{4})-(?:(0[1-9]|1[0-2])|Q([1-4]))$/;

export function periodKindOf(period: string): PeriodKind {
  return period.includes('Q') ? 'quarter' : 'month';
}

/** The first day of the period (YYYY-MM-DD). */
export function periodStart(period: string): string {
  const match = PERIOD_PATTERN.exec(period);
  if (!match) throw new Error(`not a period: ${period}`);
  const month = match[2] ? Number(match[2]) : (Number(match[3]) - 1) * 3 + 1;
  return `${match[1]}-${String(month).padStart(2, '0')}-01`;
}

export const periodSchema = z.string().regex(PERIOD_PATTERN, '期间应为 YYYY-MM（月）或 YYYY-Qn（季度） period must be YYYY-MM (a month) or YYYY-Qn (a quarter)');

const people = (what: string) =>
  z
    .number({ error: `${what}应为整数 ${what} must be a whole number of people` })
    .int(`${what}应为整数 ${what} must be a whole number of people`)
    .min(0, `${what}不能为负 ${what} must not be negative`)
    .max(10_000_000, `${what}过大 ${what} too large`);

export const employmentGroupFiguresSchema = z
  .object({
    group: z.enum(EMPLOYMENT_GROUP_CODES, { error: `群体应为 group must be one of: ${EMPLOYMENT_GROUP_CODES.join(', ')}` }),
    jobsCreated: people('jobsCreated'),
    jobsDisplaced: people('jobsDisplaced'),
    /** The group's workforce the scenario affects (for the displaced share); optional. */
    workforce: people('workforce').optional(),
  })
  .strict()
  .refine((g) => g.workforce === undefined || g.jobsDisplaced <= g.workforce, { message: '替代岗位数不能超过受影响从业人数 jobsDisplaced cannot exceed workforce', path: ['jobsDisplaced'] });
export type EmploymentGroupFigures = z.infer<typeof employmentGroupFiguresSchema>;

export const employmentReportInputSchema = z
  .object({
    groups: z
      .array(employmentGroupFiguresSchema)
      .min(1, '至少填写一个群体 at least one group')
      .max(EMPLOYMENT_GROUP_CODES.length, `最多 ${EMPLOYMENT_GROUP_CODES.length} 个群体 at most ${EMPLOYMENT_GROUP_CODES.length} groups`)
      .superRefine((groups, ctx) => {
        const seen = new Set<string>();
        groups.forEach((g, i) => {
          if (seen.has(g.group)) ctx.addIssue({ code: 'custom', message: `群体重复 group ${g.group} given twice`, path: [i, 'group'] });
          seen.add(g.group);
        });
      }),
    note: bilingualText().optional(),
  })
  .strict();
export type EmploymentReportInput = z.infer<typeof employmentReportInputSchema>;

export interface EmploymentBreach {
  rule: EmploymentRule;
  name: { zh: string; en: string };
  group: EmploymentGroup | null;
  measure: 'people' | 'basis-points';
  value: number;
  threshold: number;
}

export interface EmploymentReport {
  scenarioId: string;
  period: string;
  periodKind: PeriodKind;
  ownerUnit: string;
  groups: EmploymentGroupFigures[];
  jobsCreated: number;
  jobsDisplaced: number;
  breaches: EmploymentBreach[];
  note: { zh?: string; en?: string } | null;
  /** 1 for the first report of the period, bumped by each correction. */
  revision: number;
  reportedBy: string;
  reportedAt: Date;
}

const groupName = (group: EmploymentGroup) => EMPLOYMENT_GROUPS.find((g) => g.group === group)?.name ?? { zh: group, en: group };

/** The rules a period's figures break (integers only: people, and basis points by integer division). */
export function employmentBreaches(groups: readonly EmploymentGroupFigures[], kind: PeriodKind): EmploymentBreach[] {
  const t = EMPLOYMENT_RISK_THRESHOLDS;
  const breaches: EmploymentBreach[] = [];
  const created = groups.reduce((sum, g) => sum + g.jobsCreated, 0);
  const displaced = groups.reduce((sum, g) => sum + g.jobsDisplaced, 0);
  if (displaced - created > t.netDisplaced[kind]) {
    breaches.push({ rule: 'net-displaced', name: { ...EMPLOYMENT_RULE_NAMES['net-displaced'] }, group: null, measure: 'people', value: displaced - created, threshold: t.netDisplaced[kind] });
  }
  for (const g of groups) {
    const name = groupName(g.group);
    const net = g.jobsDisplaced - g.jobsCreated;
    const netMax = t.groupNetDisplaced[g.group][kind];
    if (net > netMax) {
      const rule = EMPLOYMENT_RULE_NAMES['group-net-displaced'];
      breaches.push({ rule: 'group-net-displaced', name: { zh: `${name.zh}${rule.zh}`, en: `${rule.en}: ${name.en}` }, group: g.group, measure: 'people', value: net, threshold: netMax });
    }
    if (g.workforce !== undefined && g.workforce > 0) {
      const shareBp = Math.floor((g.jobsDisplaced * 10_000) / g.workforce);
      const shareMax = t.groupDisplacedShareBp[g.group];
      if (shareBp > shareMax) {
        const rule = EMPLOYMENT_RULE_NAMES['group-displaced-share'];
        breaches.push({ rule: 'group-displaced-share', name: { zh: `${name.zh}${rule.zh}`, en: `${rule.en}: ${name.en}` }, group: g.group, measure: 'basis-points', value: shareBp, threshold: shareMax });
      }
    }
  }
  return breaches;
}

/** The report of a period (a new one, or a correction of the one before: `previous`). Refuses a period that has not begun. */
export function makeEmploymentReport(
  input: EmploymentReportInput,
  context: { scenarioId: string; period: string; ownerUnit: string; today: string; by: string; at: Date; previous: EmploymentReport | null },
): EmploymentReport {
  if (periodStart(context.period) > context.today) {
    throw MatchmakingRuleError.invalid([{ path: 'period', message: `期间尚未开始 the period ${context.period} has not begun (today is ${context.today})` }]);
  }
  const kind = periodKindOf(context.period);
  return {
    scenarioId: context.scenarioId,
    period: context.period,
    periodKind: kind,
    ownerUnit: context.ownerUnit,
    groups: input.groups,
    jobsCreated: input.groups.reduce((sum, g) => sum + g.jobsCreated, 0),
    jobsDisplaced: input.groups.reduce((sum, g) => sum + g.jobsDisplaced, 0),
    breaches: employmentBreaches(input.groups, kind),
    note: input.note ?? null,
    revision: (context.previous?.revision ?? 0) + 1,
    reportedBy: context.by,
    reportedAt: context.at,
  };
}

/** The breaches a report adds to those of the report it corrects (the same rule and group breached again is not new). */
export function newBreaches(report: EmploymentReport, previous: EmploymentReport | null): EmploymentBreach[] {
  const before = new Set((previous?.breaches ?? []).map((b) => `${b.rule}:${b.group ?? ''}`));
  return report.breaches.filter((b) => !before.has(`${b.rule}:${b.group ?? ''}`));
}

export function isHumanResourcesBureau(caller: MatchmakingCaller | null): boolean {
  return caller !== null && caller.roles.includes('officer') && caller.unit !== null && canonicalUnitName(caller.unit) === HUMAN_RESOURCES_UNIT;
}

/** The coordinator, administrators and 市人力社保局 read the dashboard and every scenario's reports. */
export function readsAllEmployment(caller: MatchmakingCaller | null): boolean {
  return actsForEveryUnit(caller) || isHumanResourcesBureau(caller);
}

/** Only officers of the scenario's owner unit report its figures. */
export function requireEmploymentReporter(caller: MatchmakingCaller, ownerUnit: string): void {
  if (caller.roles.includes('officer') && caller.unit !== null && sameUnit(caller.unit, ownerUnit)) return;
  throw new MatchmakingRuleError(
    'forbidden',
    'OUT_OF_SCOPE',
    `无权填报就业指标：仅场景牵头单位（${ownerUnit}）的经办人员可以填报 Not allowed: only officers of the scenario's owner unit (${ownerUnit}) report its employment figures`,
  );
}

export function requireEmploymentReader(caller: MatchmakingCaller, ownerUnit: string): void {
  if (readsAllEmployment(caller)) return;
  if (caller.roles.includes('officer') && caller.unit !== null && sameUnit(caller.unit, ownerUnit)) return;
  throw new MatchmakingRuleError('forbidden', 'OUT_OF_SCOPE', '无权查看：仅牵头单位、统筹协调单位和市人力社保局可以查看 Not allowed: only the owner unit, the coordinator and 市人力社保局 read these figures');
}

export function requireEmploymentDashboardReader(caller: MatchmakingCaller): void {
  if (readsAllEmployment(caller)) return;
  throw new MatchmakingRuleError('forbidden', 'OUT_OF_SCOPE', '无权查看就业风险看板：仅统筹协调单位和市人力社保局可以查看 Not allowed: only the coordinator and 市人力社保局 read the employment-risk dashboard');
}

/** How a scenario stands on the dashboard: a breach, net jobs lost below the thresholds (watch), or none. */
export type EmploymentRiskLevel = 'breach' | 'watch' | 'ok';

export function riskLevelOf(report: Pick<EmploymentReport, 'breaches' | 'jobsCreated' | 'jobsDisplaced'>): EmploymentRiskLevel {
  if (report.breaches.length > 0) return 'breach';
  return report.jobsDisplaced > report.jobsCreated ? 'watch' : 'ok';
}
