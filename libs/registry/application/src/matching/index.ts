export * from './supplier.repository.port';
export * from './supplier-matching.handler';
export * from './consortia.read-model';
