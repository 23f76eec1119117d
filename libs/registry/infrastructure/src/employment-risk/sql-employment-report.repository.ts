import type { SqlExecutor } from '@scq/platform-persistence';
import type { EmploymentDashboardRow, EmploymentReportRepository } from '@scq/registry-application';
import type { EmploymentBreach, EmploymentGroupFigures, EmploymentReport, PeriodKind } from '@scq/registry-domain';

interface ReportRow {
  scenario_id: string;
  period: string;
  period_kind: PeriodKind;
  owner_unit: string;
  groups: EmploymentGroupFigures[];
  jobs_created: number;
  jobs_displaced: number;
  breaches: EmploymentBreach[];
  note: { zh?: string; en?: string } | null;
  revision: number;
  reported_by: string;
  reported_at: Date;
}

const COLUMNS = 'r.scenario_id, r.period, r.period_kind, r.owner_unit, r.groups, r.jobs_created, r.jobs_displaced, r.breaches, r.note, r.revision, r.reported_by, r.reported_at';

export class SqlEmploymentReportRepository implements EmploymentReportRepository {
  async save(tx: SqlExecutor, r: EmploymentReport): Promise<void> {
    await tx.query(
      `INSERT INTO registry.employment_report (scenario_id, period, period_kind, owner_unit, groups, jobs_created, jobs_displaced, breaches, breach_count, note, revision, reported_by, reported_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
       ON CONFLICT (scenario_id, period) DO UPDATE SET owner_unit = EXCLUDED.owner_unit, groups = EXCLUDED.groups, jobs_created = EXCLUDED.jobs_created,
         jobs_displaced = EXCLUDED.jobs_displaced, breaches = EXCLUDED.breaches, breach_count = EXCLUDED.breach_count, note = EXCLUDED.note, revision = EXCLUDED.revision,
         reported_by = EXCLUDED.reported_by, reported_at = EXCLUDED.reported_at`,
      [
        r.scenarioId, r.period, r.periodKind, r.ownerUnit, JSON.stringify(r.groups), r.jobsCreated, r.jobsDisplaced, JSON.stringify(r.breaches), r.breaches.length,
        r.note === null ? null : JSON.stringify(r.note), r.revision, r.reportedBy, r.reportedAt,
      ],
    );
  }

  async findForUpdate(tx: SqlExecutor, scenarioId: string, period: string): Promise<EmploymentReport | null> {
    const { rows } = await tx.query<ReportRow>(`SELECT ${COLUMNS} FROM registry.employment_report r WHERE r.scenario_id = $1 AND r.period = $2 FOR UPDATE`, [scenarioId, period]);
    return rows[0] ? toReport(rows[0]) : null;
  }

  async listOf(db: SqlExecutor, scenarioId: string): Promise<EmploymentReport[]> {
    const { rows } = await db.query<ReportRow>(`SELECT ${COLUMNS} FROM registry.employment_report r WHERE r.scenario_id = $1 ORDER BY r.period DESC`, [scenarioId]);
    return rows.map(toReport);
  }

  async latest(db: SqlExecutor, period: string | null): Promise<EmploymentDashboardRow[]> {
    // A month sorts before the quarters of its year as text ('2026-03' < '2026-Q1'): order by the period's first day instead.
    const start = `make_date(substr(r.period, 1, 4)::int, CASE WHEN r.period_kind = 'quarter' THEN (substr(r.period, 7, 1)::int - 1) * 3 + 1 ELSE substr(r.period, 6, 2)::int END, 1)`;
    const { rows } = await db.query<ReportRow & { title_zh: string; title_en: string | null; domain_code: string; district: string | null }>(
      `SELECT DISTINCT ON (r.scenario_id) ${COLUMNS}, s.title_zh, s.title_en, s.domain_code, s.district
       FROM registry.employment_report r JOIN registry.scenario s ON s.id = r.scenario_id
       ${period === null ? '' : 'WHERE r.period = $1'}
       ORDER BY r.scenario_id, ${start} DESC, r.period_kind DESC`,
      period === null ? [] : [period],
    );
    return rows.map((row) => ({ report: toReport(row), scenarioTitle: { zh: row.title_zh, en: row.title_en }, domainCode: row.domain_code, district: row.district }));
  }
}

function toReport(row: ReportRow): EmploymentReport {
  return {
    scenarioId: row.scenario_id,
    period: row.period,
    periodKind: row.period_kind,
    ownerUnit: row.owner_unit,
    groups: row.groups,
    jobsCreated: row.jobs_created,
    jobsDisplaced: row.jobs_displaced,
    breaches: row.breaches,
    note: row.note,
    revision: row.revision,
    reportedBy: row.reported_by,
    reportedAt: row.reported_at,
  };
}
