import { Global, Module, type DynamicModule } from '@nestjs/common';
import { APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { AccessGuard } from './auth/access.guard';
import { AuthenticationGuard, SERVICE_TOKEN_VERIFIER } from './auth/authentication.guard';
import { NO_SERVICE_TOKENS, type ServiceTokenVerifier } from './auth/service-token';
import { HealthController } from './edge/health.controller';
import { ResponseContractInterceptor } from './openapi/response-contract.interceptor';

/**
 * What every process's HTTP edge has once: the global AuthenticationGuard with the gateway's keys, the AccessGuard
 * (each route's `@Access` roles), the health
 * endpoints and (in the test suite) the check of every answer against the API document.
 */
@Global()
@Module({})
export class PlatformHttpModule {
  static forRoot(serviceTokens: ServiceTokenVerifier = NO_SERVICE_TOKENS): DynamicModule {
    return {
      module: PlatformHttpModule,
      global: true,
      controllers: [HealthController],
      providers: [
        { provide: SERVICE_TOKEN_VERIFIER, useValue: serviceTokens },
        // In this order: who is calling, then whether the route's policy names one of their roles.
        { provide: APP_GUARD, useClass: AuthenticationGuard },
        { provide: APP_GUARD, useClass: AccessGuard },
        { provide: APP_INTERCEPTOR, useClass: ResponseContractInterceptor },
      ],
      exports: [SERVICE_TOKEN_VERIFIER],
    };
  }
}
