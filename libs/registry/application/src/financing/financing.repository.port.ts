import type { SqlExecutor } from '@scq/platform-persistence';
import type { Financing, FinancingKind } from '@scq/registry-domain';

/** One group of the totals: how many records, and their amounts in fen as decimal strings (a sum may pass 2^53). */
export interface FinancingTotal {
  key: string;
  count: number;
  /** Every record's amount (申请), fen. */
  appliedFen: string;
  /** Records that were approved (whatever came after), fen. */
  approvedFen: string;
  /** Records that were disbursed (放款/生效/到位; also once closed after it), fen. */
  disbursedFen: string;
}

export interface FinancingTotals {
  overall: Omit<FinancingTotal, 'key'>;
  byKind: Array<FinancingTotal & { key: FinancingKind }>;
  byDomain: FinancingTotal[];
  byDistrict: FinancingTotal[];
}

export interface FinancingRepository {
  insert(tx: SqlExecutor, financing: Financing): Promise<void>;
  update(tx: SqlExecutor, financing: Financing): Promise<void>;
  findByIdForUpdate(tx: SqlExecutor, scenarioId: string, id: string): Promise<Financing | null>;
  /** A scenario's financing, oldest first. */
  listOf(db: SqlExecutor, scenarioId: string): Promise<Financing[]>;
  totals(db: SqlExecutor): Promise<FinancingTotals>;
}

export const FINANCING_REPOSITORY = Symbol('FINANCING_REPOSITORY');
