import { z } from 'zod';
import { canonicalDistrictName, findDistrict } from '@scq/identity';
import { findDomain, findRegionalUnit, isCrossRegional, isTaxonomyVersionId, planTargets, taxonomyVersions, type TaxonomyVersionId } from '@scq/taxonomy';
import { budgetFen } from './money';

const text = () => z.string({ error: (issue) => (issue.input === undefined ? '必填 required' : '必须是文本 must be text') });
const trimmed = (max: number) => text().trim().min(1, '不能为空 must not be empty').max(max, `最多 ${max} 个字符 at most ${max} characters`);

/** The taxonomy version a registration is filed under when it names none. */
export const DEFAULT_TAXONOMY_VERSION = '2025-draft';

/** Who owns (proposes and opens) a scenario: 市级部门, 区县, 市属国企, 企业, 高校/科研院所. */
export const OWNER_TYPES = ['municipal-department', 'district', 'municipal-soe', 'enterprise', 'university-institute'] as const;
/** 综合性重大 / 行业集成式 / 高价值小切口 (codes of the taxonomy's scenario tiers). */
export const SCENARIO_TIERS = ['comprehensive-major', 'industry-integrated', 'high-value-niche'] as const;
/** Where the money comes from; a government investment project reserves a share for new scenarios. */
export const FUNDING_SOURCES = ['government-investment', 'fiscal-fund', 'soe-own', 'social-capital', 'mixed'] as const;

const contact = z
  .object({
    name: trimmed(50),
    role: trimmed(50).optional(),
    phone: text().regex(/^[0-9+\-() ]{5,20}$/, '电话格式无效 invalid phone number').optional(),
    email: text().email('邮箱格式无效 invalid email').optional(),
  })
  .strict()
  .refine((c) => c.phone || c.email, { message: '请至少留一种联系方式 give a phone or an email', path: ['phone'] });

/** What a unit files to register a scenario. Field errors name the field in Chinese and English. */
export const scenarioRegistrationSchema = z
  .object({
    title: z.object({ zh: trimmed(200), en: trimmed(300).optional() }).strict(),
    description: z.object({ zh: trimmed(10_000).optional(), en: trimmed(20_000).optional() }).strict().optional(),
    domainCode: text().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, '领域代码格式无效 domainCode must be a kebab-case code, e.g. artificial-intelligence'),
    ownerUnit: trimmed(100),
    ownerType: z.enum(OWNER_TYPES, { error: `所属单位类型应为 ownerType must be one of: ${OWNER_TYPES.join(', ')}` }),
    tier: z.enum(SCENARIO_TIERS, { error: `场景层级应为 tier must be one of: ${SCENARIO_TIERS.join(', ')}` }),
    district: trimmed(50).optional(),
    taxonomyVersion: text()
      .refine(isTaxonomyVersionId, `未知的分类版本 unknown taxonomy version; one of: ${taxonomyVersions().join(', ')}`)
      .default(DEFAULT_TAXONOMY_VERSION),
    budget: z
      .object({
        totalFen: budgetFen(),
        fundingSource: z.enum(FUNDING_SOURCES, { error: `资金来源应为 fundingSource must be one of: ${FUNDING_SOURCES.join(', ')}` }),
        newScenarioReserveFen: budgetFen().optional(),
      })
      .strict()
      .optional(),
    sandbox: z.object({ needed: z.boolean(), reason: trimmed(2000).optional() }).strict().optional(),
    tags: z.array(trimmed(30)).max(20, '最多 20 个标签 at most 20 tags').default([]),
    contacts: z.array(contact).max(10, '最多 10 位联系人 at most 10 contacts').default([]),
    /** 共同牵头单位: units of Chongqing or Sichuan (by code, name or alias), stored by their Chinese names. */
    coOwnerUnits: z.array(trimmed(100)).max(10, '最多 10 个共同牵头单位 at most 10 co-owner units').default([]),
  })
  .strict()
  .superRefine((r, context) => {
    r.coOwnerUnits.forEach((unit, index) => {
      if (!findRegionalUnit(unit)) {
        context.addIssue({ code: 'custom', path: ['coOwnerUnits', index], message: `未知单位「${unit}」，请从 GET /api/taxonomy/co-owner-units 中选择 Unknown unit "${unit}": pick one of GET /api/taxonomy/co-owner-units` });
      }
    });
    // A scenario is filed under a version of the taxonomy and keeps it; its domain must exist in that version.
    if (isTaxonomyVersionId(r.taxonomyVersion) && !findDomain(r.taxonomyVersion, r.domainCode)) {
      context.addIssue({ code: 'custom', path: ['domainCode'], message: `分类版本 ${r.taxonomyVersion} 中没有领域 ${r.domainCode} No domain ${r.domainCode} in taxonomy ${r.taxonomyVersion}` });
    }
    if (r.district && !findDistrict(r.district)) {
      context.addIssue({ code: 'custom', path: ['district'], message: `未知区县「${r.district}」，请从 GET /api/directory/districts 中选择 Unknown district "${r.district}": pick one of GET /api/directory/districts` });
    }
    if (r.ownerType === 'district' && !r.district) context.addIssue({ code: 'custom', path: ['district'], message: '区县所属场景须填写区县 a district-owned scenario names its district' });
    if (r.budget?.fundingSource === 'government-investment' && r.budget.newScenarioReserveFen === undefined) {
      context.addIssue({ code: 'custom', path: ['budget', 'newScenarioReserveFen'], message: '政府投资项目须填写新场景预留预算 a government investment project states its new-scenario reserve' });
    }
    if (r.budget?.newScenarioReserveFen !== undefined && r.budget.newScenarioReserveFen > r.budget.totalFen) {
      context.addIssue({ code: 'custom', path: ['budget', 'newScenarioReserveFen'], message: '预留不能超过总预算 the reserve cannot exceed the total budget' });
    }
    if (r.sandbox?.needed && !r.sandbox.reason) context.addIssue({ code: 'custom', path: ['sandbox', 'reason'], message: '需要沙盒监管时请说明理由 say why the sandbox is needed' });
  });

