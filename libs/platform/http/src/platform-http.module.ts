import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuthenticationGuard } from './auth/authentication.guard';
import { HealthController } from './edge/health.controller';

/** What every process's HTTP edge has once: the global AuthenticationGuard and the health endpoints. */
@Global()
@Module({ controllers: [HealthController], providers: [{ provide: APP_GUARD, useClass: AuthenticationGuard }] })
export class PlatformHttpModule {}
