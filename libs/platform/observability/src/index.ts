export * from './correlation-context';
export * from './logger';
export * from './nest/pino-nest.logger';
export * from './nest/readiness.registry';
export * from './nest/host.module';
export * from './metrics/platform-metrics';
export * from './metrics/metrics-http';
export * from './trace-context';