export type ScenarioRegistration = z.infer<typeof scenarioRegistrationSchema>;

/** The registration with its district under the directory's name (重庆市渝中区 → 渝中区), as scenarios are stored and filtered. */
export function withCanonicalDistrict<T extends { district?: string | null }>(registration: T): T {
  return registration.district ? { ...registration, district: canonicalDistrictName(registration.district) } : registration;
}

/** Co-owner units by their Chinese names, each once, never the owner unit itself. */
export function canonicalCoOwners(ownerUnit: string, coOwnerUnits: readonly string[]): string[] {
  const owner = findRegionalUnit(ownerUnit)?.zhName ?? ownerUnit.trim();
  const names = coOwnerUnits.map((unit) => findRegionalUnit(unit)?.zhName ?? unit.trim());
  return [...new Set(names)].filter((name) => name !== owner);
}

/** 成渝 joint scenario (跨区域): some co-owner unit is of another region (重庆 / 四川) than the owner unit. */
export function isJointScenario(scenario: Pick<ScenarioRegistration, 'ownerUnit' | 'coOwnerUnits'>): boolean {
  return isCrossRegional(scenario.ownerUnit, scenario.coOwnerUnits);
}

export interface Scenario extends ScenarioRegistration {
  id: string;
  /** The aspect (方面) of the scenario's domain in its taxonomy version. */
  aspectCode: string;
  /** The lifecycle stage, as last reported by the workflow; null until the workflow has started it. */
  stage: string | null;
  /** The workflow's history sequence of that stage: older or repeated reports never overwrite newer ones. */
  stageSequence: number | null;
  stageChangedAt: Date | null;
  registeredAt: Date;
  /** The user id of who registered it; null for scenarios registered before registration needed sign-in. */
  registeredBy: string | null;
  /** True when the coordinator or an admin registered it for a unit they do not belong to. */
  registeredOnBehalf: boolean;
  /** 1 at registration, bumped by every change of the profile (`GET /api/scenarios/{id}/revisions`). */
  profileRevision: number;
}

export interface BudgetReserve {
  /** The reserved share of the total budget (0…1); null without a budget or a reserve. */
  share: number | null;
  /** The plan's minimum share for government investment projects (政府投资项目预留不低于5%). */
  minimumShare: number | null;
  /** True when a government investment project reserves less than the minimum: flagged for the coordinator. */
  belowMinimum: boolean;
}

/** The budget-reserve check of the plan, with the minimum read from the taxonomy's plan facts (never a constant). */
export function budgetReserve(registration: Pick<ScenarioRegistration, 'budget' | 'taxonomyVersion'>): BudgetReserve {
  const minimumShare = reserveMinimum(registration.taxonomyVersion);
  const budget = registration.budget;
  const share = budget && budget.newScenarioReserveFen !== undefined && budget.totalFen > 0 ? budget.newScenarioReserveFen / budget.totalFen : null;
  const belowMinimum = budget?.fundingSource === 'government-investment' && minimumShare !== null && (share ?? 0) < minimumShare;
  return { share, minimumShare, belowMinimum };
}

/** The version's own minimum, or (for the draft, which sets none) the newest version that does. */
function reserveMinimum(version: string): number | null {
  const own = isTaxonomyVersionId(version) ? planTargets(version).budgetReserveMinShare : null;
  if (own !== null) return own;
  const versions = [...taxonomyVersions()].reverse() as TaxonomyVersionId[];
  for (const v of versions) {
    const share = planTargets(v).budgetReserveMinShare;
    if (share !== null) return share;
  }
  return null;
}
