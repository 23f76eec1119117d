import './tracing';
import { EVALUATION_SERVICE, EvaluationModule } from '@scq/evaluation-infrastructure';
import { historyChainEnvSchema, platformEnvSchema, productionDatabaseFromEnv, runProcess, serviceDatabaseEnv } from '@scq/platform-runtime';

void runProcess({
  name: EVALUATION_SERVICE,
  defaultPort: 3003,
  environment: platformEnvSchema.extend(serviceDatabaseEnv(EVALUATION_SERVICE).shape).extend(historyChainEnvSchema.shape),
  modules: (env) => [EvaluationModule.register({ database: productionDatabaseFromEnv(EVALUATION_SERVICE, env) })],
});
