export * from './procurement';
