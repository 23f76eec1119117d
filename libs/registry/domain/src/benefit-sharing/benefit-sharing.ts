import { z } from 'zod';
import { calendarDate, trimmed } from '../opportunities/matchmaking-fields.schema';
import { sameUnit, type MatchmakingCaller } from '../opportunities/matchmaking-caller.policy';
import { MatchmakingRuleError } from '../opportunities/matchmaking-rule.error';

/**
 * 收益分享 (seed 000 (十一): 推动完善场景认定标准、价值评估、收益分享等规则). After a successful pilot the scenario's owner
 * unit records how the benefit is shared: the parties, each with a role and a share, the basis, the dates it is in
 * force. Shares are integer basis points (10000 = 100 %, never a float) and must add up to exactly 10000. An amendment
 * is a new version; the old versions are kept, and only the latest is current.
 */
export const BASIS_POINTS_WHOLE = 10_000;

export const BENEFIT_PARTY_ROLES = ['scenario-owner', 'supplier', 'operator', 'investor', 'research-partner', 'other'] as const;
export type BenefitPartyRole = (typeof BENEFIT_PARTY_ROLES)[number];
export const BENEFIT_PARTY_ROLE_NAMES: Record<BenefitPartyRole, { zh: string; en: string }> = {
  'scenario-owner': { zh: '场景牵头单位', en: 'Scenario owner' },
  supplier: { zh: '技术供给方', en: 'Technology supplier' },
  operator: { zh: '运营方', en: 'Operator' },
  investor: { zh: '投资方', en: 'Investor' },
  'research-partner': { zh: '科研合作方', en: 'Research partner' },
  other: { zh: '其他', en: 'Other' },
};

export const MAX_BENEFIT_PARTIES = 20;

/** `12.5%` from 1250 basis points, exactly (integer arithmetic). */
export function formatBasisPoints(points: number): string {
  const whole = Math.trunc(points / 100);
  const rest = Math.abs(points % 100);
  return rest === 0 ? `${whole}%` : `${whole}.${String(rest).padStart(2, '0').replace(/0$/, '')}%`;
}

const party = z
  .object({
    /** An organisation or unit, as the agreement names it. */
    name: trimmed(200),
    role: z.enum(BENEFIT_PARTY_ROLES, { error: `角色应为 role must be one of: ${BENEFIT_PARTY_ROLES.join(', ')}` }),
    shareBasisPoints: z
      .number({ error: '份额应为整数基点 shareBasisPoints must be a whole number of basis points (10000 = 100%)' })
      .int('份额应为整数基点，不能有小数 shareBasisPoints must be a whole number of basis points (10000 = 100%), no fractions')
      .min(1, '份额应大于 0 shareBasisPoints must be more than 0')
      .max(BASIS_POINTS_WHOLE, '份额不能超过 10000（100%） shareBasisPoints at most 10000 (100%)'),
  })
  .strict();
export type BenefitParty = z.infer<typeof party>;

