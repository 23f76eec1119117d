export * from './scenario-registration';
export * from './batch-lists';
export * from './opportunities';
export * from './targets';
export * from './search';
