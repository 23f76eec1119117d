import type { EventEnvelope, OrganisationChangedV1 } from '@scq/contracts';
import type { SqlExecutor } from '@scq/platform-persistence';
import type { EvaluationDeps } from '../evaluation.deps';

/** The directory's organisations, kept so that every organisation typed into the pool is spelled the directory's way. */
export class OrganisationNamesHandler {
  constructor(private readonly deps: EvaluationDeps) {}

  organisationChanged(tx: SqlExecutor, event: EventEnvelope<OrganisationChangedV1>): Promise<void> {
    return this.deps.organisationNames.record(tx, event.data);
  }
}
