export * from './procurement.repository.port';
export * from './scenario-procurement.handler';
export * from './scenario-export.query';
