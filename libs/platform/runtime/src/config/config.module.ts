import { Global, Module, type DynamicModule } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { z } from 'zod';
import { validateEnvironment } from './platform-env.schema';

/** The process's configuration for injection: `ConfigService` from `@nestjs/config`. */
@Global()
@Module({})
export class ProcessConfigModule {}

/**
 * `@nestjs/config` for a process: the environment checked against the process's zod schema when the module is
 * built (so a bad variable stops the start before anything opens), then one global `ConfigService` over the checked
 * values for whoever needs them.
 */
export function processConfigModule(schema: z.ZodObject, env: NodeJS.ProcessEnv): DynamicModule {
  const validated = validateEnvironment(schema, env);
  return { module: ProcessConfigModule, global: true, providers: [{ provide: ConfigService, useValue: new ConfigService(validated) }], exports: [ConfigService] };
}
