import type { SqlExecutor } from '@scq/platform-persistence';
import type { FactorRequestFilter, FactorRequestRepository } from '@scq/registry-application';
import type { FactorKind, FactorOutcome, FactorRequest, FactorRequestStatus } from '@scq/registry-domain';

interface FactorRequestRow {
  id: string;
  scenario_id: string;
  scenario_title: { zh: string; en: string | null };
  owner_unit: string;
  kind: FactorKind;
  responsible_unit: string;
  need: { zh?: string; en?: string };
  quantity: string | null;
  working_days: number;
  deadline_id: string;
  status: FactorRequestStatus;
  outcome: FactorOutcome | null;
  answer: { zh?: string; en?: string } | null;
  requested_by: string;
  requested_at: Date;
  answered_by: string | null;
  answered_at: Date | null;
}

const COLUMNS = `id, scenario_id, scenario_title, owner_unit, kind, responsible_unit, need, quantity, working_days, deadline_id, status, outcome, answer,
  requested_by, requested_at, answered_by, answered_at`;

export class SqlFactorRequestRepository implements FactorRequestRepository {
  async insert(tx: SqlExecutor, r: FactorRequest): Promise<void> {
    await tx.query(
      `INSERT INTO registry.factor_request (${COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)`,
      [
        r.id, r.scenarioId, JSON.stringify(r.scenarioTitle), r.ownerUnit, r.kind, r.responsibleUnit, JSON.stringify(r.need), r.quantity, r.workingDays, r.deadlineId,
        r.status, r.outcome, r.answer === null ? null : JSON.stringify(r.answer), r.requestedBy, r.requestedAt, r.answeredBy, r.answeredAt,
      ],
    );
  }

  async saveAnswer(tx: SqlExecutor, r: FactorRequest): Promise<void> {
    await tx.query('UPDATE registry.factor_request SET status = $2, outcome = $3, answer = $4, answered_by = $5, answered_at = $6 WHERE id = $1', [
      r.id, r.status, r.outcome, r.answer === null ? null : JSON.stringify(r.answer), r.answeredBy, r.answeredAt,
    ]);
  }

  async findById(db: SqlExecutor, id: string): Promise<FactorRequest | null> {
    const { rows } = await db.query<FactorRequestRow>(`SELECT ${COLUMNS} FROM registry.factor_request WHERE id = $1`, [id]);
    return rows[0] ? toRequest(rows[0]) : null;
  }

  async findByIdForUpdate(tx: SqlExecutor, id: string): Promise<FactorRequest | null> {
    const { rows } = await tx.query<FactorRequestRow>(`SELECT ${COLUMNS} FROM registry.factor_request WHERE id = $1 FOR UPDATE`, [id]);
    return rows[0] ? toRequest(rows[0]) : null;
  }

  async list(db: SqlExecutor, filter: FactorRequestFilter): Promise<FactorRequest[]> {
    const where: string[] = [];
    const params: unknown[] = [];
    const add = (sql: (n: string) => string, value: unknown) => {
      params.push(value);
      where.push(sql(`$${params.length}`));
    };
    if (filter.unit !== null) {
      if (filter.as === 'responsible') add((n) => `responsible_unit = ${n}`, filter.unit);
      else if (filter.as === 'owner') add((n) => `owner_unit = ${n}`, filter.unit);
      else add((n) => `(responsible_unit = ${n} OR owner_unit = ${n})`, filter.unit);
    }
    if (filter.status) add((n) => `status = ${n}`, filter.status);
    if (filter.kind) add((n) => `kind = ${n}`, filter.kind);
    if (filter.scenarioId) add((n) => `scenario_id = ${n}`, filter.scenarioId);
    params.push(filter.limit);
    const { rows } = await db.query<FactorRequestRow>(
      `SELECT ${COLUMNS} FROM registry.factor_request ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY requested_at, id LIMIT $${params.length}`,
      params,
    );
    return rows.map(toRequest);
  }
}

function toRequest(row: FactorRequestRow): FactorRequest {
  return {
    id: row.id,
    scenarioId: row.scenario_id,
    scenarioTitle: row.scenario_title,
    ownerUnit: row.owner_unit,
    kind: row.kind,
    responsibleUnit: row.responsible_unit,
    need: row.need,
    quantity: row.quantity,
    workingDays: row.working_days,
    deadlineId: row.deadline_id,
    status: row.status,
    outcome: row.outcome,
    answer: row.answer,
    requestedBy: row.requested_by,
    requestedAt: row.requested_at,
    answeredBy: row.answered_by,
    answeredAt: row.answered_at,
  };
}
