import { SERVICE_DATABASE } from '@scq/platform-messaging';
import type { Database } from '@scq/platform-persistence';
import {
  DecideDuplicateHandler,
  DUPLICATE_DECISION_STORE,
  DUPLICATE_FINDER,
  ReviewDuplicatesHandler,
  SCENARIO_REPOSITORY,
  SCENARIO_SEARCH_INDEX,
  SearchScenariosHandler,
  type DuplicateDecisionStore,
  type DuplicateFinder,
  type ScenarioRepository,
  type ScenarioSearchIndex,
} from '@scq/registry-application';
import { DuplicatesHttpController } from '../search/duplicates.http.controller';
import { SearchHttpController } from '../search/search.http.controller';
import { searchMigrations } from '../search/search.migrations';
import { SqlDuplicateDecisionStore } from '../search/sql-duplicate-decision.store';
import { SqlDuplicateFinder } from '../search/sql-duplicate.finder';
import { SqlScenarioSearchIndex } from '../search/sql-scenario-search.index';
import type { RegistryFeature } from './registry-feature';

/**
 * Search (Chinese + English full text with filters, keyset pages) and duplicate detection (避免重复建设):
 * `GET /api/search/scenarios`, `GET|POST /api/scenarios/:id/duplicates`; replaces the default DUPLICATE_FINDER.
 */
export const searchFeature: RegistryFeature = {
  controllers: [SearchHttpController, DuplicatesHttpController],
  providers: [
    { provide: SCENARIO_SEARCH_INDEX, useClass: SqlScenarioSearchIndex },
    { provide: DUPLICATE_FINDER, useClass: SqlDuplicateFinder },
    { provide: DUPLICATE_DECISION_STORE, useClass: SqlDuplicateDecisionStore },
    { provide: SearchScenariosHandler, inject: [SCENARIO_SEARCH_INDEX], useFactory: (index: ScenarioSearchIndex) => new SearchScenariosHandler(index) },
    {
      provide: DecideDuplicateHandler,
      inject: [SERVICE_DATABASE, SCENARIO_REPOSITORY, DUPLICATE_DECISION_STORE],
      useFactory: (db: Database, scenarios: ScenarioRepository, decisions: DuplicateDecisionStore) => new DecideDuplicateHandler(db, scenarios, decisions),
    },
    {
      provide: ReviewDuplicatesHandler,
      inject: [SCENARIO_REPOSITORY, DUPLICATE_FINDER, DUPLICATE_DECISION_STORE],
      useFactory: (scenarios: ScenarioRepository, finder: DuplicateFinder, decisions: DuplicateDecisionStore) => new ReviewDuplicatesHandler(scenarios, finder, decisions),
    },
  ],
  migrations: searchMigrations,
};
