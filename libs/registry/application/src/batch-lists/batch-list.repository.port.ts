import type { SqlExecutor } from '@scq/platform-persistence';
import type { BatchList, BatchListStatus, Scenario } from '@scq/registry-domain';
import type { BatchListPosition, BatchListRevisionPosition } from './batch-list-cursor';

/** A list without its items, for listings. */
export type BatchListSummary = Omit<BatchList, 'items'> & { itemCount: number };

export interface BatchListQuery {
  year?: number;
  status?: BatchListStatus;
  number?: string;
  /** Leave drafts out (callers who may not see them). */
  excludeDrafts: boolean;
  /** How many rows to read at most (a page reads one more than it shows, to know whether there is a next). */
  limit: number;
  /** Only the lists after this one, in the list order. */
  after?: BatchListPosition;
}

export interface BatchListRevisionsQuery {
  /** Leave drafts out (callers who may not see them). */
  excludeDrafts: boolean;
  /** How many rows to read at most. */
  limit: number;
  /** Only the revisions after this one. */
  after?: BatchListRevisionPosition;
}

export interface BatchListRepository {
  /** Inserts the header and the items; throws BatchListError (conflict) when the number and revision exist. */
  insert(tx: SqlExecutor, list: BatchList): Promise<void>;
  findById(db: SqlExecutor, id: string): Promise<BatchList | null>;
  /** Locks the list's row for the rest of the transaction. */
  findByIdForUpdate(tx: SqlExecutor, id: string): Promise<BatchList | null>;
  /** Any list (any revision) with this number, other than `exceptId`'s revision chain. */
  numberInUse(db: SqlExecutor, number: string, exceptId?: string): Promise<boolean>;
  /** The draft of this number, if one is open. */
  findDraftOf(db: SqlExecutor, number: string): Promise<{ id: string; revision: number } | null>;
  findRevision(db: SqlExecutor, number: string, revision: number): Promise<BatchList | null>;
  highestRevision(tx: SqlExecutor, number: string): Promise<number>;
  /**
   * Writes a draft's header, status and items (items first: the database refuses item changes once a list is published).
   * Version-checked: false when the stored version is not `list.version - 1` (someone else wrote in between).
   */
  save(tx: SqlExecutor, list: BatchList): Promise<boolean>;
  /** Marks the published revision of `number` (other than `by`) superseded by `by`. */
  supersede(tx: SqlExecutor, number: string, by: string, at: Date): Promise<void>;
  /** Which of these scenarios are on a published list in force other than `exceptNumber`'s. */
  inForceContaining(db: SqlExecutor, scenarioIds: readonly string[], exceptNumber: string): Promise<Array<{ scenarioId: string; number: string; revision: number }>>;
  /** Deletes a draft with its items. */
  delete(tx: SqlExecutor, id: string): Promise<void>;
  /** Lists by year and issue date (newest first), number, and revision (newest first): keyset-paginated. */
  list(db: SqlExecutor, query: BatchListQuery): Promise<BatchListSummary[]>;
  /** The revisions of a number, oldest first: keyset-paginated. */
  revisions(db: SqlExecutor, number: string, query: BatchListRevisionsQuery): Promise<BatchListSummary[]>;
}


/** Reads the registry's scenarios for a list's items (validation, snapshots). */
export interface BatchListScenarios {
  findMany(db: SqlExecutor, ids: readonly string[]): Promise<Scenario[]>;
}

