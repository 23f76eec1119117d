export * from './evaluation.module';
export * from './persistence/evaluation.migrations';
export * from './evaluation.openapi';
