import type { DigestRecord, DigestRepository, InboxItem } from '@scq/notification-application';
import type { DigestSlot, Recipient, RecipientType } from '@scq/notification-domain';
import type { SqlExecutor } from '@scq/platform-persistence';
import { toItem, type InboxRow } from './sql-inbox.repository';

interface DigestRow {
  id: string;
  recipient_type: RecipientType;
  recipient_id: string;
  digest_date: string;
  run_at: Date | string;
  status: DigestRecord['status'];
}

export class SqlDigestRepository implements DigestRepository {
  async addEntry(tx: SqlExecutor, digestId: string, recipient: Recipient, slot: DigestSlot, inboxItemId: string): Promise<'created' | 'joined' | 'closed'> {
    // The no-op update locks a pending digest (waiting for a sender that holds it); a digest already sent returns no row.
    const { rows } = await tx.query<{ created: boolean }>(
      `INSERT INTO notification.digest AS d (id, recipient_type, recipient_id, digest_date, run_at, status) VALUES ($1, $2, $3, $4, $5, 'pending')
       ON CONFLICT (id) DO UPDATE SET run_at = d.run_at WHERE d.status = 'pending'
       RETURNING (xmax = 0) AS created`,
      [digestId, recipient.type, recipient.id, slot.date, slot.runAt.toISOString()],
    );
    if (!rows[0]) return 'closed';
    await tx.query('INSERT INTO notification.digest_entry (digest_id, inbox_item_id) VALUES ($1, $2) ON CONFLICT DO NOTHING', [digestId, inboxItemId]);
    return rows[0].created ? 'created' : 'joined';
  }

  async lockPending(tx: SqlExecutor, digestId: string): Promise<{ digest: DigestRecord; items: InboxItem[] } | null> {
    const { rows } = await tx.query<DigestRow>(`SELECT * FROM notification.digest WHERE id = $1 AND status = 'pending' FOR UPDATE`, [digestId]);
    if (!rows[0]) return null;
    const items = await tx.query<InboxRow>(
      `SELECT i.* FROM notification.digest_entry e JOIN notification.inbox_item i ON i.id = e.inbox_item_id WHERE e.digest_id = $1 ORDER BY i.created_at, i.id`,
      [digestId],
    );
    return { digest: toDigest(rows[0]), items: items.rows.map(toItem) };
  }

  async markSent(tx: SqlExecutor, digestId: string, at: Date): Promise<void> {
    await tx.query(`UPDATE notification.digest SET status = 'sent', sent_at = $2 WHERE id = $1`, [digestId, at.toISOString()]);
  }

  async pending(db: SqlExecutor, query: { after: string | null; limit: number; dueBefore?: Date }): Promise<DigestRecord[]> {
    const { rows } = await db.query<DigestRow>(
      `SELECT * FROM notification.digest WHERE status = 'pending' AND ($1::text IS NULL OR id > $1) AND ($2::timestamptz IS NULL OR run_at < $2::timestamptz) ORDER BY id LIMIT $3`,
      [query.after, query.dueBefore?.toISOString() ?? null, query.limit],
    );
    return rows.map(toDigest);
  }
}

function toDigest(row: DigestRow): DigestRecord {
  return { id: row.id, recipient: { type: row.recipient_type, id: row.recipient_id }, date: row.digest_date, runAt: new Date(row.run_at), status: row.status };
}
