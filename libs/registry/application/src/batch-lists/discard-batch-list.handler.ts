import type { Database } from '@scq/platform-persistence';
import type { BatchListCaller } from '@scq/registry-domain';
import { authorise, lockDraft } from './batch-list-drafts';
import type { BatchListRepository } from './batch-list.repository.port';

/** Deletes a draft (an abandoned list or correction); published lists are never deleted. */
export class DiscardBatchListHandler {
  constructor(
    private readonly db: Database,
    private readonly lists: BatchListRepository,
  ) {}

  execute(caller: BatchListCaller | null, id: string): Promise<void> {
    authorise(caller);
    return this.db.transaction(async (tx) => {
      await lockDraft(tx, this.lists, id);
      await this.lists.delete(tx, id);
    });
  }
}
