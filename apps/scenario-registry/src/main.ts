import { databaseLocationFromEnv } from '@scq/platform-persistence';
import { runProcess } from '@scq/platform-runtime';
import { REGISTRY_SERVICE, RegistryModule } from '@scq/registry-infrastructure';

void runProcess({ name: REGISTRY_SERVICE, defaultPort: 3001, modules: (env) => [RegistryModule.register({ database: databaseLocationFromEnv(REGISTRY_SERVICE, env) })] });
