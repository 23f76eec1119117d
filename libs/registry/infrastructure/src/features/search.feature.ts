import { DuplicatesHttpController } from '../search/duplicates.http.controller';
import { SearchHttpController } from '../search/search.http.controller';
import { searchMigrations } from '../search/search.migrations';
import type { RegistryFeature } from './registry-feature';

/**
 * Search (Chinese + English full text with filters, keyset pages) and duplicate detection (避免重复建设):
 * `GET /api/search/scenarios`, `GET|POST /api/scenarios/:id/duplicates`. Its duplicate finder is the one
 * `composeRegistry` gives registration (near-duplicate warnings) and the review.
 */
export const searchFeature: RegistryFeature = {
  controllers: [SearchHttpController, DuplicatesHttpController],
  migrations: searchMigrations,
};
