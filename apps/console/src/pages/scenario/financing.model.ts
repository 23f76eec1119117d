import type { Schema } from '../../api/client';
import type { Translate } from '../../i18n/messages';
import type { messages } from './financing.messages';

export type Financing = Schema<'ScenarioFinancing'>;
export type FinancingKind = Financing['kind'];
export type FinancingStatus = Financing['status'];
export type FinancingAction = 'approve' | 'disburse' | 'decline' | 'close';
type T = Translate<keyof (typeof messages)['zh'] & string>;

export const FINANCING_KINDS: readonly FinancingKind[] = ['loan', 'insurance', 'fund-co-investment'];

/** The server's transition table (registry domain `financing.ts`), to offer only the moves it allows. */
export const NEXT: Record<FinancingStatus, Partial<Record<FinancingAction, FinancingStatus>>> = {
  applied: { approve: 'approved', decline: 'declined', close: 'closed' },
  approved: { disburse: 'disbursed', decline: 'declined', close: 'closed' },
  disbursed: { close: 'closed' },
  declined: {},
  closed: {},
};

export const kindLabel = (t: T, kind: string): string => (kind === 'loan' ? t('kindLoan') : kind === 'insurance' ? t('kindInsurance') : kind === 'fund-co-investment' ? t('kindFund') : kind);

const STATUS_KEYS = { applied: 'statusApplied', approved: 'statusApproved', disbursed: 'statusDisbursed', declined: 'statusDeclined', closed: 'statusClosed' } as const;
export const statusLabel = (t: T, status: FinancingStatus): string => t(STATUS_KEYS[status]);

/** 市委金融办 reads every scenario's financing and the totals: recognised by the account's unit. */
export const FINANCE_OFFICE = '市委金融办';
