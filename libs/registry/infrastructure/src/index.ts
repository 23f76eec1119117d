export * from './registry.module';
export * from './registry.migrations';
export * from './sql-scenario.repository';
