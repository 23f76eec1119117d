import type { SqlExecutor } from '@scq/platform-persistence';
import type { TargetFactsReader } from '@scq/registry-application';
import type { ShanghaiYear } from '@scq/calendar';
import type { MatchmakingEventFact, TargetFacts } from '@scq/registry-domain';

/**
 * The rows of one Beijing year for the target report; the counting itself is pure (registry-domain
 * `targetProgress`). Dates are read as text, years bounded by instants (scenarios) or dates (the rest), so
 * the statements need no time-zone support and run alike on PostgreSQL and PGlite.
 */
export class SqlTargetFactsReader implements TargetFactsReader {
  async read(db: SqlExecutor, year: ShanghaiYear): Promise<TargetFacts> {
    const scenarios = await db.query<{
      id: string;
      tier: string;
      aspect_code: string;
      domain_code: string;
      taxonomy_version: string;
      district: string | null;
      registered_at: Date;
      recognized_at: Date | null;
      funding_source: string | null;
      budget_total_fen: string | null;
      new_scenario_reserve_fen: string | null;
      joint: boolean;
    }>(
      `SELECT id, tier, aspect_code, domain_code, taxonomy_version, district, registered_at, recognized_at, funding_source, budget_total_fen::text AS budget_total_fen,
              new_scenario_reserve_fen::text AS new_scenario_reserve_fen, joint
         FROM registry.scenario
        WHERE ((registered_at >= $1 AND registered_at < $2) OR (recognized_at >= $1 AND recognized_at < $2))
          AND (tier = 'comprehensive-major' OR funding_source = 'government-investment')`,
      [year.from, year.to],
    );
    const opportunities = await db.query<{
      id: string;
      published_on: string;
      close_reason: string | null;
      respond_by: string;
      stage: string | null;
      aspect_code: string; domain_code: string; taxonomy_version: string;
      district: string | null;
    }>(
      `SELECT o.id, o.published_on::text AS published_on, o.close_reason, o.respond_by::text AS respond_by, s.stage, s.aspect_code, s.domain_code, s.taxonomy_version, s.district
         FROM registry.opportunity o JOIN registry.scenario s ON s.id = o.scenario_id
        WHERE o.status <> 'draft' AND o.published_on >= $1::date AND o.published_on <= $2::date`,
      [year.firstDate, year.lastDate],
    );
    const events = await db.query<{ id: string; held_on: string; district: string | null; has_outcome: boolean; aspect_code: string | null; domain_code: string | null; taxonomy_version: string | null }>(
      `SELECT e.id, e.held_on::text AS held_on, e.district, EXISTS (SELECT 1 FROM registry.matchmaking_outcome r WHERE r.event_id = e.id) AS has_outcome, s.aspect_code, s.domain_code, s.taxonomy_version
         FROM registry.matchmaking_event e
         LEFT JOIN registry.matchmaking_presented p ON p.event_id = e.id
         LEFT JOIN registry.opportunity o ON o.id = p.opportunity_id
         LEFT JOIN registry.scenario s ON s.id = o.scenario_id
        WHERE e.held_on >= $1::date AND e.held_on <= $2::date
        ORDER BY e.held_on, e.id`,
      [year.firstDate, year.lastDate],
    );
    const byEvent = new Map<string, MatchmakingEventFact>();
    for (const row of events.rows) {
      const event = byEvent.get(row.id) ?? { id: row.id, heldOn: row.held_on, district: row.district, hasOutcome: row.has_outcome, presented: [] };
      if (row.domain_code !== null && row.aspect_code !== null && row.taxonomy_version !== null) {
        event.presented.push({ aspectCode: row.aspect_code, domainCode: row.domain_code, taxonomyVersion: row.taxonomy_version });
      }
      byEvent.set(row.id, event);
    }
    return {
      scenarios: scenarios.rows.map((s) => ({
        id: s.id,
        tier: s.tier,
        aspectCode: s.aspect_code,
        domainCode: s.domain_code,
        taxonomyVersion: s.taxonomy_version,
        district: s.district,
        registeredAt: s.registered_at,
        recognisedAt: s.recognized_at,
        fundingSource: s.funding_source,
        budgetTotalFen: s.budget_total_fen === null ? null : Number(s.budget_total_fen),
        newScenarioReserveFen: s.new_scenario_reserve_fen === null ? null : Number(s.new_scenario_reserve_fen),
        joint: s.joint,
      })),
      opportunities: opportunities.rows.map((o) => ({
        id: o.id,
        publishedOn: o.published_on,
        closeReason: o.close_reason,
        respondBy: o.respond_by,
        scenarioStage: o.stage,
        district: o.district,
        aspectCode: o.aspect_code,
        domainCode: o.domain_code,
        taxonomyVersion: o.taxonomy_version,
      })),
      events: [...byEvent.values()],
    };
  }
}
