import { taxonomy2025Draft } from './data/taxonomy-2025-draft.data';
import { taxonomy2026Final } from './data/taxonomy-2026-final.data';
import { UnknownTaxonomyVersionError } from './taxonomy.errors';
import type { TaxonomyVersion, TaxonomyVersionId } from './taxonomy.types';

/** Reference data is shared by every service in one process (embedded mode): nobody may mutate it. */
function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** Every version, oldest first. A version, once published, never changes: add a new one instead. */
const registry: Readonly<Record<TaxonomyVersionId, TaxonomyVersion>> = deepFreeze({
  '2025-draft': taxonomy2025Draft,
  '2026-final': taxonomy2026Final,
});

const versionIds = Object.keys(registry) as TaxonomyVersionId[];

/** The version ids, oldest first: ['2025-draft', '2026-final']. */
export function taxonomyVersions(): readonly TaxonomyVersionId[] {
  return versionIds;
}

export function isTaxonomyVersionId(value: unknown): value is TaxonomyVersionId {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(registry, value);
}

/** One version of the taxonomy; throws UnknownTaxonomyVersionError for an unknown version id. */
export function taxonomy(version: string): TaxonomyVersion {
  if (!isTaxonomyVersionId(version)) throw new UnknownTaxonomyVersionError(version, versionIds);
  return registry[version];
}
