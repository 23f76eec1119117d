export * from './import-scenarios.handler';
