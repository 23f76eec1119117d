export * from './workflow.module';
export * from './workflow.migrations';
