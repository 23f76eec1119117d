import { z } from 'zod';
import { canonicalUnitName } from '@scq/taxonomy';
import { bilingualText, calendarDate, trimmed } from '../opportunities/matchmaking-fields.schema';
import { actsForEveryUnit, sameUnit, type MatchmakingCaller } from '../opportunities/matchmaking-caller.policy';
import { MatchmakingRuleError } from '../opportunities/matchmaking-rule.error';
import { amountFen } from './financing-money';

/** 场景贷 loan, 场景保险 insurance, 国有投资基金和社会资本跟投 fund co-investment (seed 003). */
export const FINANCING_KINDS = ['loan', 'insurance', 'fund-co-investment'] as const;
export type FinancingKind = (typeof FINANCING_KINDS)[number];
export const FINANCING_KIND_NAMES: Record<FinancingKind, string> = { loan: '场景贷', insurance: '场景保险', 'fund-co-investment': '国有投资基金跟投' };

export const FINANCING_STATUSES = ['applied', 'approved', 'disbursed', 'declined', 'closed'] as const;
export type FinancingStatus = (typeof FINANCING_STATUSES)[number];

export const FINANCING_ACTIONS = ['approve', 'disburse', 'decline', 'close'] as const;
export type FinancingAction = (typeof FINANCING_ACTIONS)[number];

/**
 * The status flow, as an explicit transition table (a small record, like opportunities): 申请 applied → 批准 approved →
 * 放款/生效/到位 disbursed → 结清 closed; an application or an approval may be 拒绝 declined or 撤回 closed. Declined and
 * closed are final.
 */
export const FINANCING_TRANSITIONS: Record<FinancingStatus, Partial<Record<FinancingAction, FinancingStatus>>> = {
  applied: { approve: 'approved', decline: 'declined', close: 'closed' },
  approved: { disburse: 'disbursed', decline: 'declined', close: 'closed' },
  disbursed: { close: 'closed' },
  declined: {},
  closed: {},
};

/** The actions open from a status (the console offers these). */
export function financingActionsFrom(status: FinancingStatus): FinancingAction[] {
  return FINANCING_ACTIONS.filter((action) => FINANCING_TRANSITIONS[status][action] !== undefined);
}

/** What the owner unit records: a financing of one of its scenarios. */
export const financingInputSchema = z
  .object({
    kind: z.enum(FINANCING_KINDS, { error: `融资类型应为 kind must be one of: ${FINANCING_KINDS.join(', ')}` }),
    institution: trimmed(200),
    product: trimmed(200),
    amountFen: amountFen(),
    termMonths: z
      .number({ error: '期限应为整数月 termMonths must be a whole number of months' })
      .int('期限应为整数月 termMonths must be a whole number of months')
      .min(1, '期限至少 1 个月 termMonths at least 1')
      .max(600, '期限最多 600 个月 termMonths at most 600')
      .optional(),
    appliedOn: calendarDate(),
    note: bilingualText().optional(),
  })
  .strict();
export type FinancingInput = z.infer<typeof financingInputSchema>;

export const financingStatusChangeSchema = z
  .object({
    action: z.enum(FINANCING_ACTIONS, { error: `操作应为 action must be one of: ${FINANCING_ACTIONS.join(', ')}` }),
    on: calendarDate().optional(),
    note: trimmed(1000).optional(),
  })
  .strict();
export type FinancingStatusChange = z.infer<typeof financingStatusChangeSchema>;

export interface Financing {
  id: string;
  scenarioId: string;
  /** The scenario's owner unit, copied when the financing is recorded. */
  ownerUnit: string;
  kind: FinancingKind;
  institution: string;
  product: string;
  /** Integer fen. */
  amountFen: number;
  termMonths: number | null;
  status: FinancingStatus;
  appliedOn: string;
  approvedOn: string | null;
  disbursedOn: string | null;
  declinedOn: string | null;
  closedOn: string | null;
  note: { zh?: string; en?: string } | null;
  statusNote: string | null;
  createdBy: string;
  createdAt: Date;
  updatedBy: string;
  updatedAt: Date;
}

export function recordFinancing(input: FinancingInput, context: { id: string; scenarioId: string; ownerUnit: string; today: string; by: string; at: Date }): Financing {
  if (input.appliedOn > context.today) {
    throw MatchmakingRuleError.invalid([{ path: 'appliedOn', message: `申请日期不能晚于今天（${context.today}） appliedOn cannot be after today (${context.today})` }]);
  }
  return {
    id: context.id,
    scenarioId: context.scenarioId,
    ownerUnit: context.ownerUnit,
    kind: input.kind,
    institution: input.institution,
    product: input.product,
    amountFen: input.amountFen,
    termMonths: input.termMonths ?? null,
    status: 'applied',
    appliedOn: input.appliedOn,
    approvedOn: null,
    disbursedOn: null,
    declinedOn: null,
    closedOn: null,
    note: input.note ?? null,
    statusNote: null,
    createdBy: context.by,
    createdAt: context.at,
    updatedBy: context.by,
    updatedAt: context.at,
  };
}

