import type { EventPublisher } from '@scq/platform-messaging';
import type { Database, SqlExecutor } from '@scq/platform-persistence';
import {
  BatchListError,
  batchListPublishRefusal,
  batchListSnapshotOf,
  listingRefusal,
  onAnotherListRefusal,
  removalRefusal,
  type BatchList,
  type BatchListCaller,
  type Scenario,
} from '@scq/registry-domain';
import { authorise, carriedScenarios, checkVersion, lockList, saveDraft, type BatchListInput } from './batch-list-drafts';
import type { BatchListRepository, BatchListScenarios } from './batch-list.repository.port';

/**
 * Publishes a draft: every item captures a snapshot of its scenario as it is now, the list becomes immutable, and a
 * correction supersedes the revision in force (which stays readable). The scenarios it adds must still be recognised
 * and on no other list in force; those a correction removes must not have opened yet. `registry.batch-list.published`
 * goes out in the same transaction: the workflow lists what was added and takes back what was removed.
 */
export class PublishBatchListHandler {
  constructor(
    private readonly db: Database,
    private readonly lists: BatchListRepository,
    private readonly scenarios: BatchListScenarios,
    private readonly publisher: EventPublisher,
  ) {}

  execute(caller: BatchListCaller | null, id: string, input: BatchListInput<{ expectedVersion?: number }>): Promise<BatchList> {
    const { id: by } = authorise(caller);
    return this.db.transaction(async (tx) => {
      const list = await lockList(tx, this.lists, id);
      const refusal = batchListPublishRefusal(list);
      if (refusal) throw refusal;
      checkVersion(list, input().expectedVersion);
      const { found, added, removed } = await this.checkListing(tx, list);
      const items = list.items.map((item) => ({ ...item, snapshot: batchListSnapshotOf(found.get(item.scenarioId) as Scenario) }));
      const at = new Date();
      // The revision in force steps down first (one published revision per number); then the items are written
      // with their snapshots while the row is still a draft, and the header last, as published.
      await this.lists.supersede(tx, list.number, list.id, at);
      const published = await saveDraft(tx, this.lists, { ...list, items, status: 'published', publishedBy: by, publishedAt: at }, at);
      await this.publisher.publish(tx, 'registry.batch-list.v1', 'registry.batch-list.published', {
        subject: list.number,
        data: {
          listId: list.id,
          number: list.number,
          revision: list.revision,
          revisionOf: list.revisionOf,
          reason: list.revisionReason,
          scenarioIds: list.items.map((item) => item.scenarioId),
          added,
          removed,
          publishedBy: by,
          publishedAt: at.toISOString(),
        },
      });
      return published;
    });
  }

  /** The scenarios as they are now, and what this revision adds to and removes from the one it corrects. */
  private async checkListing(tx: SqlExecutor, list: BatchList): Promise<{ found: Map<string, Scenario>; added: string[]; removed: string[] }> {
    const carried = await carriedScenarios(tx, this.lists, list);
    const onList = new Set(list.items.map((item) => item.scenarioId));
    const removed = [...carried].filter((scenarioId) => !onList.has(scenarioId));
    const found = new Map((await this.scenarios.findMany(tx, [...onList, ...removed])).map((s) => [s.id, s]));
    const candidates = list.items.map((item, index) => {
      const scenario = found.get(item.scenarioId);
      if (!scenario) throw new BatchListError('conflict', 'UNKNOWN_SCENARIO', `场景 ${item.scenarioId} 已不存在 Scenario ${item.scenarioId} no longer exists`);
      return { path: `items.${index}.scenarioId`, scenario };
    });
    const added = list.items.map((item) => item.scenarioId).filter((scenarioId) => !carried.has(scenarioId));
    const refusal =
      listingRefusal(candidates, carried) ??
      removalRefusal(removed.flatMap((scenarioId) => found.get(scenarioId) ?? [])) ??
      onAnotherListRefusal(await this.lists.inForceContaining(tx, added, list.number));
    if (refusal) throw refusal;
    return { found, added, removed };
  }
}
