import type { OrganisationChangedV1 } from '@scq/contracts';
import type { SqlExecutor } from '@scq/platform-persistence';

/**
 * The directory's organisation names as the workflow learned them (`identity.organisation.changed`): consortium members
 * are kept under the one spelling of an organisation typed as its name, an alias or its 统一社会信用代码.
 */
export interface OrganisationNames {
  /** The directory's name of the organisation `typed` means; `typed` (trimmed) when the directory does not know it. */
  canonical(db: SqlExecutor, typed: string): Promise<string>;
  /** Keeps the directory's latest word on an organisation (an older or repeated event changes nothing). */
  record(tx: SqlExecutor, organisation: OrganisationChangedV1): Promise<void>;
}

/** No directory known: every name as typed (trimmed). */
export const namesAsTyped: OrganisationNames = {
  canonical: async (_db, typed) => typed.trim(),
  record: async () => undefined,
};
