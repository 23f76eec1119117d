export * from './search-text';
export * from './duplicate-similarity';
export * from './scenario-search.query';
