import type { Page, SqlExecutor, TimeIdPosition } from '@scq/platform-persistence';
import type { Opportunity, OpportunityStatus } from '@scq/registry-domain';

/** An opportunity as read: with its scenario's district (the district it counts under). */
export interface OpportunityView extends Opportunity {
  district: string | null;
}

/** Which supplier matched the opportunity at which matchmaking event, and how far it went. */
export interface OpportunityMatch {
  eventId: string;
  eventTitle: { zh: string; en?: string };
  heldOn: string;
  supplier: string;
  supplierType: string;
  status: string;
  note?: string;
}

export interface OpportunityListQuery {
  /** The year of publication. */
  year?: number;
  /** The scenario's district. */
  district?: string;
  status?: OpportunityStatus;
  scenarioId?: string;
  ownerUnit?: string;
  /** Words that must each appear in the title, description or capabilities (Chinese or English, any case). */
  terms?: string[];
  /** Only published opportunities whose deadline to respond (`respondBy`) is this date or later. */
  openOn?: string;
  limit: number;
  /** Where the previous page ended (its `nextCursor`, decoded): (created at, id). */
  after?: TimeIdPosition;
  /** Drafts are listed for every unit (coordinator), for one unit (its officers), or not at all. */
  draftsOf: 'all' | { unit: string } | 'none';
}

/** A page of a list and the cursor of the next (the platform's keyset page). */
export type { Page };

export interface OpportunityRepository {
  insert(tx: SqlExecutor, opportunity: Opportunity): Promise<void>;
  /** Writes every mutable field (status, publication, closing, the draft's content). */
  update(tx: SqlExecutor, opportunity: Opportunity): Promise<void>;
  delete(tx: SqlExecutor, id: string): Promise<void>;
  findById(db: SqlExecutor, id: string): Promise<OpportunityView | null>;
  /** Locks the row for the rest of the transaction. */
  findByIdForUpdate(tx: SqlExecutor, id: string): Promise<Opportunity | null>;
  /** The opportunities that exist among the ids, locked against change for the rest of the transaction. */
  findManyForShare(tx: SqlExecutor, ids: readonly string[]): Promise<Opportunity[]>;
  list(db: SqlExecutor, query: OpportunityListQuery): Promise<Page<OpportunityView>>;
  matchesOf(db: SqlExecutor, id: string): Promise<OpportunityMatch[]>;
}

export const OPPORTUNITY_REPOSITORY = Symbol('OPPORTUNITY_REPOSITORY');
