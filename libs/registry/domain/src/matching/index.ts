export * from './match-text';
export * from './match-score';
export * from './supplier-profile';
export * from './consortium-match';
