export * from './lifecycle-definition';
export * from './lifecycle-deadline';
export * from './lifecycle-step';
export * from './gate-events';
export * from './scenario-lifecycle.machine';
export * from './application-lifecycle.machine';
