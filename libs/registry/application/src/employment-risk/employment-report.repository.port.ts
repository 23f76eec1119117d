import type { SqlExecutor } from '@scq/platform-persistence';
import type { EmploymentReport } from '@scq/registry-domain';

/** A scenario's latest report (or that of one period), for the dashboard. */
export interface EmploymentDashboardRow {
  report: EmploymentReport;
  scenarioTitle: { zh: string; en: string | null };
  domainCode: string;
  district: string | null;
}

export interface EmploymentReportRepository {
  /** Writes the period's report (a correction replaces the row; the revision counts). */
  save(tx: SqlExecutor, report: EmploymentReport): Promise<void>;
  findForUpdate(tx: SqlExecutor, scenarioId: string, period: string): Promise<EmploymentReport | null>;
  /** A scenario's reports, newest period first. */
  listOf(db: SqlExecutor, scenarioId: string): Promise<EmploymentReport[]>;
  /** Per scenario: the report of `period`, or without it the latest period reported. */
  latest(db: SqlExecutor, period: string | null): Promise<EmploymentDashboardRow[]>;
}
