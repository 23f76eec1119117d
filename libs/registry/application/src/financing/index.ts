export * from './financing.repository.port';
export * from './scenario-financing.handler';
