import { quoteIdentifier, StatementCache, type GuardedInsert, type SqlExecutor } from '@scq/platform-persistence';
import { SqlHistoryAnchors } from './history-anchor';
import { factsJson } from './history-facts-json';
import type { HistoryEntry, LifecycleInstance } from './lifecycle-instance';

/** How many parameters the transition's own write takes ($1…$20): the rows alongside number theirs after it. */
const TRANSITION_PARAMS = 20;

interface InstanceRow {
  id: string;
  machine_id: string;
  machine_version: number;
  subject_id: string;
  subject: Record<string, unknown>;
  stage: string;
  snapshot: LifecycleInstance['snapshot'];
  version: number;
  history_length: number;
  history_head: string;
  created_at: Date;
  updated_at: Date;
}

interface HistoryRow {
  instance_id: string;
  sequence: number;
  kind: HistoryEntry['kind'];
  machine_id: string;
  machine_version: number;
  from_stage: string | null;
  to_stage: string;
  event: HistoryEntry['event'];
  actor: HistoryEntry['actor'];
  reason: string | null;
  correlation_id: string;
  occurred_at: Date;
  previous_hash: string;
  hash: string;
  key_id: string | null;
  subject: Record<string, unknown> | null;
}

export interface InstanceQuery {
  machineId: string;
  stage?: string;
  /** Each key must equal the subject's value, or (for an array value in the subject) be contained in it. */
  subject?: Record<string, string>;
  /**
   * What the caller may read: instances matching at least one alternative (each: all its subject keys, as above, and
   * a stage equal to or nested under one of `stages` when given, a subject id among `subjectIds` when given). Absent:
   * every instance; empty: none.
   */
  anyOf?: Array<{ subject?: Record<string, string>; stages?: readonly string[]; subjectIds?: readonly string[] }>;
  limit: number;
  after?: { createdAt: string; id: string };
}

/** Instances and history through plain SQL (PostgreSQL and PGlite alike). */
export class SqlLifecycleStore {
  private readonly instances: string;
  private readonly history: string;
  /** The periodic anchors of this schema's history heads. */
  readonly anchors: SqlHistoryAnchors;
  /** The hot statements' text, built once: every transition runs them (and the driver names its prepared statements by it). */
  private readonly sql: { find: string; findForUpdate: string; update: string; history: string; transition: string };
  /** The transition's write with rows alongside, by the alongside statement's text (one per shape, e.g. number of outbox rows). */
  private readonly transitionWith = new StatementCache();

  constructor(readonly schema: string) {
    this.instances = `${quoteIdentifier(schema)}.lifecycle_instance`;
    this.history = `${quoteIdentifier(schema)}.lifecycle_history`;
    this.anchors = new SqlHistoryAnchors(schema);
    const update = `UPDATE ${this.instances}
            SET machine_version = $2, stage = $3, snapshot = $4::jsonb, version = $5, history_length = $6, history_head = $7, updated_at = $8
          WHERE id = $1 AND version = $9
          RETURNING id`;
    const history = `INSERT INTO ${this.history} (instance_id, sequence, kind, machine_id, machine_version, from_stage, to_stage, event, actor, reason, correlation_id, occurred_at, previous_hash, hash, key_id, subject)
       SELECT id, $10, $11, $12, $2, $13, $3, $14::jsonb, $15::jsonb, $16, $17, $8, $18, $7, $19, $20::jsonb FROM moved`;
    this.sql = {
      find: `SELECT * FROM ${this.instances} WHERE id = $1`,
      findForUpdate: `SELECT * FROM ${this.instances} WHERE id = $1 FOR UPDATE`,
      update,
      history,
      transition: `WITH moved AS (${update}) ${history}`,
    };
  }

  async find<S>(db: SqlExecutor, id: string, lock = false): Promise<LifecycleInstance<S> | null> {
    const { rows } = await db.query<InstanceRow>(lock ? this.sql.findForUpdate : this.sql.find, [id]);
    return rows[0] ? toInstance<S>(rows[0]) : null;
  }

  async findBySubject<S>(db: SqlExecutor, machineId: string, subjectId: string): Promise<LifecycleInstance<S> | null> {
    const { rows } = await db.query<InstanceRow>(`SELECT * FROM ${this.instances} WHERE machine_id = $1 AND subject_id = $2`, [machineId, subjectId]);
    return rows[0] ? toInstance<S>(rows[0]) : null;
  }

  async list<S>(db: SqlExecutor, query: InstanceQuery): Promise<Array<LifecycleInstance<S>>> {
    const params: unknown[] = [query.machineId];
    const where = ['machine_id = $1'];
    if (query.stage) {
      params.push(query.stage);
      where.push(`(stage = $${params.length} OR stage LIKE $${params.length} || '.%')`);
    }
    const subjectIs = (subject: Record<string, string>) =>
      Object.entries(subject).map(([key, value]) => {
        params.push(key, value);
        const k = `$${params.length - 1}`;
        const v = `$${params.length}`;
        return `(subject ->> ${k} = ${v} OR (jsonb_typeof(subject -> ${k}) = 'array' AND subject -> ${k} ? ${v}))`;
      });
    where.push(...subjectIs(query.subject ?? {}));
    if (query.anyOf) {
      const alternatives = query.anyOf.map(({ subject, stages, subjectIds }) => {
        const all = subjectIs(subject ?? {});
        if (stages) {
          params.push([...stages]);
          all.push(`(stage = ANY($${params.length}::text[]) OR split_part(stage, '.', 1) = ANY($${params.length}::text[]))`);
        }
        if (subjectIds) {
          params.push([...subjectIds]);
          all.push(`subject_id = ANY($${params.length}::text[])`);
        }
        return all.length ? `(${all.join(' AND ')})` : 'TRUE';
      });
      where.push(alternatives.length ? `(${alternatives.join(' OR ')})` : 'FALSE');
    }
    if (query.after) {
      params.push(query.after.createdAt, query.after.id);
      where.push(`(created_at, id) > ($${params.length - 1}::timestamptz, $${params.length}::uuid)`);
    }
    params.push(query.limit);
    const { rows } = await db.query<InstanceRow>(`SELECT * FROM ${this.instances} WHERE ${where.join(' AND ')} ORDER BY created_at, id LIMIT $${params.length}`, params);
    return rows.map((row) => toInstance<S>(row));
  }

