export type EvaluationErrorCode = 'NOT_FOUND' | 'FORBIDDEN' | 'BLIND_SCORING' | 'CONFLICT' | 'VALIDATION_FAILED';

/** A refusal of the evaluation service's use cases; the HTTP edge maps it to 404, 403, 409 or 400 (with the fields). */
export class EvaluationError extends Error {
  constructor(
    readonly code: EvaluationErrorCode,
    message: string,
    readonly fields?: Array<{ path: string; message: string }>,
  ) {
    super(message);
  }
}

export const notFound = (what: string) => new EvaluationError('NOT_FOUND', what);
export const forbidden = (why: string) => new EvaluationError('FORBIDDEN', why);
export const conflict = (why: string) => new EvaluationError('CONFLICT', why);
