export * from './bootstrap-host';
export * from './bus-from-env';
export * from './run-process';
export * from './config/config.module';
export * from './config/env-fields';
export * from './config/platform-env.schema';
export * from './composition';
