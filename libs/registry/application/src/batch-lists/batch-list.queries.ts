import { pageOf, type Database, type Page, type SqlExecutor } from '@scq/platform-persistence';
import {
  BatchListError,
  diffBatchLists,
  maySeeDraftBatchLists,
  batchListSnapshotOf,
  type BatchList,
  type BatchListCaller,
  type BatchListDiff,
  type BatchListStatus,
} from '@scq/registry-domain';
import { encodeBatchListCursor, encodeBatchListRevisionCursor, type BatchListPosition, type BatchListRevisionPosition } from './batch-list-cursor';
import { notFound } from './batch-list-drafts';
import type { BatchListRepository, BatchListScenarios, BatchListSummary } from './batch-list.repository.port';

/** A list as read: published items carry their captured snapshots; a draft's items a preview of what publishing would capture. */
export interface BatchListView {
  list: BatchList;
  snapshots: 'captured' | 'preview';
}

/** `against` names the other list by id, or a revision of the same number. */
export type DiffAgainst = { id: string } | { revision: number } | null;

export class BatchListQueries {
  constructor(
    private readonly db: Database,
    private readonly lists: BatchListRepository,
    private readonly scenarios: BatchListScenarios,
  ) {}

  async get(caller: BatchListCaller | null, id: string): Promise<BatchListView> {
    return this.view(caller, await this.lists.findById(this.db, id), id);
  }

  /** A page of lists (year and issue date newest first, then number, then revision newest first) and the cursor of the next. */
  async list(
    caller: BatchListCaller | null,
    query: { year?: number; status?: BatchListStatus; number?: string; limit: number; after?: BatchListPosition },
  ): Promise<Page<BatchListSummary>> {
    const drafts = maySeeDraftBatchLists(caller);
    if (query.status === 'draft' && !drafts) {
      throw new BatchListError('forbidden', 'NOT_COORDINATOR', '只有统筹单位或管理员可以查看草稿清单 Only the coordinator or an admin may see draft lists');
    }
    const rows = await this.lists.list(this.db, { ...query, excludeDrafts: !drafts, limit: query.limit + 1 });
    return pageOf(rows, query.limit, encodeBatchListCursor);
  }

  /** A page of the revisions of the list's number (oldest first) and the cursor of the next. */
  async revisions(caller: BatchListCaller | null, id: string, page: { limit: number; after?: BatchListRevisionPosition }): Promise<Page<BatchListSummary>> {
    const { list } = await this.get(caller, id);
    const rows = await this.lists.revisions(this.db, list.number, { excludeDrafts: !maySeeDraftBatchLists(caller), limit: page.limit + 1, after: page.after });
    return pageOf(rows, page.limit, encodeBatchListRevisionCursor);
  }

  /** Changes from `against` (default: the revision this one corrects) to `id`. */
  async diff(caller: BatchListCaller | null, id: string, against: DiffAgainst): Promise<BatchListDiff & { snapshots: { base: string; target: string } }> {
    const target = await this.get(caller, id);
    let base: BatchListView;
    if (against && 'id' in against) base = await this.get(caller, against.id);
    else if (against) {
      base = await this.view(caller, await this.lists.findRevision(this.db, target.list.number, against.revision), `${target.list.number} revision ${against.revision}`);
    } else {
      if (!target.list.revisionOf) {
        throw new BatchListError('invalid', 'VALIDATION_FAILED', '这是第 1 版，没有上一版；请用 against 指定对比的清单 This is revision 1: name the list to compare with in `against`', [
          { path: 'against', message: '第 1 版须指定对比对象 required for revision 1' },
        ]);
      }
      base = await this.get(caller, target.list.revisionOf);
    }
    return { ...diffBatchLists(base.list, target.list), snapshots: { base: base.snapshots, target: target.snapshots } };
  }

  private async view(caller: BatchListCaller | null, list: BatchList | null, ref: string): Promise<BatchListView> {
    // A draft is not shown to those who may not see drafts: as if it did not exist.
    if (!list || (list.status === 'draft' && !maySeeDraftBatchLists(caller))) throw notFound(ref);
    if (list.status !== 'draft') return { list, snapshots: 'captured' };
    return { list: await this.withPreview(this.db, list), snapshots: 'preview' };
  }

  private async withPreview(db: SqlExecutor, list: BatchList): Promise<BatchList> {
    const found = new Map((await this.scenarios.findMany(db, list.items.map((item) => item.scenarioId))).map((s) => [s.id, s]));
    return {
      ...list,
      items: list.items.map((item) => {
        const scenario = found.get(item.scenarioId);
        return { ...item, snapshot: scenario ? batchListSnapshotOf(scenario) : null };
      }),
    };
  }
}
