export * from './supplier.repository.port';
export * from './supplier-matching.handler';
