export * from './batch-list.errors';
export * from './batch-list';
export * from './batch-list-input';
export * from './batch-list-access';
export * from './batch-list-diff';
export * from './batch-list-table';
export * from './batch-list-listing';
