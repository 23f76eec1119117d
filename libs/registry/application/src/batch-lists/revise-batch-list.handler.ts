import { randomUUID } from 'node:crypto';
import type { Database } from '@scq/platform-persistence';
import { BatchListError, batchListCorrectionDraft, batchListRevisionRefusal, type BatchList, type BatchListCaller } from '@scq/registry-domain';
import { authorise, lockList, type BatchListInput } from './batch-list-drafts';
import type { BatchListRepository } from './batch-list.repository.port';

/** A correction (更正) of a published list: a new draft revision with the same number and the items copied. */
export class ReviseBatchListHandler {
  constructor(
    private readonly db: Database,
    private readonly lists: BatchListRepository,
  ) {}

  execute(caller: BatchListCaller | null, id: string, input: BatchListInput<{ reason?: string }>): Promise<BatchList> {
    const { id: by } = authorise(caller);
    return this.db.transaction(async (tx) => {
      const published = await lockList(tx, this.lists, id);
      const refusal = batchListRevisionRefusal(published);
      if (refusal) throw refusal;
      const { reason } = input();
      const open = await this.lists.findDraftOf(tx, published.number);
      if (open) {
        throw new BatchListError(
          'conflict',
          'CORRECTION_IN_PROGRESS',
          `批次编号 ${published.number} 已有未发布的更正版本（第 ${open.revision} 版，${open.id}） A correction of ${published.number} is already being drafted (revision ${open.revision}, ${open.id})`,
        );
      }
      const revision = (await this.lists.highestRevision(tx, published.number)) + 1;
      const draft = batchListCorrectionDraft(published, { id: randomUUID(), revision, reason: reason ?? null, by, at: new Date() });
      await this.lists.insert(tx, draft);
      return draft;
    });
  }
}
