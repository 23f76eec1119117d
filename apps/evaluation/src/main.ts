import './tracing';
import { EVALUATION_SERVICE, EvaluationModule } from '@scq/evaluation-infrastructure';
import { databaseLocationFromEnv } from '@scq/platform-persistence';
import { historyChainEnvSchema, platformEnvSchema, runProcess, serviceDatabaseEnv } from '@scq/platform-runtime';

void runProcess({
  name: EVALUATION_SERVICE,
  defaultPort: 3003,
  environment: platformEnvSchema.extend(serviceDatabaseEnv(EVALUATION_SERVICE).shape).extend(historyChainEnvSchema.shape),
  modules: (env) => [EvaluationModule.register({ database: databaseLocationFromEnv(EVALUATION_SERVICE, env) })],
});
