export * from './scenario-search.port';
export * from './search-cursor';
export * from './search.errors';
export * from './search-scenarios.handler';
export * from './duplicate-decision.port';
export * from './duplicates.handlers';
export * from './duplicates-cursor';
