import { Module, type DynamicModule } from '@nestjs/common';
import { SERVICE_DATABASE, serviceRuntimeProviders, ServiceMessaging } from '@scq/platform-messaging';
import { ApiDocsModule, serviceApiDocs, UnitNamesModule } from '@scq/platform-http';
import type { Database, DatabaseLocation } from '@scq/platform-persistence';
import {
  ApplyStageChangedHandler,
  DUPLICATE_FINDER,
  NoDuplicateFinder,
  RegisterScenarioHandler,
  SCENARIO_REPOSITORY,
  type DuplicateFinder,
  type ScenarioRepository,
} from '@scq/registry-application';
import { canonicalUnitName } from '@scq/taxonomy';
import { registryFeatures } from './features';
import { registryMigrations } from './registry.migrations';
import { ScenarioHttpController } from './scenario.http.controller';
import { ScenarioStageChangedConsumer } from './scenario-stage-changed.consumer';
import { SqlScenarioRepository } from './sql-scenario.repository';
import { TaxonomyHttpController } from './taxonomy.http.controller';

export const REGISTRY_SERVICE = 'scenario-registry';

export interface RegistryModuleOptions {
  database: DatabaseLocation;
}

@Module({})
export class RegistryModule {
  static register(options: RegistryModuleOptions): DynamicModule {
    // Registered once and documented from their decorated routes (the event consumer declares none).
    const controllers = [ScenarioHttpController, TaxonomyHttpController, ScenarioStageChangedConsumer, ...registryFeatures.flatMap((f) => f.controllers)];
    return {
      module: RegistryModule,
      // The guard spells callers' units as the taxonomy writes them.
      imports: [ApiDocsModule, UnitNamesModule.register(canonicalUnitName)],
      controllers,
      providers: [
        serviceApiDocs(REGISTRY_SERVICE, controllers),
        ...serviceRuntimeProviders({
          service: REGISTRY_SERVICE,
          schema: 'registry',
          database: options.database,
          migrations: [...registryMigrations, ...registryFeatures.flatMap((f) => f.migrations)],
        }),
        // The default; a feature providing DUPLICATE_FINDER later in this list replaces it.
        { provide: DUPLICATE_FINDER, useClass: NoDuplicateFinder },
        ...registryFeatures.flatMap((f) => f.providers),
        { provide: SCENARIO_REPOSITORY, useClass: SqlScenarioRepository },
        {
          provide: RegisterScenarioHandler,
          inject: [SERVICE_DATABASE, SCENARIO_REPOSITORY, ServiceMessaging, DUPLICATE_FINDER],
          useFactory: (db: Database, scenarios: ScenarioRepository, messaging: ServiceMessaging, duplicates: DuplicateFinder) =>
            new RegisterScenarioHandler(db, scenarios, messaging.publisher, duplicates),
        },
        { provide: ApplyStageChangedHandler, inject: [SCENARIO_REPOSITORY], useFactory: (scenarios: ScenarioRepository) => new ApplyStageChangedHandler(scenarios) },
      ],
    };
  }
}
