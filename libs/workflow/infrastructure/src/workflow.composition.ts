import { LifecycleRunner, SqlLifecycleStore, type HistoryChainKeys } from '@scq/platform-lifecycle';
import type { ServiceMessaging } from '@scq/platform-messaging';
import type { Database } from '@scq/platform-persistence';
import { ApplicationFiles, WorkflowCommands, workflowCatalog, type AttachmentScanner, type AttachmentStore } from '@scq/workflow-application';
import { SqlApplicationFiles } from './sql-application-files';

/** Where attachments are kept and what scans them (WorkflowModuleOptions.attachments, or the environment). */
export interface AttachmentServices {
  store: AttachmentStore;
  scanner: AttachmentScanner;
}

/** The lifecycle engine's object graph, built in plain code the compiler checks. */
export function composeWorkflow(db: Database, messaging: ServiceMessaging, keys: HistoryChainKeys, attachments: AttachmentServices) {
  const runner = new LifecycleRunner(new SqlLifecycleStore('workflow'), workflowCatalog(), keys);
  return {
    runner,
    commands: new WorkflowCommands(db, runner, messaging.publisher),
    files: new ApplicationFiles(db, runner, new SqlApplicationFiles(), attachments.store, attachments.scanner),
  };
}
