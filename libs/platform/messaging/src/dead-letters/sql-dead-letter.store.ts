import { randomUUID } from 'node:crypto';
import type { EventEnvelope, MessageDeadLetteredV1 } from '@scq/contracts';
import { quoteIdentifier, type Database, type SqlExecutor } from '@scq/platform-persistence';
import { REPLAY_FOR_HEADER, unparsedMessageId } from '../inbox/event.consumer';
import type { OutboxStore } from '../outbox/outbox-store.port';

export type DeadLetterStatus = 'dead' | 'replayed' | 'discarded';

export interface DeadLetterRecord {
  id: string;
  service: string;
  consumer: string;
  messageId: string;
  topic: string;
  eventType: string | null;
  key: string | null;
  value: string;
  headers: Record<string, string>;
  partition: number | null;
  offset: string | null;
  traceId: string | null;
  reason: string;
  attempts: number;
  failures: number;
  firstFailedAt: Date;
  lastFailedAt: Date;
  status: DeadLetterStatus;
  replays: number;
  replayedAt: Date | null;
  replayedBy: string | null;
  discardedAt: Date | null;
  discardedBy: string | null;
  discardReason: string | null;
}

export interface DeadLetterAction {
  action: 'replay' | 'discard';
  actorId: string;
  actorName: string | null;
  reason: string | null;
  at: Date;
}

export interface DeadLetterFilter {
  service?: string;
  topic?: string;
  type?: string;
  status?: DeadLetterStatus;
  consumer?: string;
}

export interface DeadLetterActor {
  id: string;
  name: string | null;
}

export interface ReplayOutcome {
  replayed: string[];
  /** Ids that were not replayed: unknown, or no longer dead (already replayed or discarded). */
  refused: Array<{ id: string; status: DeadLetterStatus | null }>;
}

type Row = Record<string, unknown>;

/**
 * The dead letters of every service, as the consumer of `platform.dead-letter.v1` keeps them: one row per
 * (consumer, message). A replay appends the original bytes and headers to this service's outbox, marked for the
 * consumer that gave up (`scq-replay-for`), so the normal relay publishes them to their topic again and every
 * consumer's inbox still decides: the marked consumer handles it once, every other one skips it.
 */
export class SqlDeadLetterStore {
  private readonly table: string;
  private readonly actions: string;

  constructor(
    schema: string,
    private readonly outbox: OutboxStore,
  ) {
    this.table = `${quoteIdentifier(schema)}.dead_letter`;
    this.actions = `${quoteIdentifier(schema)}.dead_letter_action`;
  }

  /** Keeps a dead letter (in the consumer's transaction); a message that dies again reopens its row. */
  async record(tx: SqlExecutor, event: EventEnvelope<MessageDeadLetteredV1>): Promise<DeadLetterRecord> {
    const { data } = event;
    const parsed = parseOriginal(data.original.value);
    const messageId = parsed.id ?? unparsedMessageId(data.original);
    const headers = data.original.headers ?? {};
    const { rows } = await tx.query<Row>(
      `INSERT INTO ${this.table} (id, service, consumer, message_id, topic, event_type, message_key, value, headers, partition, message_offset, trace_id, reason, attempts, first_failed_at, last_failed_at, status)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::jsonb, $10, $11, $12, $13, $14, $15, $15, 'dead')
       ON CONFLICT (consumer, message_id) DO UPDATE SET reason = EXCLUDED.reason, attempts = EXCLUDED.attempts, failures = ${this.table}.failures + 1,
         last_failed_at = GREATEST(${this.table}.last_failed_at, EXCLUDED.last_failed_at), partition = EXCLUDED.partition, message_offset = EXCLUDED.message_offset,
         headers = EXCLUDED.headers, trace_id = COALESCE(EXCLUDED.trace_id, ${this.table}.trace_id), status = 'dead', discarded_at = NULL, discarded_by = NULL, discard_reason = NULL
       RETURNING *`,
      [
        randomUUID(),
        event.source,
        data.consumer,
        messageId,
        data.original.topic,
        parsed.type,
        data.original.key,
        data.original.value,
        JSON.stringify(headers),
        data.original.partition,
        data.original.offset,
        traceIdOf(headers, parsed.traceparent),
        data.reason,
        data.attempts,
        data.failedAt,
      ],
    );
    const [row] = rows;
    if (!row) throw new Error(`the dead letter of ${messageId} for ${data.consumer} was not written`);
    return toRecord(row);
  }

