import type { SqlExecutor, TimeIdPosition } from '@scq/platform-persistence';
import type { DemandList } from '@scq/registry-domain';
import type { Page } from './opportunity.repository.port';

/** A demand list as read one at a time: its opportunities in list order, with what a supplier needs to see. */
export interface DemandListView extends DemandList {
  opportunities: Array<{ id: string; scenarioId: string; title: { zh: string; en?: string }; status: string; publishedOn: string | null; respondBy: string; capabilities: string[] }>;
}

export interface DemandListRepository {
  /** Refuses (409) a number the owner unit has already used. */
  insert(tx: SqlExecutor, list: DemandList): Promise<void>;
  numberTaken(tx: SqlExecutor, ownerUnit: string, number: string): Promise<boolean>;
  findById(db: SqlExecutor, id: string): Promise<DemandListView | null>;
  /**
   * `terms`: words that must each appear in the list's number or title or in one of its opportunities; `openOn`: lists
   * holding a published opportunity whose deadline to respond is this date or later.
   */
  list(db: SqlExecutor, query: { year?: number; ownerUnit?: string; opportunityId?: string; terms?: string[]; openOn?: string; limit: number; after?: TimeIdPosition }): Promise<Page<DemandList>>;
}

export const DEMAND_LIST_REPOSITORY = Symbol('DEMAND_LIST_REPOSITORY');
