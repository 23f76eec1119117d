export type LifecycleErrorCode = 'NOT_FOUND' | 'FORBIDDEN' | 'EVENT_NOT_ACCEPTED' | 'CONCURRENT_TRANSITION' | 'DUPLICATE' | 'MIGRATION_INVALID';

/** A refusal the caller can act on; the HTTP edge answers with the status below. */
export class LifecycleError extends Error {
  constructor(
    readonly code: LifecycleErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** The HTTP status each refusal is answered with, one table for every service that runs lifecycles. */
export const LIFECYCLE_ERROR_HTTP_STATUS: Record<LifecycleErrorCode, 403 | 404 | 409 | 422> = {
  NOT_FOUND: 404,
  FORBIDDEN: 403,
  EVENT_NOT_ACCEPTED: 409,
  CONCURRENT_TRANSITION: 409,
  DUPLICATE: 409,
  MIGRATION_INVALID: 422,
};
