export * from './correlation-context';
export * from './logger';
export * from './nest/pino-nest.logger';
export * from './nest/correlation.middleware';
export * from './nest/health.controller';
