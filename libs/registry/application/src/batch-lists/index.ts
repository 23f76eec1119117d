export * from './batch-list.repository.port';
export type { BatchListInput } from './batch-list-drafts';
export * from './create-batch-list.handler';
export * from './update-batch-list.handler';
export * from './batch-list-items.handler';
export * from './discard-batch-list.handler';
export * from './publish-batch-list.handler';
export * from './revise-batch-list.handler';
export * from './batch-list.queries';
