import { planTargets, taxonomyVersions, type SourceQuote, type TaxonomyVersionId } from '@scq/taxonomy';
import { budgetReserve } from '../scenario-registration';
import type { ScenarioFact } from './target-facts';

/** 政府投资项目预留不低于5%的预算用于新场景建设: how the year's government-investment scenarios comply. */
export interface BudgetReserveCompliance {
  /** The plan's minimum share (0…1) from the taxonomy data; null when no version sets one. */
  minimumShare: number | null;
  /** The version the minimum comes from (the report's own, or the newest version that sets one). */
  minimumShareVersion: TaxonomyVersionId | null;
  source: SourceQuote | null;
  rule: { zh: string; en: string };
  governmentInvestmentScenarios: number;
  compliant: number;
  nonCompliant: number;
  /** compliant / governmentInvestmentScenarios (0…1, four decimals); null when there are none. */
  complianceRate: number | null;
  nonCompliantScenarioIds: string[];
}

const RULE = {
  zh: '当年登记、资金来源为政府投资的场景中，新场景预留预算占总预算的比例不低于规划最低比例的为合规（与场景详情中的预留检查一致，按场景登记时的分类版本判断）。',
  en: "Of the year's scenarios funded by government investment, those whose new-scenario reserve is at least the plan's minimum share of the total budget comply (the same check the scenario API shows, under the taxonomy version the scenario was filed under).",
};

/** The minimum of a version, or (for a version that sets none, like the draft) of the newest version that does. */
export function reserveMinimumOf(version: TaxonomyVersionId): { share: number; version: TaxonomyVersionId; source: SourceQuote | null } | null {
  for (const candidate of [version, ...[...taxonomyVersions()].reverse()] as TaxonomyVersionId[]) {
    const plan = planTargets(candidate);
    if (plan.budgetReserveMinShare !== null) return { share: plan.budgetReserveMinShare, version: candidate, source: plan.budgetReserveSource };
  }
  return null;
}

/** Scenarios must already be the year's; only those funded by government investment are judged. */
export function budgetReserveCompliance(version: TaxonomyVersionId, scenarios: readonly ScenarioFact[]): BudgetReserveCompliance {
  const minimum = reserveMinimumOf(version);
  const judged = scenarios
    .filter((s) => s.fundingSource === 'government-investment')
    .sort((a, b) => a.registeredAt.getTime() - b.registeredAt.getTime() || (a.id < b.id ? -1 : 1));
  const nonCompliantScenarioIds = judged
    .filter(
      (s) =>
        budgetReserve({
          taxonomyVersion: s.taxonomyVersion as TaxonomyVersionId,
          budget: {
            totalFen: s.budgetTotalFen ?? 0,
            fundingSource: 'government-investment',
            ...(s.newScenarioReserveFen !== null ? { newScenarioReserveFen: s.newScenarioReserveFen } : {}),
          },
        }).belowMinimum,
    )
    .map((s) => s.id);
  const total = judged.length;
  const compliant = total - nonCompliantScenarioIds.length;
  return {
    minimumShare: minimum?.share ?? null,
    minimumShareVersion: minimum?.version ?? null,
    source: minimum?.source ?? null,
    rule: RULE,
    governmentInvestmentScenarios: total,
    compliant,
    nonCompliant: nonCompliantScenarioIds.length,
    complianceRate: total > 0 && minimum ? Math.round((compliant / total) * 10_000) / 10_000 : null,
    nonCompliantScenarioIds,
  };
}
