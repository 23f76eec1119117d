import type { SqlExecutor } from '@scq/platform-persistence';
import type { Scenario } from '@scq/registry-domain';

export interface ScenarioPage {
  items: Scenario[];
  /** Pass back as `after` for the next page; null on the last page. */
  nextCursor: string | null;
}

export interface ScenarioRepository {
  insert(tx: SqlExecutor, scenario: Scenario): Promise<void>;
  findById(db: SqlExecutor, id: string): Promise<Scenario | null>;
  /** Locks the row for the rest of the transaction. */
  findByIdForUpdate(tx: SqlExecutor, id: string): Promise<Scenario | null>;
  updateStage(tx: SqlExecutor, id: string, stage: string, sequence: number, changedAt: Date): Promise<void>;
  list(db: SqlExecutor, query: { stage?: string; limit: number; after?: string }): Promise<ScenarioPage>;
}

export const SCENARIO_REPOSITORY = Symbol('SCENARIO_REPOSITORY');
