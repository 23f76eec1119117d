import type { SqlExecutor } from '@scq/platform-persistence';
import type { ScenarioProcurement } from '@scq/registry-domain';

export interface ProcurementRepository {
  /** One record per scenario: a change replaces it. */
  save(tx: SqlExecutor, procurement: ScenarioProcurement): Promise<void>;
  find(db: SqlExecutor, scenarioId: string): Promise<ScenarioProcurement | null>;
  /** The records of these scenarios (for an export), by scenario id. */
  findMany(db: SqlExecutor, scenarioIds: readonly string[]): Promise<Map<string, ScenarioProcurement>>;
}
