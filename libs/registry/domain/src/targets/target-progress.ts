import { planTargets, type AnnualTargets, type SourceQuote, type TaxonomyVersionId } from '@scq/taxonomy';
import { beijingDateOf, yearOfDate } from '@scq/calendar';
import { isEffectiveOpportunity } from '../opportunities/opportunity';
import { hasBeenListed } from './counted-stages';
import { budgetReserveCompliance, type BudgetReserveCompliance } from './budget-reserve-compliance';
import type { OpportunityFact, TargetFacts } from './target-facts';
import { breakdowns, type Breakdowns, type CountedItem } from './taxonomy-breakdown';

export type TargetKey = 'comprehensiveMajorScenarios' | 'matchmakingEvents' | 'scenarioOpportunities' | 'crossRegionalMajorScenarios';

/** Progress against one of the plan's annual targets (each a yearly minimum: 以上). */
export interface TargetMetric extends Breakdowns {
  key: TargetKey;
  zhName: string;
  enName: string;
  /** null when the taxonomy version sets no annual targets (see the report's `targets.note`). */
  target: number | null;
  actual: number;
  /** actual / target × 100, one decimal; null without a target. */
  percent: number | null;
  met: boolean | null;
  countingRule: { zh: string; en: string };
}

export interface TargetProgressReport {
  year: number;
  taxonomyVersion: TaxonomyVersionId;
  /** Beijing date the figures are as of (events dated after it are not counted yet). */
  asOf: string;
  targets: { defined: boolean; note: string; source: SourceQuote | null };
  comprehensiveMajorScenarios: TargetMetric;
  matchmakingEvents: TargetMetric;
  scenarioOpportunities: TargetMetric;
  budgetReserve: BudgetReserveCompliance;
  /** 跨区域综合性重大场景: the comprehensive-major scenarios counted above that are 成渝 joint scenarios (no target of their own). */
  crossRegionalMajorScenarios: TargetMetric;
}

/** The counting rules, as the report states them. */
export const COUNTING_RULES: Record<TargetKey, { zh: string; en: string }> = {
  comprehensiveMajorScenarios: {
    zh: '当年（北京时间）认定通过（或未见认定记录而入清单）的“综合性重大场景”数；仅登记、征集、培育、认定评估中或未通过的不计。以首次认定通过的日期定年份；方面、领域、区县取场景本身（领域按报告所用分类版本对应）。',
    en: 'Comprehensive-major scenarios recognised in the year (Beijing time), or listed when no recognition was reported; scenarios only registered, proposed, in cultivation, being assessed or rejected do not count. The year is that of the first recognition; aspect, domain and district are the scenario’s own (domains mapped to the report’s taxonomy version).',
  },
  matchmakingEvents: {
    zh: '当年已举办的供需对接活动数：活动日期在该年内且不晚于统计日，并已记录对接成果（意向、协议或签约）；仅计划、尚无成果的不计。区县取活动举办地；方面、领域取其推介机会所属场景，一场活动计入其涉及的每个方面、领域（各项之和可能大于总数），未推介机会的计为未归类。',
    en: 'Matchmaking events held in the year: dated within the year, not after the as-of date, with at least one recorded outcome (intent, agreement or contract); planned events and events without an outcome do not count. District is where the event was held; an event counts once under each aspect and domain of the scenarios of the opportunities it presented (so those lines may add up to more than the total), and as unclassified when it presented none.',
  },
  scenarioOpportunities: {
    zh: '当年发布的有效场景机会数：发布日期在该年内且不晚于统计日，所属场景已入清单（入清单、开放运行及其后阶段；从未入清单的不计），且未过期——未撤回、未因到期关闭，仍在发布中的响应截止日不早于统计日（已对接关闭的计入）；方面、领域、区县取其所属场景。',
    en: 'Effective opportunities published in the year: published within the year and not after the as-of date, for a scenario that has been listed (listed, in operation or later; never-listed scenarios do not count), and not expired — not withdrawn, not closed as expired, and, if still published, responses still due on or after the as-of date (those closed as matched count); aspect, domain and district are those of the opportunity’s scenario.',
  },
  crossRegionalMajorScenarios: {
    zh: '按“综合性重大场景”同一口径计数，其中有共同牵头单位属于另一地区（重庆/四川）的成渝联合场景；单列，不设年度目标。',
    en: 'Counted as comprehensive-major scenarios are, those that are 成渝 joint scenarios (a co-owner unit of another region, Chongqing or Sichuan); shown apart, with no annual target of their own.',
  },
};

