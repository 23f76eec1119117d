import type { Recipient } from '@scq/notification-domain';

/** `((recipient_type = $n AND recipient_id = $n+1) OR …)` for a list of recipients, its parameters appended to `params`. */
export function recipientFilter(recipients: Recipient[], params: unknown[], alias = ''): string {
  if (recipients.length === 0) return 'FALSE';
  const clauses = recipients.map((recipient) => {
    params.push(recipient.type, recipient.id);
    return `(${alias}recipient_type = $${params.length - 1} AND ${alias}recipient_id = $${params.length})`;
  });
  return `(${clauses.join(' OR ')})`;
}
