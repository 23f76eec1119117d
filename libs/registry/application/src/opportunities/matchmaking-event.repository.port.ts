import type { SqlExecutor, TimeIdPosition } from '@scq/platform-persistence';
import type { MatchmakingEvent } from '@scq/registry-domain';
import type { Page } from './opportunity.repository.port';

export interface MatchmakingEventListQuery {
  year?: number;
  district?: string;
  kind?: string;
  organiserUnit?: string;
  /** Events that presented this opportunity. */
  opportunityId?: string;
  limit: number;
  /** Where the previous page ended (its `nextCursor`, decoded): (held on, id). */
  after?: TimeIdPosition;
}

export interface MatchmakingEventRepository {
  insert(tx: SqlExecutor, event: MatchmakingEvent): Promise<void>;
  /** Rewrites the event and replaces its participants, presented opportunities and outcomes. */
  replace(tx: SqlExecutor, event: MatchmakingEvent): Promise<void>;
  delete(tx: SqlExecutor, id: string): Promise<void>;
  findById(db: SqlExecutor, id: string): Promise<MatchmakingEvent | null>;
  findByIdForUpdate(tx: SqlExecutor, id: string): Promise<MatchmakingEvent | null>;
  list(db: SqlExecutor, query: MatchmakingEventListQuery): Promise<Page<MatchmakingEvent>>;
}

export const MATCHMAKING_EVENT_REPOSITORY = Symbol('MATCHMAKING_EVENT_REPOSITORY');
