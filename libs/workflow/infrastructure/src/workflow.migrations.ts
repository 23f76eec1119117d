import { lifecycleMigrations } from '@scq/platform-lifecycle';

/** The workflow's own tables: the engine's lifecycle instances and their history (outbox and inbox come with the runtime). */
export const workflowMigrations = lifecycleMigrations('workflow');
