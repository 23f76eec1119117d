export * from './target-facts';
export * from './taxonomy-breakdown';
export * from './budget-reserve-compliance';
export * from './target-progress';
export * from './counted-stages';
