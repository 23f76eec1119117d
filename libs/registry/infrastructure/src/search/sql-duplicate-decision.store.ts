import type { SqlExecutor } from '@scq/platform-persistence';
import type { DuplicateDecision, DuplicateDecisionStore } from '@scq/registry-application';

interface DecisionRow {
  other_id: string;
  decision: DuplicateDecision['decision'];
  note: string | null;
  score: number | null;
  decided_by: string | null;
  decided_roles: string[];
  decided_at: Date;
}

/** `registry.scenario_duplicate_decision`: append-only, the pair in canonical order, the latest row counts. */
export class SqlDuplicateDecisionStore implements DuplicateDecisionStore {
  async record(tx: SqlExecutor, d: DuplicateDecision): Promise<void> {
    await tx.query(
      `INSERT INTO registry.scenario_duplicate_decision (scenario_low, scenario_high, decision, score, note, decided_by, decided_roles, decided_at)
       VALUES (least($1::uuid, $2::uuid), greatest($1::uuid, $2::uuid), $3, $4, $5, $6, $7::text[], $8)`,
      [d.scenarioId, d.otherId, d.decision, d.score, d.note, d.decidedBy, d.decidedRoles, d.decidedAt],
    );
  }

  async latestFor(db: SqlExecutor, scenarioId: string): Promise<DuplicateDecision[]> {
    const { rows } = await db.query<DecisionRow>(
      `SELECT DISTINCT ON (d.other_id) d.other_id, d.decision, d.score, d.note, d.decided_by, d.decided_roles, d.decided_at
         FROM (SELECT CASE WHEN scenario_low = $1::uuid THEN scenario_high ELSE scenario_low END AS other_id, *
                 FROM registry.scenario_duplicate_decision
                WHERE scenario_low = $1::uuid OR scenario_high = $1::uuid) d
        ORDER BY d.other_id, d.id DESC`,
      [scenarioId],
    );
    return rows.map((row) => ({
      scenarioId,
      otherId: row.other_id,
      decision: row.decision,
      note: row.note,
      score: row.score === null ? null : Number(row.score),
      decidedBy: row.decided_by,
      decidedRoles: row.decided_roles,
      decidedAt: new Date(row.decided_at),
    }));
  }
}
