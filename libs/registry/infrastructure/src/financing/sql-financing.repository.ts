import type { SqlExecutor } from '@scq/platform-persistence';
import type { FinancingRepository, FinancingTotal, FinancingTotals } from '@scq/registry-application';
import type { Financing, FinancingKind, FinancingStatus } from '@scq/registry-domain';

interface FinancingRow {
  id: string;
  scenario_id: string;
  owner_unit: string;
  kind: FinancingKind;
  institution: string;
  product: string;
  amount_fen: string;
  term_months: number | null;
  status: FinancingStatus;
  applied_on: string;
  approved_on: string | null;
  disbursed_on: string | null;
  declined_on: string | null;
  closed_on: string | null;
  note: { zh?: string; en?: string } | null;
  status_note: string | null;
  created_by: string;
  created_at: Date;
  updated_by: string;
  updated_at: Date;
}

/** bigint and dates come back as text: fen never pass through a float, dates never through a local-midnight Date. */
const COLUMNS = `id, scenario_id, owner_unit, kind, institution, product, amount_fen::text AS amount_fen, term_months, status, applied_on::text AS applied_on,
  approved_on::text AS approved_on, disbursed_on::text AS disbursed_on, declined_on::text AS declined_on, closed_on::text AS closed_on, note, status_note,
  created_by, created_at, updated_by, updated_at`;

/** Sums of bigint fen are numeric in SQL and text here (exact, whatever their size). */
const SUMS = `count(*)::int AS count, coalesce(sum(f.amount_fen), 0)::text AS applied_fen,
  coalesce(sum(f.amount_fen) FILTER (WHERE f.approved_on IS NOT NULL), 0)::text AS approved_fen,
  coalesce(sum(f.amount_fen) FILTER (WHERE f.disbursed_on IS NOT NULL), 0)::text AS disbursed_fen`;

interface TotalRow {
  key: string;
  count: number;
  applied_fen: string;
  approved_fen: string;
  disbursed_fen: string;
}

export class SqlFinancingRepository implements FinancingRepository {
  async insert(tx: SqlExecutor, f: Financing): Promise<void> {
    await tx.query(
      `INSERT INTO registry.scenario_financing (id, scenario_id, owner_unit, kind, institution, product, amount_fen, term_months, status, applied_on, approved_on,
         disbursed_on, declined_on, closed_on, note, status_note, created_by, created_at, updated_by, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20)`,
      [
        f.id, f.scenarioId, f.ownerUnit, f.kind, f.institution, f.product, String(f.amountFen), f.termMonths, f.status, f.appliedOn, f.approvedOn,
        f.disbursedOn, f.declinedOn, f.closedOn, f.note === null ? null : JSON.stringify(f.note), f.statusNote, f.createdBy, f.createdAt, f.updatedBy, f.updatedAt,
      ],
    );
  }

  async update(tx: SqlExecutor, f: Financing): Promise<void> {
    await tx.query(
      `UPDATE registry.scenario_financing SET status = $2, approved_on = $3, disbursed_on = $4, declined_on = $5, closed_on = $6, status_note = $7, updated_by = $8, updated_at = $9
       WHERE id = $1`,
      [f.id, f.status, f.approvedOn, f.disbursedOn, f.declinedOn, f.closedOn, f.statusNote, f.updatedBy, f.updatedAt],
    );
  }

  async findByIdForUpdate(tx: SqlExecutor, scenarioId: string, id: string): Promise<Financing | null> {
    const { rows } = await tx.query<FinancingRow>(`SELECT ${COLUMNS} FROM registry.scenario_financing WHERE id = $1 AND scenario_id = $2 FOR UPDATE`, [id, scenarioId]);
    return rows[0] ? toFinancing(rows[0]) : null;
  }

  async listOf(db: SqlExecutor, scenarioId: string): Promise<Financing[]> {
    const { rows } = await db.query<FinancingRow>(`SELECT ${COLUMNS} FROM registry.scenario_financing WHERE scenario_id = $1 ORDER BY created_at, id`, [scenarioId]);
    return rows.map(toFinancing);
  }

  async totals(db: SqlExecutor): Promise<FinancingTotals> {
    const by = async (key: string) => {
      const { rows } = await db.query<TotalRow>(
        `SELECT ${key} AS key, ${SUMS} FROM registry.scenario_financing f JOIN registry.scenario s ON s.id = f.scenario_id GROUP BY 1 ORDER BY 1`,
      );
      return rows.map(toTotal);
    };
    const [overall] = await by(`'all'`);
    const { key: _all, ...rest } = overall ?? { key: 'all', count: 0, appliedFen: '0', approvedFen: '0', disbursedFen: '0' };
    return {
      overall: rest,
      byKind: (await by('f.kind')) as FinancingTotals['byKind'],
      byDomain: await by('s.domain_code'),
      byDistrict: await by(`coalesce(s.district, '')`),
    };
  }
}

function toTotal(row: TotalRow): FinancingTotal {
  return { key: row.key, count: row.count, appliedFen: row.applied_fen, approvedFen: row.approved_fen, disbursedFen: row.disbursed_fen };
}

function toFinancing(row: FinancingRow): Financing {
  return {
    id: row.id,
    scenarioId: row.scenario_id,
    ownerUnit: row.owner_unit,
    kind: row.kind,
    institution: row.institution,
    product: row.product,
    // At most 10^14 by the table's check: a safe integer, read from text without rounding.
    amountFen: Number(row.amount_fen),
    termMonths: row.term_months,
    status: row.status,
    appliedOn: row.applied_on,
    approvedOn: row.approved_on,
    disbursedOn: row.disbursed_on,
    declinedOn: row.declined_on,
    closedOn: row.closed_on,
    note: row.note,
    statusNote: row.status_note,
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedBy: row.updated_by,
    updatedAt: row.updated_at,
  };
}
