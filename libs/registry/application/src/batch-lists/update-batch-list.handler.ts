import type { Database } from '@scq/platform-persistence';
import { BatchListError, resolveBatchListHeader, type BatchList, type BatchListCaller, type UpdateBatchListInput } from '@scq/registry-domain';
import { authorise, carriedScenarios, checkVersion, lockDraft, requireListable, requireNumberFree, saveDraft, type BatchListInput } from './batch-list-drafts';
import type { BatchListRepository, BatchListScenarios } from './batch-list.repository.port';

/** PUT of a draft: the header replaced, and the items too when given. */
export class UpdateBatchListHandler {
  constructor(
    private readonly db: Database,
    private readonly lists: BatchListRepository,
    private readonly scenarios: BatchListScenarios,
  ) {}

  execute(caller: BatchListCaller | null, id: string, input: BatchListInput<UpdateBatchListInput>): Promise<BatchList> {
    authorise(caller);
    return this.db.transaction(async (tx) => {
      const list = await lockDraft(tx, this.lists, id);
      const request = input();
      checkVersion(list, request.expectedVersion);
      const header = resolveBatchListHeader(request);
      if (header.number !== list.number) {
        if (list.revision > 1) {
          throw new BatchListError('invalid', 'VALIDATION_FAILED', `更正版本沿用原批次编号 ${list.number} A correction keeps its list's number ${list.number}`, [
            { path: 'number', message: `更正版本不能修改批次编号 a correction cannot change the number (${list.number})` },
          ]);
        }
        await requireNumberFree(tx, this.lists, header.number, list.id);
      }
      let items = list.items;
      if (request.items) {
        const carried = await carriedScenarios(tx, this.lists, list);
        await requireListable(tx, this.scenarios, request.items.map((item) => item.scenarioId), (index) => `items.${index}.scenarioId`, carried);
        items = request.items.map((item) => ({ scenarioId: item.scenarioId, note: item.note ?? null, category: item.category ?? null, snapshot: null }));
      }
      return saveDraft(tx, this.lists, { ...list, ...header, items }, new Date());
    });
  }
}
