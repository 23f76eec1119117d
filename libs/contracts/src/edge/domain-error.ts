/**
 * Why a use case refuses, in words the HTTP edge turns into a status through one table (platform-http):
 * `invalid` 400 (with fields), `unauthenticated` 401, `forbidden` 403, `not-found` 404, `conflict` 409,
 * `too-large` 413, `unsupported-type` 415 (an uploaded file's size or kind), `unprocessable` 422.
 */
export type RefusalKind = 'invalid' | 'unauthenticated' | 'forbidden' | 'not-found' | 'conflict' | 'too-large' | 'unsupported-type' | 'unprocessable';

/** A field the caller got wrong: `path` as in the request (e.g. `outcomes.2.supplier`), message zh then en. */
export interface FieldError {
  path: string;
  message: string;
}

/** The base of every refusal a domain or use case throws; messages are Chinese then English. */
export abstract class DomainError extends Error {
  abstract readonly kind: RefusalKind;

  protected constructor(
    readonly code: string,
    message: string,
    readonly fields?: FieldError[],
  ) {
    super(message);
    this.name = new.target.name;
  }
}