  async list(db: SqlExecutor, filter: DeadLetterFilter, page: { limit: number; offset: number }): Promise<{ items: DeadLetterRecord[]; total: number }> {
    const params: unknown[] = [];
    const where: string[] = [];
    const column = { service: 'service', topic: 'topic', type: 'event_type', status: 'status', consumer: 'consumer' } as const;
    for (const [name, value] of Object.entries(filter) as Array<[keyof DeadLetterFilter, string | undefined]>) {
      if (value === undefined) continue;
      params.push(value);
      where.push(`${column[name]} = $${params.length}`);
    }
    const clause = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
    const { rows: counted } = await db.query<{ total: string }>(`SELECT count(*) AS total FROM ${this.table} ${clause}`, params);
    const { rows } = await db.query<Row>(`SELECT * FROM ${this.table} ${clause} ORDER BY last_failed_at DESC, id DESC LIMIT $${params.length + 1} OFFSET $${params.length + 2}`, [...params, page.limit, page.offset]);
    return { items: rows.map(toRecord), total: Number(counted[0]?.total ?? 0) };
  }

  async find(db: SqlExecutor, id: string): Promise<{ deadLetter: DeadLetterRecord; actions: DeadLetterAction[] } | null> {
    const { rows } = await db.query<Row>(`SELECT * FROM ${this.table} WHERE id = $1`, [id]);
    if (!rows[0]) return null;
    const { rows: actions } = await db.query<Row>(`SELECT * FROM ${this.actions} WHERE dead_letter_id = $1 ORDER BY seq`, [id]);
    return {
      deadLetter: toRecord(rows[0]),
      actions: actions.map((row) => ({ action: row.action as DeadLetterAction['action'], actorId: String(row.actor_id), actorName: (row.actor_name as string | null) ?? null, reason: (row.reason as string | null) ?? null, at: new Date(row.at as string) })),
    };
  }

  /** Replays the dead ones among `ids` in one transaction: each to its topic again through the outbox, marked replayed by `actor`. */
  async replay(db: Database, ids: string[], actor: DeadLetterActor, now: Date = new Date()): Promise<ReplayOutcome> {
    return db.transaction(async (tx) => {
      const { rows } = await tx.query<Row>(`SELECT * FROM ${this.table} WHERE id = ANY($1::uuid[]) ORDER BY first_failed_at, id FOR UPDATE`, [ids]);
      const found = new Map(rows.map((row) => [String(row.id), toRecord(row)]));
      const outcome: ReplayOutcome = { replayed: [], refused: [] };
      const replaying: DeadLetterRecord[] = [];
      for (const id of new Set(ids)) {
        const letter = found.get(id);
        if (letter?.status === 'dead') replaying.push(letter);
        else outcome.refused.push({ id, status: letter?.status ?? null });
      }
      if (replaying.length === 0) return outcome;
      await this.outbox.append(
        tx,
        replaying.map((letter) => ({
          id: randomUUID(),
          topic: letter.topic,
          key: letter.key ?? '',
          eventType: letter.eventType ?? 'unparsed',
          payload: letter.value,
          headers: { ...letter.headers, [REPLAY_FOR_HEADER]: letter.consumer },
        })),
      );
      const replayed = replaying.map((letter) => letter.id);
      await tx.query(`UPDATE ${this.table} SET status = 'replayed', replays = replays + 1, replayed_at = $2, replayed_by = $3 WHERE id = ANY($1::uuid[])`, [replayed, now, actor.id]);
      await tx.query(`INSERT INTO ${this.actions} (dead_letter_id, action, actor_id, actor_name, at) SELECT unnest($1::uuid[]), 'replay', $2, $3, $4`, [replayed, actor.id, actor.name, now]);
      outcome.replayed = replayed;
      return outcome;
    });
  }

