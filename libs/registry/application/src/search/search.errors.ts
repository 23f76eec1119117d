import { DomainError, type RefusalKind } from '@scq/contracts';

/** Why the search slice refused a request. */
export type SearchRefusal = 'invalid-cursor' | 'cursor-mismatch' | 'not-found' | 'forbidden' | 'same-scenario';

const REFUSAL: Record<SearchRefusal, [RefusalKind, string]> = {
  'invalid-cursor': ['invalid', 'INVALID_CURSOR'],
  'cursor-mismatch': ['invalid', 'CURSOR_MISMATCH'],
  'same-scenario': ['invalid', 'VALIDATION_FAILED'],
  'not-found': ['not-found', 'NOT_FOUND'],
  forbidden: ['forbidden', 'FORBIDDEN'],
};

export class SearchRequestRefused extends DomainError {
  readonly kind: RefusalKind;

  constructor(
    readonly reason: SearchRefusal,
    /** zh + English, shown to the caller. */
    message: string,
    /** The request field at fault, when there is one. */
    readonly field?: string,
  ) {
    super(REFUSAL[reason][1], message, field ? [{ path: field, message }] : undefined);
    this.kind = REFUSAL[reason][0];
  }
}
