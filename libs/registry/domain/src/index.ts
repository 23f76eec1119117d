export * from './scenario-registration';
export * from './scenario-registrant.policy';
export * from './batch-lists';
export * from './opportunities';
export * from './targets';
export * from './search';
export * from './scenario-profile';
export * from './scenario-import';
