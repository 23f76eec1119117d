export * from '@scq/lifecycle-domain';
export * from './gate-events';
export * from './scenario-lifecycle.machine';
export * from './scenario-lifecycle-v2.machine';
export * from './application-lifecycle.machine';
export * from './incident-review';
export * from './sandbox-terms';
export * from './application-files';
