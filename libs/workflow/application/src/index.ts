export * from './workflow-lifecycles';
export * from './lifecycle-event.schemas';
export * from './lifecycle-effects';
export * from './workflow.commands';
export * from './instance-reach';
export * from './assessment-panels';
export * from './sandbox-checks';