  /** Discards a dead one with the admin's reason; null if unknown, the record unchanged if it is no longer dead. */
  async discard(db: Database, id: string, actor: DeadLetterActor, reason: string, now: Date = new Date()): Promise<{ discarded: boolean; deadLetter: DeadLetterRecord } | null> {
    return db.transaction(async (tx) => {
      const { rows } = await tx.query<Row>(
        `UPDATE ${this.table} SET status = 'discarded', discarded_at = $2, discarded_by = $3, discard_reason = $4 WHERE id = $1 AND status = 'dead' RETURNING *`,
        [id, now, actor.id, reason],
      );
      if (rows[0]) {
        await tx.query(`INSERT INTO ${this.actions} (dead_letter_id, action, actor_id, actor_name, reason, at) VALUES ($1, 'discard', $2, $3, $4, $5)`, [id, actor.id, actor.name, reason, now]);
        return { discarded: true, deadLetter: toRecord(rows[0]) };
      }
      const { rows: existing } = await tx.query<Row>(`SELECT * FROM ${this.table} WHERE id = $1`, [id]);
      return existing[0] ? { discarded: false, deadLetter: toRecord(existing[0]) } : null;
    });
  }
}

function parseOriginal(value: string): { id: string | null; type: string | null; traceparent: string | null } {
  try {
    const parsed = JSON.parse(value) as Record<string, unknown>;
    const text = (v: unknown) => (typeof v === 'string' && v.length > 0 ? v : null);
    return { id: text(parsed.id), type: text(parsed.type), traceparent: text(parsed.traceparent) };
  } catch {
    return { id: null, type: null, traceparent: null };
  }
}

/** The W3C trace id of `traceparent` (`00-<32 hex>-<16 hex>-<flags>`), from the Kafka headers or the envelope. */
export function traceIdOf(headers: Record<string, string>, envelopeTraceparent: string | null): string | null {
  for (const candidate of [headers.traceparent, envelopeTraceparent]) {
    const match = candidate ? /^[0-9a-f]{2}-([0-9a-f]{32})-[0-9a-f]{16}-[0-9a-f]{2}$/.exec(candidate.trim()) : null;
    const traceId = match?.[1];
    if (traceId && !/^0+$/.test(traceId)) return traceId;
  }
  return null;
}

function toRecord(row: Row): DeadLetterRecord {
  const date = (v: unknown) => (v === null || v === undefined ? null : new Date(v as string));
  return {
    id: String(row.id),
    service: String(row.service),
    consumer: String(row.consumer),
    messageId: String(row.message_id),
    topic: String(row.topic),
    eventType: (row.event_type as string | null) ?? null,
    key: (row.message_key as string | null) ?? null,
    value: String(row.value),
    headers: (typeof row.headers === 'string' ? JSON.parse(row.headers) : row.headers) as Record<string, string>,
    partition: row.partition === null ? null : Number(row.partition),
    offset: (row.message_offset as string | null) ?? null,
    traceId: (row.trace_id as string | null) ?? null,
    reason: String(row.reason),
    attempts: Number(row.attempts),
    failures: Number(row.failures),
    firstFailedAt: new Date(row.first_failed_at as string),
    lastFailedAt: new Date(row.last_failed_at as string),
    status: row.status as DeadLetterStatus,
    replays: Number(row.replays),
    replayedAt: date(row.replayed_at),
    replayedBy: (row.replayed_by as string | null) ?? null,
    discardedAt: date(row.discarded_at),
    discardedBy: (row.discarded_by as string | null) ?? null,
    discardReason: (row.discard_reason as string | null) ?? null,
  };
}
