import type { Database } from '@scq/platform-persistence';
import { BatchListError, batchListPublishRefusal, batchListSnapshotOf, type BatchList, type BatchListCaller } from '@scq/registry-domain';
import { authorise, checkVersion, lockList, saveDraft, type BatchListInput } from './batch-list-drafts';
import type { BatchListRepository, BatchListScenarios } from './batch-list.repository.port';

/**
 * Publishes a draft: every item captures a snapshot of its scenario as it is now, the list becomes immutable,
 * and a correction supersedes the revision in force (which stays readable).
 */
export class PublishBatchListHandler {
  constructor(
    private readonly db: Database,
    private readonly lists: BatchListRepository,
    private readonly scenarios: BatchListScenarios,
  ) {}

  execute(caller: BatchListCaller | null, id: string, input: BatchListInput<{ expectedVersion?: number }>): Promise<BatchList> {
    const { id: by } = authorise(caller);
    return this.db.transaction(async (tx) => {
      const list = await lockList(tx, this.lists, id);
      const refusal = batchListPublishRefusal(list);
      if (refusal) throw refusal;
      checkVersion(list, input().expectedVersion);
      const found = new Map((await this.scenarios.findMany(tx, list.items.map((item) => item.scenarioId))).map((s) => [s.id, s]));
      const items = list.items.map((item) => {
        const scenario = found.get(item.scenarioId);
        if (!scenario) throw new BatchListError('conflict', 'UNKNOWN_SCENARIO', `场景 ${item.scenarioId} 已不存在 Scenario ${item.scenarioId} no longer exists`);
        return { ...item, snapshot: batchListSnapshotOf(scenario) };
      });
      const at = new Date();
      // The revision in force steps down first (one published revision per number); then the items are written
      // with their snapshots while the row is still a draft, and the header last, as published.
      await this.lists.supersede(tx, list.number, list.id, at);
      const published = await saveDraft(tx, this.lists, { ...list, items, status: 'published', publishedBy: by, publishedAt: at }, at);
      return published;
    });
  }
}