const NAMES: Record<TargetKey, { zhName: string; enName: string; target: keyof Omit<AnnualTargets, 'source'> | null }> = {
  comprehensiveMajorScenarios: { zhName: '综合性重大场景', enName: 'Comprehensive major scenarios', target: 'comprehensiveMajorScenarios' },
  matchmakingEvents: { zhName: '供需对接活动', enName: 'Supply–demand matchmaking events', target: 'matchmakingEvents' },
  scenarioOpportunities: { zhName: '有效场景机会', enName: 'Effective scenario opportunities', target: 'scenarioOpportunities' },
  crossRegionalMajorScenarios: { zhName: '跨区域综合性重大场景', enName: 'Cross-regional (成渝) comprehensive major scenarios', target: null },
};

/**
 * The year's progress against the plan's annual targets, read from the taxonomy version's data (never
 * constants), with breakdowns and the budget-reserve compliance. Pure: given the rows, the figures.
 */
export function targetProgress(input: { year: number; version: TaxonomyVersionId; today: string; facts: TargetFacts }): TargetProgressReport {
  const { year, version, today, facts } = input;
  const plan = planTargets(version);
  const inYear = (date: string) => yearOfDate(date) === year;

  const scenariosOfYear = facts.scenarios.filter((s) => inYear(beijingDateOf(s.registeredAt)));
  const majors = facts.scenarios
    .filter((s) => s.tier === 'comprehensive-major' && s.recognisedAt !== null && inYear(beijingDateOf(s.recognisedAt)))
    .map((s) => ({ placements: [s], district: s.district, joint: s.joint }));
  const events = facts.events.filter((e) => inYear(e.heldOn) && e.heldOn <= today && e.hasOutcome).map((e) => ({ placements: e.presented, district: e.district }));
  const opportunities = facts.opportunities
    .filter((o) => inYear(o.publishedOn) && o.publishedOn <= today && isEffectiveOpportunity(o) && hasBeenListed(o.scenarioStage) && !hasExpired(o, today))
    .map((o) => ({ placements: [o], district: o.district }));

  const metric = (key: TargetKey, items: CountedItem[]): TargetMetric => {
    const targetName = NAMES[key].target;
    const target = plan.annualTargets && targetName ? plan.annualTargets[targetName] : null;
    return {
      key,
      zhName: NAMES[key].zhName,
      enName: NAMES[key].enName,
      target,
      actual: items.length,
      percent: target ? Math.round((items.length / target) * 1000) / 10 : null,
      met: target === null ? null : items.length >= target,
      countingRule: COUNTING_RULES[key],
      ...breakdowns(version, items),
    };
  };

  return {
    year,
    taxonomyVersion: version,
    asOf: today,
    targets: { defined: plan.annualTargets !== null, note: plan.annualTargetsNote, source: plan.annualTargets?.source ?? null },
    comprehensiveMajorScenarios: metric('comprehensiveMajorScenarios', majors),
    matchmakingEvents: metric('matchmakingEvents', events),
    scenarioOpportunities: metric('scenarioOpportunities', opportunities),
    budgetReserve: budgetReserveCompliance(version, scenariosOfYear),
    crossRegionalMajorScenarios: metric('crossRegionalMajorScenarios', majors.filter((s) => s.joint)),
  };
}

/** Closed as expired, or still published past its response date (a matched one stays counted). */
function hasExpired(opportunity: OpportunityFact, today: string): boolean {
  if (opportunity.closeReason === 'expired') return true;
  return opportunity.closeReason === null && opportunity.respondBy < today;
}
