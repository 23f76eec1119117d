import { LifecycleRunner, SqlLifecycleStore, type HistoryChainKeys } from '@scq/platform-lifecycle';
import type { ServiceMessaging } from '@scq/platform-messaging';
import type { Database } from '@scq/platform-persistence';
import { WorkflowCommands, workflowCatalog } from '@scq/workflow-application';

/** The lifecycle engine's object graph, built in plain code the compiler checks. */
export function composeWorkflow(db: Database, messaging: ServiceMessaging, keys: HistoryChainKeys) {
  const runner = new LifecycleRunner(new SqlLifecycleStore('workflow'), workflowCatalog(), keys);
  return { runner, commands: new WorkflowCommands(db, runner, messaging.publisher) };
}
