export * from './test-postgres';
export * from './kafka-mock-cluster';
export * from './service-process';
export * from './caller-token';
export * from './registry-publications';
export * from './event-stream';
export * from './slow-timeout';
