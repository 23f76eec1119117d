import type { DeliveryEvent, DeliveryQuery, DeliveryRecord, DeliveryRepository, NewDelivery, Page } from '@scq/notification-application';
import type { Channel, DeliveryStatus, MessageKind, RecipientType } from '@scq/notification-domain';
import { encodeTimeIdCursor, pageOf, type SqlExecutor } from '@scq/platform-persistence';
import { recipientFilter } from './recipient-filter.sql';
import { date } from './sql-deadline.repository';

interface DeliveryRow {
  id: string;
  channel: Channel;
  recipient_type: RecipientType;
  recipient_id: string;
  address: string | null;
  kind: MessageKind;
  critical: boolean;
  status: DeliveryStatus;
  attempts: number;
  next_attempt_at: Date | string | null;
  last_error: string | null;
  deadline_id: string | null;
  instance_id: string | null;
  subject_id: string | null;
  inbox_item_id: string | null;
  digest_id: string | null;
  content: DeliveryRecord['content'];
  created_at: Date | string;
  updated_at: Date | string;
}

const FAILURES: ReadonlySet<DeliveryStatus> = new Set(['temporary-failure', 'permanent-failure']);

export class SqlDeliveryRepository implements DeliveryRepository {
  async create(tx: SqlExecutor, d: NewDelivery): Promise<void> {
    const now = new Date().toISOString();
    await tx.query(
      `INSERT INTO notification.delivery (id, channel, recipient_type, recipient_id, address, kind, critical, status, attempts, next_attempt_at, deadline_id, instance_id, subject_id, inbox_item_id, digest_id, content, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16::jsonb, $17, $17)`,
      [
        d.id,
        d.channel,
        d.recipient.type,
        d.recipient.id,
        d.address,
        d.kind,
        d.critical,
        d.status,
        d.status === 'queued' ? 0 : 1,
        d.nextAttemptAt?.toISOString() ?? null,
        d.deadlineId,
        d.instanceId,
        d.subjectId,
        d.inboxItemId,
        d.digestId,
        JSON.stringify(d.content),
        now,
      ],
    );
    await tx.query('INSERT INTO notification.delivery_event (delivery_id, status, attempt, detail, at) VALUES ($1, $2, $3, $4, $5)', [d.id, d.status, d.status === 'queued' ? 0 : 1, d.detail, now]);
  }

  async claim(db: SqlExecutor, deliveryId: string, attempt: number): Promise<DeliveryRecord | null> {
    const { rows } = await db.query<DeliveryRow>(
      `UPDATE notification.delivery SET attempts = $2, updated_at = now()
       WHERE id = $1 AND attempts = $2 - 1 AND status IN ('queued', 'temporary-failure') AND channel <> 'in-app' RETURNING *`,
      [deliveryId, attempt],
    );
    return rows[0] ? toDelivery(rows[0]) : null;
  }

  async recordOutcome(tx: SqlExecutor, deliveryId: string, attempt: number, outcome: { status: DeliveryStatus; detail: string; nextAttemptAt: Date | null }, at: Date): Promise<void> {
    const failed = FAILURES.has(outcome.status);
    await tx.query(
      `UPDATE notification.delivery SET status = $3, last_error = $4, next_attempt_at = $5, updated_at = $6 WHERE id = $1 AND attempts = $2`,
      [deliveryId, attempt, outcome.status, failed ? outcome.detail : null, outcome.nextAttemptAt?.toISOString() ?? null, at.toISOString()],
    );
    const detail = outcome.nextAttemptAt ? `${outcome.detail}; next attempt at ${outcome.nextAttemptAt.toISOString()}` : outcome.detail;
    await tx.query('INSERT INTO notification.delivery_event (delivery_id, status, attempt, detail, at) VALUES ($1, $2, $3, $4, $5)', [deliveryId, outcome.status, attempt, detail, at.toISOString()]);
  }

  async outstanding(db: SqlExecutor, query: { after: string | null; limit: number; dueBefore?: Date }): Promise<DeliveryRecord[]> {
    const { rows } = await db.query<DeliveryRow>(
      `SELECT * FROM notification.delivery
       WHERE status IN ('queued', 'temporary-failure') AND next_attempt_at IS NOT NULL
         AND ($1::uuid IS NULL OR id > $1::uuid) AND ($2::timestamptz IS NULL OR next_attempt_at < $2::timestamptz)
       ORDER BY id LIMIT $3`,
      [query.after, query.dueBefore?.toISOString() ?? null, query.limit],
    );
    return rows.map(toDelivery);
  }

  async query(db: SqlExecutor, query: DeliveryQuery): Promise<Page<DeliveryRecord & { events: DeliveryEvent[] }>> {
    const params: unknown[] = [];
    const where: string[] = [];
    if (query.recipient) {
      params.push(query.recipient);
      where.push(`recipient_id = $${params.length}`);
    }
    if (query.subject) {
      params.push(query.subject);
      where.push(`(subject_id = $${params.length} OR instance_id::text = $${params.length} OR deadline_id = $${params.length})`);
    }
    if (query.channel) {
      params.push(query.channel);
      where.push(`channel = $${params.length}`);
    }
    if (query.status) {
      params.push(query.status);
      where.push(`status = $${params.length}`);
    }
    if (query.visibleTo) where.push(recipientFilter(query.visibleTo, params));
    if (query.after) {
      params.push(query.after.at, query.after.id);
      where.push(`(created_at, id) < ($${params.length - 1}::timestamptz, $${params.length}::uuid)`);
    }
    params.push(query.limit + 1);
    const { rows } = await db.query<DeliveryRow>(
      `SELECT * FROM notification.delivery ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY created_at DESC, id DESC LIMIT $${params.length}`,
      params,
    );
    const page = pageOf(rows.map(toDelivery), query.limit, (last) => encodeTimeIdCursor(last.createdAt, last.id));
    const events = page.items.length
      ? (
          await db.query<{ delivery_id: string; status: DeliveryStatus; attempt: number; detail: string | null; at: Date | string }>(
            'SELECT delivery_id, status, attempt, detail, at FROM notification.delivery_event WHERE delivery_id = ANY($1::uuid[]) ORDER BY id',
            [page.items.map((d) => d.id)],
          )
        ).rows
      : [];
    return {
      items: page.items.map((d) => ({
        ...d,
        events: events.filter((e) => e.delivery_id === d.id).map((e) => ({ status: e.status, attempt: e.attempt, detail: e.detail, at: new Date(e.at) })),
      })),
      nextCursor: page.nextCursor,
    };
  }
}

function toDelivery(row: DeliveryRow): DeliveryRecord {
  return {
    id: row.id,
    channel: row.channel,
    recipient: { type: row.recipient_type, id: row.recipient_id },
    address: row.address,
    kind: row.kind,
    critical: row.critical,
    status: row.status,
    attempts: row.attempts,
    nextAttemptAt: date(row.next_attempt_at),
    lastError: row.last_error,
    deadlineId: row.deadline_id,
    instanceId: row.instance_id,
    subjectId: row.subject_id,
    inboxItemId: row.inbox_item_id,
    digestId: row.digest_id,
    content: row.content,
    createdAt: new Date(row.created_at),
    updatedAt: new Date(row.updated_at),
  };
}
