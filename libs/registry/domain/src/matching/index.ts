export * from './match-text';
export * from './match-score';
export * from './supplier-profile';
