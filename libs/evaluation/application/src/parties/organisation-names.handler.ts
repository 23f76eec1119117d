import type { EventEnvelope, OrganisationChangedV1 } from '@scq/contracts';
import type { SqlExecutor } from '@scq/platform-persistence';
import type { ConflictReviewHandler } from '../assessments/conflict-review.handler';
import type { EvaluationDeps } from '../evaluation.deps';

/**
 * The directory's organisations, kept so that every organisation typed into the pool is spelled the directory's way.
 * A new name or alias can make two names one organisation: panels are reviewed for conflicts that this reveals.
 */
export class OrganisationNamesHandler {
  constructor(
    private readonly deps: EvaluationDeps,
    private readonly review: ConflictReviewHandler,
  ) {}

  async organisationChanged(tx: SqlExecutor, event: EventEnvelope<OrganisationChangedV1>): Promise<void> {
    await this.deps.organisationNames.record(tx, event.data);
    await this.review.review(tx, event.correlationid);
  }
}
