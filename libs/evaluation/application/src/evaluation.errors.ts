import { DomainError, type FieldError, type RefusalKind } from '@scq/contracts';

export type EvaluationErrorCode = 'NOT_FOUND' | 'FORBIDDEN' | 'BLIND_SCORING' | 'CONFLICT' | 'VALIDATION_FAILED';

const KIND_OF: Record<EvaluationErrorCode, RefusalKind> = {
  NOT_FOUND: 'not-found',
  FORBIDDEN: 'forbidden',
  BLIND_SCORING: 'forbidden',
  CONFLICT: 'conflict',
  VALIDATION_FAILED: 'invalid',
};

/** A refusal of the evaluation service's use cases (404, 403, 409 or 400 with the fields at the edge). */
export class EvaluationError extends DomainError {
  declare readonly code: EvaluationErrorCode;

  constructor(code: EvaluationErrorCode, message: string, fields?: FieldError[]) {
    super(code, message, fields);
  }

  get kind(): RefusalKind {
    return KIND_OF[this.code];
  }
}

export const notFound = (what: string) => new EvaluationError('NOT_FOUND', what);
export const forbidden = (why: string) => new EvaluationError('FORBIDDEN', why);
export const conflict = (why: string) => new EvaluationError('CONFLICT', why);
