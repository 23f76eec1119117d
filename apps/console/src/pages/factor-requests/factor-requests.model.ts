import type { Schema } from '../../api/client';
import type { Translate } from '../../i18n/messages';
import type { messages } from './factor-requests.messages';

export type FactorRequest = Schema<'FactorRequest'>;
export type FactorKindInfo = Schema<'FactorKindList'>['items'][number];
export type FactorOutcome = NonNullable<FactorRequest['outcome']>;
type T = Translate<keyof (typeof messages)['zh'] & string>;

export const OUTCOMES: readonly FactorOutcome[] = ['granted', 'partially-granted', 'declined'];
const OUTCOME_KEYS = { granted: 'granted', 'partially-granted': 'partiallyGranted', declined: 'declined' } as const;
export const outcomeLabel = (t: T, outcome: FactorOutcome): string => t(OUTCOME_KEYS[outcome]);

/** The status in words: awaiting (with its working days) or the answer's outcome. */
export const statusWords = (t: T, request: FactorRequest): string => (request.outcome ? `${t('answered')} · ${outcomeLabel(t, request.outcome)}` : t('awaiting', { days: request.workingDays }));