export const benefitSharingInputSchema = z
  .object({
    parties: z
      .array(party, { error: '参与方应为列表 parties must be a list' })
      .min(2, '收益分享至少两方 parties: at least two')
      .max(MAX_BENEFIT_PARTIES, `参与方最多 ${MAX_BENEFIT_PARTIES} 个 parties: at most ${MAX_BENEFIT_PARTIES}`),
    /** 分享依据: what the shares rest on (contribution, investment, the agreement's clauses). */
    basis: trimmed(5000),
    effectiveFrom: calendarDate(),
    effectiveTo: calendarDate().optional(),
    /** The current version this one amends; absent for the first agreement. */
    amends: z.number({ error: 'amends 应为版本号 must be a version number' }).int().min(1).optional(),
    /** Why the agreement is amended (required with `amends`). */
    amendmentReason: trimmed(2000).optional(),
  })
  .strict()
  .superRefine((input, ctx) => {
    const total = input.parties.reduce((sum, p) => sum + p.shareBasisPoints, 0);
    if (input.parties.length >= 2 && total !== BASIS_POINTS_WHOLE) {
      ctx.addIssue({
        code: 'custom',
        path: ['parties'],
        message: `各方份额合计应为 100%（10000 基点），现为 ${formatBasisPoints(total)}（${total} 基点） the shares must add up to exactly 100% (10000 basis points); they add up to ${formatBasisPoints(total)} (${total})`,
      });
    }
    const names = new Set<string>();
    input.parties.forEach((p, i) => {
      const key = p.name.replace(/\s+/g, '').toLowerCase();
      if (names.has(key)) ctx.addIssue({ code: 'custom', path: ['parties', i, 'name'], message: '参与方重复 this party is listed twice' });
      names.add(key);
    });
    if (input.effectiveTo !== undefined && input.effectiveTo < input.effectiveFrom) {
      ctx.addIssue({ code: 'custom', path: ['effectiveTo'], message: '终止日期不能早于生效日期 effectiveTo cannot be before effectiveFrom' });
    }
    if (input.amends !== undefined && input.amendmentReason === undefined) {
      ctx.addIssue({ code: 'custom', path: ['amendmentReason'], message: '修订须说明理由 an amendment needs its reason' });
    }
    if (input.amends === undefined && input.amendmentReason !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['amends'], message: '修订须注明所修订的版本 an amendment names the version it amends' });
    }
  });
export type BenefitSharingInput = z.infer<typeof benefitSharingInputSchema>;

/** An assessment's outcome as the registry heard it from `evaluation.assessment.finalized`. */
export interface AssessmentOutcome {
  assessmentId: string;
  scenarioId: string;
  purpose: 'recognition' | 'effectiveness';
  passed: boolean;
  explanation: string;
  finalizedAt: Date;
}

export interface BenefitSharingAgreement {
  id: string;
  scenarioId: string;
  version: number;
  ownerUnit: string;
  parties: BenefitParty[];
  basis: string;
  effectiveFrom: string;
  effectiveTo: string | null;
  /** The passed 成效评估 (effectiveness assessment) of the pilot it follows. */
  pilotAssessmentId: string;
  /** The passed 认定评估 whose rubrics include 场景价值评估 (value assessment). */
  valueAssessmentId: string;
  amendmentReason: string | null;
  createdBy: string;
  createdAt: Date;
}

/** Stages after a successful pilot: the effectiveness assessment passed (推广), or the scenario scaled (规模化应用). */
export const AFTER_SUCCESSFUL_PILOT = ['operating.scaling', 'scaled'] as const;

export interface BenefitSharingBasis {
  stage: string | null;
  pilot: AssessmentOutcome | null;
  value: AssessmentOutcome | null;
}

/** The latest outcome of each purpose, if it passed. */
export function basisOf(stage: string | null, outcomes: readonly AssessmentOutcome[]): BenefitSharingBasis {
  const latest = (purpose: AssessmentOutcome['purpose']) =>
    [...outcomes].filter((o) => o.purpose === purpose).sort((a, b) => a.finalizedAt.getTime() - b.finalizedAt.getTime()).at(-1) ?? null;
  const passed = (o: AssessmentOutcome | null) => (o && o.passed ? o : null);
  return { stage, pilot: passed(latest('effectiveness')), value: passed(latest('recognition')) };
}

