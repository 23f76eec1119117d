export * from './workflow.module';
export * from './workflow.migrations';
export * from './workflow.tokens';
