import type { Schema } from './client';

/** One row of a lifecycle instance's history, as the workflow's instance views show it. */
export type HistoryEntry = Schema<'WorkflowHistoryEntry'>;
