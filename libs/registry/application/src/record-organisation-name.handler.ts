import type { EventEnvelope, OrganisationChangedV1 } from '@scq/contracts';
import type { SqlExecutor } from '@scq/platform-persistence';
import type { OrganisationNames } from './organisation-names.port';

/** Keeps the registry's read model of the directory's organisation names, so owners are spelled the directory's way. */
export class RecordOrganisationNameHandler {
  constructor(private readonly names: OrganisationNames) {}

  handle(event: EventEnvelope<OrganisationChangedV1>, tx: SqlExecutor): Promise<void> {
    return this.names.record(tx, event.data);
  }
}
