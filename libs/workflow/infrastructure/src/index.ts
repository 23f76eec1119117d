export * from './workflow.module';
export * from './workflow.migrations';
export * from './sql-lifecycle-instance.repository';
