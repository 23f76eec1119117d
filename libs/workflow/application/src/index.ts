export * from './lifecycle-instance.repository.port';
export * from './workflow.errors';
export * from './start-scenario-lifecycle.handler';
export * from './send-lifecycle-event.handler';
