import type { InboxItem, InboxRepository, InboxStatus, Page, SubjectKind } from '@scq/notification-application';
import type { MessageKind, Recipient, RecipientType } from '@scq/notification-domain';
import { encodeTimeIdCursor, pageOf, type SqlExecutor, type TimeIdPosition } from '@scq/platform-persistence';
import { recipientFilter } from './recipient-filter.sql';
import { date } from './sql-deadline.repository';

interface InboxRow {
  id: string;
  recipient_type: RecipientType;
  recipient_id: string;
  kind: MessageKind;
  critical: boolean;
  subject_zh: string;
  subject_en: string;
  body_zh: string;
  body_en: string;
  deadline_id: string | null;
  instance_id: string | null;
  subject_id: string | null;
  subject_kind: SubjectKind | null;
  created_at: Date | string;
  read_at: Date | string | null;
  read_by: string | null;
  archived_at: Date | string | null;
  archived_by: string | null;
}

export class SqlInboxRepository implements InboxRepository {
  async add(tx: SqlExecutor, item: InboxItem): Promise<void> {
    await tx.query(
      `INSERT INTO notification.inbox_item (id, recipient_type, recipient_id, kind, critical, subject_zh, subject_en, body_zh, body_en, deadline_id, instance_id, subject_id, subject_kind, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)`,
      [item.id, item.recipient.type, item.recipient.id, item.kind, item.critical, item.subject.zh, item.subject.en, item.body.zh, item.body.en, item.deadlineId, item.instanceId, item.subjectId, item.subjectKind, item.createdAt.toISOString()],
    );
  }

  async list(db: SqlExecutor, recipients: Recipient[], query: { status: InboxStatus; limit: number; after: TimeIdPosition | null }): Promise<Page<InboxItem>> {
    const params: unknown[] = [];
    const where = [recipientFilter(recipients, params), query.status === 'archived' ? 'archived_at IS NOT NULL' : 'archived_at IS NULL'];
    if (query.status === 'unread') where.push('read_at IS NULL');
    if (query.status === 'read') where.push('read_at IS NOT NULL');
    if (query.after) {
      params.push(query.after.at, query.after.id);
      where.push(`(created_at, id) < ($${params.length - 1}::timestamptz, $${params.length}::uuid)`);
    }
    params.push(query.limit + 1);
    const { rows } = await db.query<InboxRow>(`SELECT * FROM notification.inbox_item WHERE ${where.join(' AND ')} ORDER BY created_at DESC, id DESC LIMIT $${params.length}`, params);
    return pageOf(rows.map(toItem), query.limit, (last) => encodeTimeIdCursor(last.createdAt, last.id));
  }

  async unreadCounts(db: SqlExecutor, recipients: Recipient[]): Promise<number[]> {
    const params: unknown[] = [];
    const { rows } = await db.query<{ recipient_type: RecipientType; recipient_id: string; count: string }>(
      `SELECT recipient_type, recipient_id, count(*) AS count FROM notification.inbox_item
        WHERE ${recipientFilter(recipients, params)} AND read_at IS NULL AND archived_at IS NULL GROUP BY recipient_type, recipient_id`,
      params,
    );
    return recipients.map((recipient) => Number(rows.find((row) => row.recipient_type === recipient.type && row.recipient_id === recipient.id)?.count ?? 0));
  }

  async markRead(db: SqlExecutor, id: string, recipients: Recipient[], by: string, at: Date): Promise<InboxItem | null> {
    const params: unknown[] = [id, at.toISOString(), by];
    const { rows } = await db.query<InboxRow>(
      `UPDATE notification.inbox_item SET read_at = COALESCE(read_at, $2::timestamptz), read_by = COALESCE(read_by, $3) WHERE id = $1 AND ${recipientFilter(recipients, params)} RETURNING *`,
      params,
    );
    return rows[0] ? toItem(rows[0]) : null;
  }

  async markAllRead(db: SqlExecutor, recipient: Recipient, by: string, at: Date): Promise<number> {
    const { rowCount } = await db.query(
      'UPDATE notification.inbox_item SET read_at = $3, read_by = $4 WHERE recipient_type = $1 AND recipient_id = $2 AND read_at IS NULL AND archived_at IS NULL',
      [recipient.type, recipient.id, at.toISOString(), by],
    );
    return rowCount;
  }

  async setArchived(db: SqlExecutor, id: string, recipients: Recipient[], archived: { by: string; at: Date } | null): Promise<InboxItem | null> {
    const params: unknown[] = archived ? [id, archived.at.toISOString(), archived.by] : [id];
    // Archiving again keeps the first archiving's time and person.
    const set = archived ? 'archived_at = COALESCE(archived_at, $2::timestamptz), archived_by = COALESCE(archived_by, $3)' : 'archived_at = NULL, archived_by = NULL';
    const { rows } = await db.query<InboxRow>(`UPDATE notification.inbox_item SET ${set} WHERE id = $1 AND ${recipientFilter(recipients, params)} RETURNING *`, params);
    return rows[0] ? toItem(rows[0]) : null;
  }
}

export function toItem(row: InboxRow): InboxItem {
  return {
    id: row.id,
    recipient: { type: row.recipient_type, id: row.recipient_id },
    kind: row.kind,
    critical: row.critical,
    subject: { zh: row.subject_zh, en: row.subject_en },
    body: { zh: row.body_zh, en: row.body_en },
    deadlineId: row.deadline_id,
    instanceId: row.instance_id,
    subjectId: row.subject_id,
    subjectKind: row.subject_kind ?? null,
    createdAt: new Date(row.created_at),
    readAt: date(row.read_at),
    readBy: row.read_by,
    archivedAt: date(row.archived_at),
    archivedBy: row.archived_by ?? null,
  };
}

export type { InboxRow };