  async instancesOf(db: SqlExecutor, machineId: string, machineVersion: number): Promise<LifecycleInstance[]> {
    const { rows } = await db.query<InstanceRow>(`SELECT * FROM ${this.instances} WHERE machine_id = $1 AND machine_version = $2 ORDER BY created_at, id`, [machineId, machineVersion]);
    return rows.map((row) => toInstance(row));
  }

  /** False when the subject already has an instance of this machine. */
  async insert(tx: SqlExecutor, instance: LifecycleInstance<unknown>): Promise<boolean> {
    const { rowCount } = await tx.query(
      `INSERT INTO ${this.instances} (id, machine_id, machine_version, subject_id, subject, stage, snapshot, version, history_length, history_head, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5::jsonb, $6, $7::jsonb, $8, $9, $10, $11, $11) ON CONFLICT (machine_id, subject_id) DO NOTHING`,
      [instance.id, instance.machineId, instance.machineVersion, instance.subjectId, JSON.stringify(instance.subject), instance.stage, JSON.stringify(instance.snapshot), instance.version, instance.historyLength, instance.historyHead, instance.createdAt],
    );
    return rowCount === 1;
  }

  /**
   * A transition's write, as one statement: the version-checked UPDATE (never TypeORM `save()`, which would
   * overwrite a stale copy) and, only if it moved the row, the history row and the `alongside` rows (the outbox's).
   * False if another transition won: then nothing was written.
   */
  async recordTransition(tx: SqlExecutor, next: LifecycleInstance<unknown>, expectedVersion: number, entry: HistoryEntry, alongside: GuardedInsert | null = null): Promise<boolean> {
    const sql = alongside ? this.transitionWithAlongside(alongside.sql('moved', TRANSITION_PARAMS + 1)) : this.sql.transition;
    const json = factsJson(entry);
    const { rows, rowCount } = await tx.query(sql, [
      next.id,
      next.machineVersion,
      next.stage,
      JSON.stringify(next.snapshot),
      next.version,
      next.historyLength,
      next.historyHead,
      // The instance changed when its history entry says (an ISO string: the hashed fact, and cheaper to send than a Date).
      entry.occurredAt,
      expectedVersion,
      entry.sequence,
      entry.kind,
      entry.machineId,
      entry.from,
      json.event,
      json.actor,
      entry.reason,
      entry.correlationId,
      entry.previousHash,
      entry.keyId,
      json.subject,
      ...(alongside?.params ?? []),
    ]);
    // With rows alongside the statement is a SELECT (of the history row written), whose row count some drivers leave out.
    if ((alongside ? rows.length : rowCount) !== 1) return false;
    alongside?.written(tx);
    return true;
  }

  private transitionWithAlongside(alongsideSql: string): string {
    return this.transitionWith.get(alongsideSql, () => `WITH moved AS (${this.sql.update}), history AS (${this.sql.history} RETURNING 1), alongside AS (${alongsideSql}) SELECT 1 AS won FROM history`);
  }

  async appendHistory(tx: SqlExecutor, entry: HistoryEntry): Promise<void> {
    const json = factsJson(entry);
    await tx.query(
      `INSERT INTO ${this.history} (instance_id, sequence, kind, machine_id, machine_version, from_stage, to_stage, event, actor, reason, correlation_id, occurred_at, previous_hash, hash, key_id, subject)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9::jsonb, $10, $11, $12, $13, $14, $15, $16::jsonb)`,
      [
        entry.instanceId,
        entry.sequence,
        entry.kind,
        entry.machineId,
        entry.machineVersion,
        entry.from,
        entry.to,
        json.event,
        json.actor,
        entry.reason,
        entry.correlationId,
        entry.occurredAt,
        entry.previousHash,
        entry.hash,
        entry.keyId,
        json.subject,
      ],
    );
  }

  async historyOf(db: SqlExecutor, instanceId: string): Promise<HistoryEntry[]> {
    const { rows } = await db.query<HistoryRow>(`SELECT * FROM ${this.history} WHERE instance_id = $1 ORDER BY sequence`, [instanceId]);
    return rows.map((row) => ({
      instanceId: row.instance_id,
      sequence: row.sequence,
      kind: row.kind,
      machineId: row.machine_id,
      machineVersion: row.machine_version,
      from: row.from_stage,
      to: row.to_stage,
      event: row.event,
      actor: row.actor,
      reason: row.reason,
      correlationId: row.correlation_id,
      occurredAt: row.occurred_at.toISOString(),
      subject: row.subject,
      keyId: row.key_id,
      previousHash: row.previous_hash,
      hash: row.hash,
    }));
  }
}

function toInstance<S>(row: InstanceRow): LifecycleInstance<S> {
  return {
    id: row.id,
    machineId: row.machine_id,
    machineVersion: row.machine_version,
    subjectId: row.subject_id,
    subject: row.subject as S,
    stage: row.stage,
    snapshot: row.snapshot,
    version: row.version,
    historyLength: row.history_length,
    historyHead: row.history_head,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
