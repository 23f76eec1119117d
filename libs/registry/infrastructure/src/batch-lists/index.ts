export * from './batch-lists.migration';
export * from './sql-batch-list.repository';
export * from './sql-batch-list-scenarios';
export * from './batch-list.http.controller';
export * from './batch-list-export';
export * from './batch-list.presenter';
