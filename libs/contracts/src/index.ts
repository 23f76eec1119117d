export * from './envelope';
export * from './topic-registry';
export * from './validate-event';
export * from './events/registry/scenario-registered.v1';
export * from './events/workflow/scenario-stage-changed.v1';
export * from './events/platform/message-dead-lettered.v1';
