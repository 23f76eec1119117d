import { randomUUID } from 'node:crypto';
import type { Database } from '@scq/platform-persistence';
import { resolveBatchListHeader, type BatchList, type BatchListCaller, type CreateBatchListInput } from '@scq/registry-domain';
import { authorise, requireListable, requireNumberFree, type BatchListInput } from './batch-list-drafts';
import type { BatchListRepository, BatchListScenarios } from './batch-list.repository.port';

/** The coordinator drafts a new batch list (revision 1). */
export class CreateBatchListHandler {
  constructor(
    private readonly db: Database,
    private readonly lists: BatchListRepository,
    private readonly scenarios: BatchListScenarios,
  ) {}

  execute(caller: BatchListCaller | null, input: BatchListInput<CreateBatchListInput>): Promise<BatchList> {
    const { id: by } = authorise(caller);
    const request = input();
    const header = resolveBatchListHeader(request);
    return this.db.transaction(async (tx) => {
      await requireNumberFree(tx, this.lists, header.number);
      await requireListable(tx, this.scenarios, request.items.map((item) => item.scenarioId), (index) => `items.${index}.scenarioId`, new Set());
      const at = new Date();
      const list: BatchList = {
        ...header,
        id: randomUUID(),
        revision: 1,
        revisionOf: null,
        revisionReason: null,
        status: 'draft',
        version: 1,
        createdBy: by,
        createdAt: at,
        updatedAt: at,
        publishedBy: null,
        publishedAt: null,
        supersededBy: null,
        supersededAt: null,
        items: request.items.map((item) => ({ scenarioId: item.scenarioId, note: item.note ?? null, category: item.category ?? null, snapshot: null })),
      };
      await this.lists.insert(tx, list);
      return list;
    });
  }
}
