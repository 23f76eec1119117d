import type { SqlExecutor } from '@scq/platform-persistence';
import type { ConflictDeclaration, OrganisationNode } from '@scq/evaluation-domain';
import type { IdPageRequest, TimeIdPageRequest } from './page-request';

export interface OrganisationRecord extends OrganisationNode {
  name: string;
  updatedAt: string;
}

export interface EvaluatorRecord {
  /** The evaluator's user id (the account they sign in with). */
  id: string;
  name: string;
  organisationId: string;
  expertise: string[];
  available: boolean;
  capacity: number;
  active: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface ConflictRecord extends ConflictDeclaration {
  id: string;
  evaluatorId: string;
  declaredBy: string;
  declaredAt: string;
}

export interface EvaluatorFilter {
  domain?: string;
  available?: boolean;
  includeRetired?: boolean;
}

export const EVALUATOR_POOL_REPOSITORY = Symbol('EVALUATOR_POOL_REPOSITORY');

/** The evaluator pool: organisations (with parents), evaluators, their declared conflicts and current load. */
export interface EvaluatorPoolRepository {
  /** Serialises assignment across assessments (a transaction-scoped lock), so loads never overshoot capacity. */
  lock(tx: SqlExecutor): Promise<void>;
  upsertOrganisation(tx: SqlExecutor, organisation: Omit<OrganisationRecord, 'updatedAt'>, at: Date): Promise<void>;
  /** In id order: every organisation, or one page of them. */
  organisations(db: SqlExecutor, page?: IdPageRequest): Promise<OrganisationRecord[]>;
  insertEvaluator(tx: SqlExecutor, evaluator: EvaluatorRecord): Promise<boolean>;
  updateEvaluator(tx: SqlExecutor, evaluator: EvaluatorRecord): Promise<void>;
  findEvaluator(db: SqlExecutor, id: string): Promise<EvaluatorRecord | null>;
  /** In id order: every evaluator that passes the filter, or one page of them. */
  listEvaluators(db: SqlExecutor, filter: EvaluatorFilter, page?: IdPageRequest): Promise<EvaluatorRecord[]>;
  addConflict(tx: SqlExecutor, conflict: ConflictRecord): Promise<void>;
  removeConflict(tx: SqlExecutor, evaluatorId: string, conflictId: string): Promise<boolean>;
  /** Declarations of these evaluators (all when `evaluatorIds` is omitted), in (declared_at, id) order; all, or one page of them. */
  conflicts(db: SqlExecutor, evaluatorIds?: string[], page?: TimeIdPageRequest): Promise<ConflictRecord[]>;
  /** Open assignments (assigned, not scored, on an assessment that is not superseded) per evaluator. */
  loads(db: SqlExecutor): Promise<Map<string, number>>;
}
