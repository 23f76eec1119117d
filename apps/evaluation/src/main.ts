import { EVALUATION_SERVICE, EvaluationModule } from '@scq/evaluation-infrastructure';
import { databaseLocationFromEnv } from '@scq/platform-persistence';
import { runProcess } from '@scq/platform-runtime';

void runProcess({ name: EVALUATION_SERVICE, defaultPort: 3003, modules: (env) => [EvaluationModule.register({ database: databaseLocationFromEnv(EVALUATION_SERVICE, env) })] });
