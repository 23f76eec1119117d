import './tracing';
import { platformEnvSchema, productionDatabaseFromEnv, runProcess, serviceDatabaseEnv } from '@scq/platform-runtime';
import { REGISTRY_SERVICE, RegistryModule } from '@scq/registry-infrastructure';

void runProcess({
  name: REGISTRY_SERVICE,
  defaultPort: 3001,
  environment: platformEnvSchema.extend(serviceDatabaseEnv(REGISTRY_SERVICE).shape),
  modules: (env) => [RegistryModule.register({ database: productionDatabaseFromEnv(REGISTRY_SERVICE, env) })],
});
