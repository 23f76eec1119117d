import { databaseLocationFromEnv } from '@scq/platform-persistence';
import { historyChainEnvSchema, platformEnvSchema, runProcess, serviceDatabaseEnv } from '@scq/platform-runtime';
import { WORKFLOW_SERVICE, WorkflowModule } from '@scq/workflow-infrastructure';

void runProcess({
  name: WORKFLOW_SERVICE,
  defaultPort: 3002,
  environment: platformEnvSchema.extend(serviceDatabaseEnv(WORKFLOW_SERVICE).shape).extend(historyChainEnvSchema.shape),
  modules: (env) => [WorkflowModule.register({ database: databaseLocationFromEnv(WORKFLOW_SERVICE, env) })],
});
