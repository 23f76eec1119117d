export * from './benefit-sharing.repository.port';
export * from './apply-assessment-finalized.handler';
export * from './benefit-sharing.handler';