const DATE_OF: Record<FinancingAction, 'approvedOn' | 'disbursedOn' | 'declinedOn' | 'closedOn'> = {
  approve: 'approvedOn',
  disburse: 'disbursedOn',
  decline: 'declinedOn',
  close: 'closedOn',
};

/** Moves a financing along the table (409 for a move the table does not allow); the date is today unless given, never before the last one. */
export function changeFinancingStatus(financing: Financing, change: FinancingStatusChange, context: { today: string; by: string; at: Date }): Financing {
  const next = FINANCING_TRANSITIONS[financing.status][change.action];
  if (!next) {
    const open = financingActionsFrom(financing.status);
    throw new MatchmakingRuleError(
      'conflict',
      'FINANCING_STATUS',
      `当前状态（${financing.status}）不能执行“${change.action}”，可执行：${open.join('、') || '无'} A financing in status ${financing.status} cannot ${change.action}; it can: ${open.join(', ') || 'nothing'}`,
    );
  }
  const on = change.on ?? context.today;
  if (on > context.today) throw MatchmakingRuleError.invalid([{ path: 'on', message: `日期不能晚于今天（${context.today}） the date cannot be after today (${context.today})` }]);
  const last = [financing.appliedOn, financing.approvedOn, financing.disbursedOn].filter((d): d is string => d !== null).sort().at(-1) ?? financing.appliedOn;
  if (on < last) throw MatchmakingRuleError.invalid([{ path: 'on', message: `日期不能早于上一步（${last}） the date cannot be before the previous step (${last})` }]);
  return { ...financing, status: next, [DATE_OF[change.action]]: on, statusNote: change.note ?? financing.statusNote, updatedBy: context.by, updatedAt: context.at };
}

/** 市委金融办: a caller of this unit (any spelling the taxonomy knows) reads every scenario's financing and the totals. */
export const FINANCE_OFFICE_UNIT = '市委金融办';

export function isFinanceOffice(caller: MatchmakingCaller | null): boolean {
  return caller !== null && caller.unit !== null && canonicalUnitName(caller.unit) === FINANCE_OFFICE_UNIT;
}

/** The coordinator, administrators and 市委金融办 read all financing and the totals. */
export function readsAllFinancing(caller: MatchmakingCaller | null): boolean {
  return actsForEveryUnit(caller) || isFinanceOffice(caller) || OVERSIGHT_ROLES.some((role) => caller?.roles.includes(role));
}

/** The leadership (市领导) and auditors read everything, as they do elsewhere, and change nothing. */
const OVERSIGHT_ROLES = ['leadership', 'auditor'] as const;

/** Only officers of the scenario's owner unit record and update its financing. */
export function requireFinancingWriter(caller: MatchmakingCaller, ownerUnit: string): void {
  if (caller.roles.includes('officer') && caller.unit !== null && sameUnit(caller.unit, ownerUnit)) return;
  throw new MatchmakingRuleError(
    'forbidden',
    'OUT_OF_SCOPE',
    `无权登记或更新融资：仅场景牵头单位（${ownerUnit}）的经办人员可以操作 Not allowed: only officers of the scenario's owner unit (${ownerUnit}) record and update its financing`,
  );
}

/** The owner unit's officers, the coordinator, administrators and 市委金融办 read a scenario's financing. */
export function requireFinancingReader(caller: MatchmakingCaller, ownerUnit: string): void {
  if (readsAllFinancing(caller)) return;
  if (caller.roles.includes('officer') && caller.unit !== null && sameUnit(caller.unit, ownerUnit)) return;
  throw new MatchmakingRuleError(
    'forbidden',
    'OUT_OF_SCOPE',
    `无权查看该场景的融资：仅牵头单位、统筹协调单位和市委金融办可以查看 Not allowed: only the owner unit, the coordinator and 市委金融办 read this scenario's financing`,
  );
}

export function requireTotalsReader(caller: MatchmakingCaller): void {
  if (readsAllFinancing(caller)) return;
  throw new MatchmakingRuleError('forbidden', 'OUT_OF_SCOPE', '无权查看融资汇总：仅统筹协调单位和市委金融办可以查看 Not allowed: only the coordinator and 市委金融办 read the financing totals');
}
