import type { Schema } from '../../api/client';
import type { Language } from '../../i18n/messages';
import { moneyText } from '../../ui/money';

export type Opportunity = Schema<'Opportunity'>;
export type OpportunityListItem = Schema<'OpportunityListItem'>;
export type OpportunityDetail = Schema<'OpportunityDetail'>;
export type OpportunityStatus = Opportunity['status'];
export type CloseReason = NonNullable<Opportunity['closeReason']>;

export const OPPORTUNITY_STATUSES = ['draft', 'published', 'closed'] as const satisfies readonly OpportunityStatus[];
export const CLOSE_REASONS = ['matched', 'expired', 'withdrawn'] as const satisfies readonly CloseReason[];

/** Who may draft, publish and close (the API's @Access): officers (their unit's scenarios), the coordinator, admins. */
export const WRITER_ROLES = ['officer', 'coordinator', 'admin'] as const;

/** A bilingual text in the page's language, the other one when it is missing. */
export function textIn(text: { zh?: string; en?: string } | null | undefined, language: Language): string {
  return (language === 'en' ? text?.en || text?.zh : text?.zh || text?.en) ?? '';
}

/** An amount of integer fen as people read it (万元 in Chinese), or — when there is none. */
export function budgetText(fen: number | undefined, language: Language): string {
  return fen === undefined ? '—' : moneyText(fen, language);
}

/** Splits "a, b；c" into trimmed non-empty parts (capabilities typed in one field). */
export function splitList(text: string): string[] {
  return text
    .split(/[,，;；、\n]/)
    .map((part) => part.trim())
    .filter(Boolean);
}
