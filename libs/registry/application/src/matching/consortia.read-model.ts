import type { ConsortiumChangedV1, EventEnvelope } from '@scq/contracts';
import type { SqlExecutor } from '@scq/platform-persistence';
import type { ConsortiumToMatch } from '@scq/registry-domain';

/** The registry's copy of the workflow's 场景创新联合体 (`registry.consortium`), from `workflow.consortium.changed`. */
export interface ConsortiumReadModel {
  /** Keeps the consortium's newest version: an older or repeated one changes nothing. */
  record(tx: SqlExecutor, consortium: ConsortiumChangedV1): Promise<void>;
  all(db: SqlExecutor): Promise<ConsortiumToMatch[]>;
}

/** Keeps each consortium's present members, so that matching ranks consortia as well as single suppliers. */
export class RecordConsortiumHandler {
  constructor(private readonly consortia: ConsortiumReadModel) {}

  handle(event: EventEnvelope<ConsortiumChangedV1>, tx: SqlExecutor): Promise<void> {
    return this.consortia.record(tx, event.data);
  }
}
