import { DomainError, type FieldError } from '@scq/contracts';

/** Why a batch-list request is refused; the HTTP edge maps the kind to a status (401, 403, 404, 409, 400). */
export type BatchListErrorKind = 'unauthenticated' | 'forbidden' | 'not-found' | 'conflict' | 'invalid';

export type BatchListFieldError = FieldError;

export class BatchListError extends DomainError {
  constructor(
    readonly kind: BatchListErrorKind,
    code: string,
    message: string,
    fields?: BatchListFieldError[],
  ) {
    super(code, message, fields);
  }
}
