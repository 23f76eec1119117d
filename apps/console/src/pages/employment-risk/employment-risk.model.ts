import type { Schema } from '../../api/client';
import type { Translate } from '../../i18n/messages';
import type { messages } from './employment-risk.messages';

export type EmploymentBreach = Schema<'EmploymentRiskBreach'>;
type T = Translate<keyof (typeof messages)['zh'] & string>;

/** 市人力社保局 reads the dashboard: recognised by the account's unit. */
export const HUMAN_RESOURCES_UNIT = '市人力社保局';

/** A share in basis points as a percentage, with integer arithmetic only (594 → 5.94%). */
export function percentOfBasisPoints(bp: number): string {
  return `${Math.floor(bp / 100)}.${String(bp % 100).padStart(2, '0')}%`;
}

export function breachWords(t: T, label: (text: { zh?: string; en?: string }) => string, breach: EmploymentBreach): string {
  const amount = (n: number) => (breach.measure === 'people' ? t('people', { count: n }) : percentOfBasisPoints(n));
  return t('value', { name: label(breach.name), value: amount(breach.value), threshold: amount(breach.threshold) });
}

const LEVEL_KEYS = { breach: 'levelBreach', watch: 'levelWatch', ok: 'levelOk' } as const;
export const levelLabel = (t: T, level: keyof typeof LEVEL_KEYS): string => t(LEVEL_KEYS[level]);
