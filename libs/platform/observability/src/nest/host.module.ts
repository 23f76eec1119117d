import { Global, Module, type DynamicModule } from '@nestjs/common';
import type { Logger } from 'pino';
import { ReadinessRegistry } from './readiness.registry';

export const LOGGER = Symbol('LOGGER');

/** What every process hosts once, whatever services it runs: readiness and the logger. */
@Global()
@Module({})
export class HostModule {
  static forRoot(logger: Logger, readiness: ReadinessRegistry = new ReadinessRegistry()): DynamicModule {
    return {
      module: HostModule,
      global: true,
      providers: [
        { provide: ReadinessRegistry, useValue: readiness },
        { provide: LOGGER, useValue: logger },
      ],
      exports: [ReadinessRegistry, LOGGER],
    };
  }
}
