/** Why the search slice refused a request; the HTTP layer maps each reason to a status and a code. */
export type SearchRefusal = 'invalid-cursor' | 'cursor-mismatch' | 'not-found' | 'forbidden' | 'same-scenario';

export class SearchRequestRefused extends Error {
  constructor(
    readonly reason: SearchRefusal,
    /** zh + English, shown to the caller. */
    message: string,
    /** The request field at fault, when there is one. */
    readonly field?: string,
  ) {
    super(message);
    this.name = 'SearchRequestRefused';
  }
}
