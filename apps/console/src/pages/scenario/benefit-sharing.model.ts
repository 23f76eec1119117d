import type { Schema } from '../../api/client';
import type { Translate } from '../../i18n/messages';
import type { messages } from './benefit-sharing.messages';

export type BenefitSharingOverview = Schema<'BenefitSharingOverview'>;
export type BenefitSharingAgreement = Schema<'BenefitSharingAgreement'>;
export type BenefitParty = BenefitSharingAgreement['parties'][number];
export type BenefitPartyRole = BenefitParty['role'];
type T = Translate<keyof (typeof messages)['zh'] & string>;

export const BENEFIT_PARTY_ROLES: readonly BenefitPartyRole[] = ['scenario-owner', 'supplier', 'operator', 'investor', 'research-partner', 'other'];

const ROLE_KEYS = {
  'scenario-owner': 'roleOwner',
  supplier: 'roleSupplier',
  operator: 'roleOperator',
  investor: 'roleInvestor',
  'research-partner': 'roleResearch',
  other: 'roleOther',
} as const satisfies Record<BenefitPartyRole, string>;
export const roleLabel = (t: T, role: BenefitPartyRole): string => t(ROLE_KEYS[role]);

/** 10000 basis points = 100 %. */
export const WHOLE = 10_000;

/** A share typed as a percentage with at most two decimals ("12.5", "33.33") as integer basis points, from the digits (no float); null when it is not one. */
export function parsePercentToBasisPoints(text: string): number | null {
  const match = /^\s*(\d{1,3})(?:\.(\d{1,2}))?\s*%?\s*$/.exec(text);
  if (!match) return null;
  const points = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
  return points >= 1 && points <= WHOLE ? points : null;
}

/** Basis points as a percentage, exactly: 1250 → "12.5%". */
export function formatBasisPoints(points: number): string {
  const whole = Math.trunc(points / 100);
  const rest = points % 100;
  return rest === 0 ? `${whole}%` : `${whole}.${String(rest).padStart(2, '0').replace(/0$/, '')}%`;
}
