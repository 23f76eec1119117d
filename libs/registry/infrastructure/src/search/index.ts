export * from './search.migrations';
export * from './sql-scenario-search.index';
export * from './sql-duplicate.finder';
export * from './sql-duplicate-decision.store';
export * from './search.http.controller';
export * from './duplicates.http.controller';
