export * from './scenario.repository.port';
export * from './register-scenario.handler';
export * from './apply-stage-changed.handler';
export * from './duplicate-finder.port';
export * from './batch-lists';
export * from './opportunities';
export * from './targets';
export * from './search';
