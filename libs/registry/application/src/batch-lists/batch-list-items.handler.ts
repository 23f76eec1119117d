import type { Database } from '@scq/platform-persistence';
import {
  BatchListError,
  MAX_BATCH_LIST_ITEMS,
  type BatchList,
  type BatchListCaller,
  type BatchListItemInput,
  type UpdateBatchListItemInput,
} from '@scq/registry-domain';
import { authorise, carriedScenarios, lockDraft, requireListable, saveDraft, type BatchListInput } from './batch-list-drafts';
import type { BatchListRepository, BatchListScenarios } from './batch-list.repository.port';

/** Adds, edits and removes the items of a draft. */
export class BatchListItemsHandler {
  constructor(
    private readonly db: Database,
    private readonly lists: BatchListRepository,
    private readonly scenarios: BatchListScenarios,
  ) {}

  add(caller: BatchListCaller | null, id: string, input: BatchListInput<BatchListItemInput>): Promise<BatchList> {
    authorise(caller);
    return this.db.transaction(async (tx) => {
      const list = await lockDraft(tx, this.lists, id);
      const item = input();
      const existing = list.items.findIndex((i) => i.scenarioId === item.scenarioId);
      if (existing >= 0) {
        throw new BatchListError('invalid', 'DUPLICATE_SCENARIO', `场景已在清单第 ${existing + 1} 项 The scenario is already item ${existing + 1} of the list`, [
          { path: 'scenarioId', message: `场景重复：已在第 ${existing + 1} 项 duplicate scenario: already item ${existing + 1}` },
        ]);
      }
      if (list.items.length >= MAX_BATCH_LIST_ITEMS) {
        throw new BatchListError('conflict', 'BATCH_LIST_FULL', `批次清单最多 ${MAX_BATCH_LIST_ITEMS} 个场景 A list holds at most ${MAX_BATCH_LIST_ITEMS} scenarios`);
      }
      await requireListable(tx, this.scenarios, [item.scenarioId], () => 'scenarioId', await carriedScenarios(tx, this.lists, list));
      const items = [...list.items, { scenarioId: item.scenarioId, note: item.note ?? null, category: item.category ?? null, snapshot: null }];
      return saveDraft(tx, this.lists, { ...list, items }, new Date());
    });
  }

  update(caller: BatchListCaller | null, id: string, scenarioId: string, input: BatchListInput<UpdateBatchListItemInput>): Promise<BatchList> {
    authorise(caller);
    return this.db.transaction(async (tx) => {
      const list = await lockDraft(tx, this.lists, id);
      const index = indexOf(list, scenarioId);
      const change = input();
      const items = list.items.map((item, i) =>
        i === index ? { ...item, ...(change.note !== undefined ? { note: change.note } : {}), ...(change.category !== undefined ? { category: change.category } : {}) } : item,
      );
      return saveDraft(tx, this.lists, { ...list, items }, new Date());
    });
  }

  remove(caller: BatchListCaller | null, id: string, scenarioId: string): Promise<BatchList> {
    authorise(caller);
    return this.db.transaction(async (tx) => {
      const list = await lockDraft(tx, this.lists, id);
      const index = indexOf(list, scenarioId);
      return saveDraft(tx, this.lists, { ...list, items: list.items.filter((_, i) => i !== index) }, new Date());
    });
  }
}

function indexOf(list: BatchList, scenarioId: string): number {
  const index = list.items.findIndex((item) => item.scenarioId === scenarioId);
  if (index < 0) throw new BatchListError('not-found', 'NOT_FOUND', `场景 ${scenarioId} 不在此清单中 Scenario ${scenarioId} is not in this list`);
  return index;
}
