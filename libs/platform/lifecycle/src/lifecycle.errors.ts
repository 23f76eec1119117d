import { DomainError, type RefusalKind } from '@scq/contracts';

export type LifecycleErrorCode = 'NOT_FOUND' | 'FORBIDDEN' | 'EVENT_NOT_ACCEPTED' | 'CONCURRENT_TRANSITION' | 'DUPLICATE' | 'MIGRATION_INVALID' | 'CREDIT_RESTRICTED';

const KIND_OF: Record<LifecycleErrorCode, RefusalKind> = {
  NOT_FOUND: 'not-found',
  FORBIDDEN: 'forbidden',
  EVENT_NOT_ACCEPTED: 'conflict',
  CONCURRENT_TRANSITION: 'conflict',
  DUPLICATE: 'conflict',
  MIGRATION_INVALID: 'unprocessable',
  CREDIT_RESTRICTED: 'forbidden',
};

/** A refusal the caller can act on (the HTTP edge answers 404, 403, 409 or 422 through its one table). */
export class LifecycleError extends DomainError {
  declare readonly code: LifecycleErrorCode;

  constructor(code: LifecycleErrorCode, message: string) {
    super(code, message);
  }

  get kind(): RefusalKind {
    return KIND_OF[this.code];
  }
}
