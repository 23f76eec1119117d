export type LifecycleErrorCode = 'NOT_FOUND' | 'FORBIDDEN' | 'EVENT_NOT_ACCEPTED' | 'CONCURRENT_TRANSITION' | 'MIGRATION_INVALID';

/** A refusal the caller can act on; the HTTP edge maps the code to 404, 403, 409 or 422. */
export class LifecycleError extends Error {
  constructor(
    readonly code: LifecycleErrorCode,
    message: string,
  ) {
    super(message);
  }
}
