import { beijingDateOf } from '@scq/calendar';
import type { EventPublisher } from '@scq/platform-messaging';
import type { Database, SqlExecutor } from '@scq/platform-persistence';
import {
  HUMAN_RESOURCES_UNIT,
  makeEmploymentReport,
  MatchmakingRuleError,
  newBreaches,
  normaliseUnit,
  requireEmploymentDashboardReader,
  requireEmploymentReader,
  requireEmploymentReporter,
  riskLevelOf,
  type EmploymentReport,
  type EmploymentReportInput,
  type EmploymentRiskLevel,
  type MatchmakingCaller,
} from '@scq/registry-domain';
import type { ScenarioRepository } from '../scenario.repository.port';
import { systemClock, type MatchmakingClock } from '../opportunities/owned-opportunity.loader';
import type { EmploymentReportRepository } from './employment-report.repository.port';

export interface EmploymentDashboardItem {
  scenarioId: string;
  scenarioTitle: { zh: string; en: string | null };
  domainCode: string;
  district: string | null;
  ownerUnit: string;
  level: EmploymentRiskLevel;
  period: string;
  jobsCreated: number;
  jobsDisplaced: number;
  netDisplaced: number;
  breaches: EmploymentReport['breaches'];
  reportedAt: Date;
}

export interface EmploymentDashboard {
  period: string | null;
  counts: Record<EmploymentRiskLevel, number>;
  items: EmploymentDashboardItem[];
}

const LEVEL_ORDER: Record<EmploymentRiskLevel, number> = { breach: 0, watch: 1, ok: 2 };

/**
 * 就业风险监测: the owner unit reports a scenario's jobs created and displaced per period and group; the thresholds
 * (registry domain data) are checked as the report is written, and a newly breached rule is announced
 * (`registry.scenario.employment-risk-breached`, in the same transaction) for the notification service to alert
 * 市人力社保局 and the owner unit. The dashboard ranks scenarios by risk.
 */
export class EmploymentRiskHandler {
  constructor(
    private readonly db: Database,
    private readonly reports: EmploymentReportRepository,
    private readonly scenarios: ScenarioRepository,
    private readonly publisher: EventPublisher,
    private readonly clock: MatchmakingClock = systemClock,
  ) {}

  report(caller: MatchmakingCaller, scenarioId: string, period: string, input: EmploymentReportInput): Promise<EmploymentReport> {
    return this.db.transaction(async (tx) => {
      const ownerUnit = await this.ownerOf(tx, scenarioId);
      requireEmploymentReporter(caller, ownerUnit);
      const previous = await this.reports.findForUpdate(tx, scenarioId, period);
      const at = this.clock();
      const report = makeEmploymentReport(input, { scenarioId, period, ownerUnit, today: beijingDateOf(at), by: caller.id, at, previous });
      await this.reports.save(tx, report);
      const added = newBreaches(report, previous);
      if (added.length > 0) {
        await this.publisher.publish(tx, 'registry.scenario.v1', 'registry.scenario.employment-risk-breached', {
          subject: scenarioId,
          data: {
            scenarioId,
            period,
            ownerUnit,
            breaches: added,
            jobsCreated: report.jobsCreated,
            jobsDisplaced: report.jobsDisplaced,
            alertUnits: [...new Set([HUMAN_RESOURCES_UNIT, ownerUnit])],
            reportedBy: caller.id,
            reportedAt: at.toISOString(),
          },
        });
      }
      return report;
    });
  }

  async list(caller: MatchmakingCaller, scenarioId: string): Promise<EmploymentReport[]> {
    requireEmploymentReader(caller, await this.ownerOf(this.db, scenarioId));
    return this.reports.listOf(this.db, scenarioId);
  }

  async dashboard(caller: MatchmakingCaller, period: string | null): Promise<EmploymentDashboard> {
    requireEmploymentDashboardReader(caller);
    const rows = await this.reports.latest(this.db, period);
    const items = rows
      .map(({ report, scenarioTitle, domainCode, district }): EmploymentDashboardItem => ({
        scenarioId: report.scenarioId,
        scenarioTitle,
        domainCode,
        district,
        ownerUnit: report.ownerUnit,
        level: riskLevelOf(report),
        period: report.period,
        jobsCreated: report.jobsCreated,
        jobsDisplaced: report.jobsDisplaced,
        netDisplaced: report.jobsDisplaced - report.jobsCreated,
        breaches: report.breaches,
        reportedAt: report.reportedAt,
      }))
      .sort((a, b) => LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] || b.breaches.length - a.breaches.length || b.netDisplaced - a.netDisplaced || a.scenarioId.localeCompare(b.scenarioId));
    const counts = { breach: 0, watch: 0, ok: 0 };
    for (const item of items) counts[item.level] += 1;
    return { period, counts, items };
  }

  private async ownerOf(db: SqlExecutor, scenarioId: string): Promise<string> {
    const scenario = await this.scenarios.findById(db, scenarioId);
    if (!scenario) throw new MatchmakingRuleError('not-found', 'NOT_FOUND', `场景不存在 Scenario ${scenarioId} not found`);
    return normaliseUnit(scenario.ownerUnit);
  }
}
