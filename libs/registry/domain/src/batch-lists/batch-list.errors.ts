/** Why a batch-list request is refused; the HTTP edge maps the kind to a status (401, 403, 404, 409, 400). */
export type BatchListErrorKind = 'unauthenticated' | 'forbidden' | 'not-found' | 'conflict' | 'invalid';

export interface BatchListFieldError {
  path: string;
  message: string;
}

export class BatchListError extends Error {
  constructor(
    readonly kind: BatchListErrorKind,
    readonly code: string,
    message: string,
    readonly fields?: BatchListFieldError[],
  ) {
    super(message);
    this.name = 'BatchListError';
  }
}