/** Why an agreement cannot be made yet (empty: it can). */
export function benefitSharingRefusals(basis: BenefitSharingBasis): Array<{ code: string; zh: string; en: string }> {
  const refusals: Array<{ code: string; zh: string; en: string }> = [];
  const afterPilot = basis.stage !== null && (AFTER_SUCCESSFUL_PILOT as readonly string[]).includes(basis.stage);
  if (!afterPilot || !basis.pilot) {
    refusals.push({
      code: 'NO_SUCCESSFUL_PILOT',
      zh: `试点尚未通过成效评估（当前阶段：${basis.stage ?? '未启动'}${basis.pilot ? '' : '，未收到通过的成效评估'}），不能登记收益分享`,
      en: `The pilot has not passed its effectiveness assessment (stage: ${basis.stage ?? 'not started'}${basis.pilot ? '' : '; no passed effectiveness assessment received'}): no benefit sharing yet`,
    });
  }
  if (!basis.value) {
    refusals.push({
      code: 'NO_VALUE_ASSESSMENT',
      zh: '该场景没有已完成并通过的价值评估（认定评估含场景价值评估），不能登记收益分享',
      en: 'The scenario has no completed, passed value assessment (the recognition assessment scores 场景价值评估): no benefit sharing yet',
    });
  }
  return refusals;
}

/** The next version: the first (nothing current, no `amends`) or an amendment of the current one. */
export function nextAgreement(
  input: BenefitSharingInput,
  current: BenefitSharingAgreement | null,
  basis: BenefitSharingBasis,
  context: { id: string; scenarioId: string; ownerUnit: string; by: string; at: Date },
): BenefitSharingAgreement {
  const refusals = benefitSharingRefusals(basis);
  if (refusals.length > 0 || !basis.pilot || !basis.value) {
    const first = refusals[0] ?? { code: 'NO_SUCCESSFUL_PILOT', zh: '', en: '' };
    throw new MatchmakingRuleError('conflict', first.code, refusals.map((r) => `${r.zh} ${r.en}`).join('; '));
  }
  if (current === null && input.amends !== undefined) {
    throw new MatchmakingRuleError('conflict', 'AGREEMENT_VERSION', `尚无收益分享协议可修订 There is no agreement to amend (amends ${input.amends})`);
  }
  if (current !== null && input.amends !== current.version) {
    throw new MatchmakingRuleError(
      'conflict',
      'AGREEMENT_VERSION',
      `当前版本为第 ${current.version} 版：修订须注明 amends = ${current.version} The current agreement is version ${current.version}: an amendment names amends = ${current.version}${input.amends === undefined ? '' : ` (not ${input.amends})`}`,
    );
  }
  return {
    id: context.id,
    scenarioId: context.scenarioId,
    version: (current?.version ?? 0) + 1,
    ownerUnit: context.ownerUnit,
    parties: input.parties,
    basis: input.basis,
    effectiveFrom: input.effectiveFrom,
    effectiveTo: input.effectiveTo ?? null,
    pilotAssessmentId: basis.pilot.assessmentId,
    valueAssessmentId: basis.value.assessmentId,
    amendmentReason: input.amendmentReason ?? null,
    createdBy: context.by,
    createdAt: context.at,
  };
}

/** Only officers of the scenario's owner unit make and amend its agreement. */
export function requireBenefitSharingWriter(caller: MatchmakingCaller, ownerUnit: string): void {
  if (caller.roles.includes('officer') && caller.unit !== null && sameUnit(caller.unit, ownerUnit)) return;
  throw new MatchmakingRuleError(
    'forbidden',
    'OUT_OF_SCOPE',
    `无权登记或修订收益分享协议：仅场景牵头单位（${ownerUnit}）的经办人员可以操作 Not allowed: only officers of the scenario's owner unit (${ownerUnit}) make and amend its benefit-sharing agreement`,
  );
}

/** The owner unit's officers, the coordinator and administrators read it. */
export function requireBenefitSharingReader(caller: MatchmakingCaller, ownerUnit: string): void {
  if (caller.roles.includes('coordinator') || caller.roles.includes('admin')) return;
  if (caller.roles.includes('officer') && caller.unit !== null && sameUnit(caller.unit, ownerUnit)) return;
  throw new MatchmakingRuleError(
    'forbidden',
    'OUT_OF_SCOPE',
    '无权查看收益分享协议：仅牵头单位、统筹协调单位和管理员可以查看 Not allowed: only the owner unit, the coordinator and administrators read the benefit-sharing agreement',
  );
}
