export * from './scenario-lifecycle.machine';
export * from './lifecycle-step';
