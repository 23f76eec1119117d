import type { SqlExecutor } from '@scq/platform-persistence';
import type { ConflictRecord, EvaluatorFilter, EvaluatorPoolRepository, EvaluatorRecord, IdPageRequest, OrganisationRecord, TimeIdPageRequest } from '@scq/evaluation-application';
import { iso, textArray } from './sql-values';

type Row = Record<string, unknown>;

/** The evaluator pool in the `evaluation` schema, in plain SQL (PostgreSQL and PGlite alike). */
export class SqlEvaluatorPoolRepository implements EvaluatorPoolRepository {
  async lock(tx: SqlExecutor): Promise<void> {
    await tx.query(`SELECT pg_advisory_xact_lock(hashtext('evaluation.pool'))`);
  }

  async upsertOrganisation(tx: SqlExecutor, organisation: Omit<OrganisationRecord, 'updatedAt'>, at: Date): Promise<void> {
    await tx.query(
      `INSERT INTO evaluation.organisation (id, name, parent_id, accounts, updated_at) VALUES ($1, $2, $3, $4::text[], $5)
       ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, parent_id = EXCLUDED.parent_id, accounts = EXCLUDED.accounts, updated_at = EXCLUDED.updated_at`,
      [organisation.id, organisation.name, organisation.parentId, [...organisation.accounts], at],
    );
  }

  async organisations(db: SqlExecutor, page?: IdPageRequest): Promise<OrganisationRecord[]> {
    const { rows } = await db.query<Row>('SELECT * FROM evaluation.organisation WHERE ($1::text IS NULL OR id > $1::text) ORDER BY id LIMIT $2', [page?.after ?? null, page?.limit ?? null]);
    return rows.map((row) => ({ id: String(row.id), name: String(row.name), parentId: (row.parent_id as string | null) ?? null, accounts: textArray(row.accounts), updatedAt: iso(row.updated_at) }));
  }

  async insertEvaluator(tx: SqlExecutor, e: EvaluatorRecord): Promise<boolean> {
    const { rowCount } = await tx.query(
      `INSERT INTO evaluation.evaluator (id, name, organisation_id, expertise, available, capacity, active, created_at, updated_at)
       VALUES ($1, $2, $3, $4::text[], $5, $6, $7, $8, $9) ON CONFLICT (id) DO NOTHING`,
      [e.id, e.name, e.organisationId, e.expertise, e.available, e.capacity, e.active, e.createdAt, e.updatedAt],
    );
    return rowCount === 1;
  }

  async updateEvaluator(tx: SqlExecutor, e: EvaluatorRecord): Promise<void> {
    await tx.query(
      `UPDATE evaluation.evaluator SET name = $2, organisation_id = $3, expertise = $4::text[], available = $5, capacity = $6, active = $7, updated_at = $8 WHERE id = $1`,
      [e.id, e.name, e.organisationId, e.expertise, e.available, e.capacity, e.active, e.updatedAt],
    );
  }

  async findEvaluator(db: SqlExecutor, id: string): Promise<EvaluatorRecord | null> {
    const { rows } = await db.query<Row>('SELECT * FROM evaluation.evaluator WHERE id = $1', [id]);
    return rows[0] ? toEvaluator(rows[0]) : null;
  }

  async listEvaluators(db: SqlExecutor, filter: EvaluatorFilter, page?: IdPageRequest): Promise<EvaluatorRecord[]> {
    const { rows } = await db.query<Row>(
      `SELECT * FROM evaluation.evaluator
        WHERE ($1::boolean OR active) AND ($2::text IS NULL OR $2::text = ANY (expertise)) AND ($3::boolean IS NULL OR available = $3::boolean)
          AND ($4::text IS NULL OR id > $4::text)
        ORDER BY id LIMIT $5`,
      [filter.includeRetired ?? false, filter.domain ?? null, filter.available ?? null, page?.after ?? null, page?.limit ?? null],
    );
    return rows.map(toEvaluator);
  }

  async addConflict(tx: SqlExecutor, c: ConflictRecord): Promise<void> {
    await tx.query(
      `INSERT INTO evaluation.conflict_declaration (id, evaluator_id, kind, party, reason, ended_on, declared_by, declared_at) VALUES ($1, $2, $3, $4, $5, $6::date, $7, $8)`,
      [c.id, c.evaluatorId, c.kind, c.party, c.reason, c.endedOn, c.declaredBy, c.declaredAt],
    );
  }

  async removeConflict(tx: SqlExecutor, evaluatorId: string, conflictId: string): Promise<boolean> {
    const { rowCount } = await tx.query('DELETE FROM evaluation.conflict_declaration WHERE id = $1 AND evaluator_id = $2', [conflictId, evaluatorId]);
    return rowCount === 1;
  }

  async conflicts(db: SqlExecutor, evaluatorIds?: string[], page?: TimeIdPageRequest): Promise<ConflictRecord[]> {
    const { rows } = await db.query<Row>(
      `SELECT id, evaluator_id, kind, party, reason, ended_on::text AS ended_on, declared_by, declared_at FROM evaluation.conflict_declaration
        WHERE ($1::text[] IS NULL OR evaluator_id = ANY ($1::text[])) AND ($2::timestamptz IS NULL OR (declared_at, id) > ($2::timestamptz, $3::uuid))
        ORDER BY declared_at, id LIMIT $4`,
      [evaluatorIds ?? null, page?.after?.at ?? null, page?.after?.id ?? null, page?.limit ?? null],
    );
    return rows.map((row) => ({
      id: String(row.id),
      evaluatorId: String(row.evaluator_id),
      kind: row.kind as ConflictRecord['kind'],
      party: String(row.party),
      reason: String(row.reason),
      endedOn: (row.ended_on as string | null) ?? null,
      declaredBy: String(row.declared_by),
      declaredAt: iso(row.declared_at),
    }));
  }

  async loads(db: SqlExecutor): Promise<Map<string, number>> {
    const { rows } = await db.query<{ evaluator_id: string; load: number }>(
      `SELECT a.evaluator_id, count(*)::int AS load FROM evaluation.assignment a JOIN evaluation.assessment s ON s.id = a.assessment_id
        WHERE a.status = 'assigned' AND s.superseded_by IS NULL AND s.cancelled_at IS NULL AND s.finalized_at IS NULL GROUP BY a.evaluator_id`,
    );
    return new Map(rows.map((row) => [row.evaluator_id, Number(row.load)]));
  }
}

function toEvaluator(row: Row): EvaluatorRecord {
  return {
    id: String(row.id),
    name: String(row.name),
    organisationId: String(row.organisation_id),
    expertise: textArray(row.expertise),
    available: Boolean(row.available),
    capacity: Number(row.capacity),
    active: Boolean(row.active),
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
  };
}
