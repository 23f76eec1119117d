import type { SqlExecutor } from '@scq/platform-persistence';
import type { FactorKind, FactorRequest, FactorRequestStatus } from '@scq/registry-domain';

export interface FactorRequestFilter {
  /** null: every request (coordinator, admins); otherwise those the unit made (owner) or must answer (responsible). */
  unit: string | null;
  /** `responsible`: only those routed to the unit; `owner`: only those the unit made. */
  as?: 'responsible' | 'owner';
  status?: FactorRequestStatus;
  kind?: FactorKind;
  scenarioId?: string;
  limit: number;
}

export interface FactorRequestRepository {
  insert(tx: SqlExecutor, request: FactorRequest): Promise<void>;
  saveAnswer(tx: SqlExecutor, request: FactorRequest): Promise<void>;
  findById(db: SqlExecutor, id: string): Promise<FactorRequest | null>;
  findByIdForUpdate(tx: SqlExecutor, id: string): Promise<FactorRequest | null>;
  /** Oldest waiting first. */
  list(db: SqlExecutor, filter: FactorRequestFilter): Promise<FactorRequest[]>;
}
