export * from './evaluation.module';
export * from './persistence/evaluation.migrations';
