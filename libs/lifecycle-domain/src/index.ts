export * from './lifecycle-definition';
export * from './lifecycle-deadline';
export * from './lifecycle-step';
