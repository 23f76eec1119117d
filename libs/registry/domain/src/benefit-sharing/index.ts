export * from './benefit-sharing';
