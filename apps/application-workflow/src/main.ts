import './tracing';
import { historyChainEnvSchema, platformEnvSchema, productionDatabaseFromEnv, runProcess, serviceDatabaseEnv } from '@scq/platform-runtime';
import { attachmentStoreEnvSchema, attachmentStoreFromEnv, WORKFLOW_SERVICE, WorkflowModule } from '@scq/workflow-infrastructure';

void runProcess({
  name: WORKFLOW_SERVICE,
  defaultPort: 3002,
  environment: platformEnvSchema.extend(serviceDatabaseEnv(WORKFLOW_SERVICE).shape).extend(historyChainEnvSchema.shape).extend(attachmentStoreEnvSchema.shape),
  // The attachment store is chosen (and a production start without one stopped) before anything opens.
  modules: (env) => [WorkflowModule.register({ database: productionDatabaseFromEnv(WORKFLOW_SERVICE, env), attachments: { store: attachmentStoreFromEnv(env) } })],
});
