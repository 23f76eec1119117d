import { Global, Module } from '@nestjs/common';
import { APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { AuthenticationGuard } from './auth/authentication.guard';
import { HealthController } from './edge/health.controller';
import { ResponseContractInterceptor } from './openapi/response-contract.interceptor';

/**
 * What every process's HTTP edge has once: the global AuthenticationGuard, the health endpoints and (in the test suite)
 * the check of every answer against the API document.
 */
@Global()
@Module({
  controllers: [HealthController],
  providers: [
    { provide: APP_GUARD, useClass: AuthenticationGuard },
    { provide: APP_INTERCEPTOR, useClass: ResponseContractInterceptor },
  ],
})
export class PlatformHttpModule {}
