/** Who receives a message: a unit (by its Chinese name, as the taxonomy names it) or a person (by user id). */
export type RecipientType = 'unit' | 'user';

export interface Recipient {
  type: RecipientType;
  id: string;
}

export function sameRecipient(a: Recipient, b: Recipient): boolean {
  return a.type === b.type && a.id === b.id;
}

/** A printable key (`unit/市发展改革委`, `user/officer-1`) for logs and maps; never a job id (ids are hashed). */
export function recipientKey(recipient: Recipient): string {
  return `${recipient.type}/${recipient.id}`;
}
