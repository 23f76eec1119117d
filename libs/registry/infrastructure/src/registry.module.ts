import { Module, type DynamicModule } from '@nestjs/common';
import { SERVICE_DATABASE, serviceRuntimeProviders, ServiceMessaging } from '@scq/platform-messaging';
import { serviceTasksQuery } from '@scq/contracts';
import { ApiDocsModule, edgeReadProvider, serviceApiDocs, UnitNamesModule } from '@scq/platform-http';
import type { DatabaseLocation } from '@scq/platform-persistence';
import { composedProviders } from '@scq/platform-runtime';
import {
  ApplyPanelChangedHandler,
  ApplyStageChangedHandler,
  RecordOrganisationNameHandler,
  RecordConsortiumHandler,
  BatchListItemsHandler,
  BatchListQueries,
  RegistryTasks,
  ChangeMatchmakingEventHandler,
  ChangeOpportunityHandler,
  CreateBatchListHandler,
  CreateOpportunityHandler,
  DecideDuplicateHandler,
  DEMAND_LIST_REPOSITORY,
  DiscardBatchListHandler,
  ImportScenariosHandler,
  MATCHMAKING_EVENT_REPOSITORY,
  OPPORTUNITY_REPOSITORY,
  PublishBatchListHandler,
  PublishDemandListHandler,
  RecordMatchmakingEventHandler,
  EditScenarioProfileHandler,
  RegisterScenarioHandler,
  ReportTargetProgressHandler,
  ReviewDuplicatesHandler,
  ReviseBatchListHandler,
  SCENARIO_REPOSITORY,
  SearchScenariosHandler,
  ScenarioFinancingHandler,
  ScenarioExportQuery,
  ScenarioProcurementHandler,
  ApplyAssessmentFinalizedHandler,
  BenefitSharingHandler,
  SupplierMatchingHandler,
  FactorRequestsHandler,
  EmploymentRiskHandler,
  UpdateBatchListHandler,
} from '@scq/registry-application';
import { canonicalUnitName } from '@scq/taxonomy';
import { registryFeatures } from './features';
import { composeRegistry } from './registry.composition';
import { REGISTRY_TASKS_PATH } from './tasks/registry-tasks.http.controller';
import { registryMigrations } from './registry.migrations';
import { ScenarioHttpController } from './scenario.http.controller';
import { ScenarioProfileHttpController } from './scenario-profile.http.controller';
import { ScenarioStageChangedConsumer } from './scenario-stage-changed.consumer';
import { OrganisationNamesConsumer } from './organisation-names.consumer';
import { TaxonomyHttpController } from './taxonomy.http.controller';

export const REGISTRY_SERVICE = 'scenario-registry';
const REGISTRY_GRAPH = Symbol('REGISTRY_GRAPH');

export interface RegistryModuleOptions {
  database: DatabaseLocation;
}

@Module({})
export class RegistryModule {
  static register(options: RegistryModuleOptions): DynamicModule {
    // Registered once and documented from their decorated routes (the event consumer declares none).
    const controllers = [ScenarioHttpController, ScenarioProfileHttpController, TaxonomyHttpController, ScenarioStageChangedConsumer, OrganisationNamesConsumer, ...registryFeatures.flatMap((f) => f.controllers)];
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
        ...composedProviders(
          REGISTRY_GRAPH,
          { inject: [SERVICE_DATABASE, ServiceMessaging], compose: composeRegistry },
          {
            registerScenario: RegisterScenarioHandler,
            editScenarioProfile: EditScenarioProfileHandler,
            importScenarios: ImportScenariosHandler,
            applyStageChanged: ApplyStageChangedHandler,
            applyPanelChanged: ApplyPanelChangedHandler,
            recordOrganisationName: RecordOrganisationNameHandler,
            recordConsortium: RecordConsortiumHandler,
            batchListQueries: BatchListQueries,
            tasks: RegistryTasks,
            createBatchList: CreateBatchListHandler,
            updateBatchList: UpdateBatchListHandler,
            batchListItems: BatchListItemsHandler,
            publishBatchList: PublishBatchListHandler,
            discardBatchList: DiscardBatchListHandler,
            reviseBatchList: ReviseBatchListHandler,
            createOpportunity: CreateOpportunityHandler,
            changeOpportunity: ChangeOpportunityHandler,
            publishDemandList: PublishDemandListHandler,
            recordMatchmakingEvent: RecordMatchmakingEventHandler,
            changeMatchmakingEvent: ChangeMatchmakingEventHandler,
            reportTargetProgress: ReportTargetProgressHandler,
            searchScenarios: SearchScenariosHandler,
            decideDuplicate: DecideDuplicateHandler,
            reviewDuplicates: ReviewDuplicatesHandler,
            scenarioFinancing: ScenarioFinancingHandler,
            scenarioProcurement: ScenarioProcurementHandler,
            scenarioExport: ScenarioExportQuery,
            applyAssessmentFinalized: ApplyAssessmentFinalizedHandler,
            benefitSharing: BenefitSharingHandler,
            supplierMatching: SupplierMatchingHandler,
            factorRequests: FactorRequestsHandler,
            employmentRisk: EmploymentRiskHandler,
          },
          { scenarios: SCENARIO_REPOSITORY, opportunities: OPPORTUNITY_REPOSITORY, demandLists: DEMAND_LIST_REPOSITORY, matchmakingEvents: MATCHMAKING_EVENT_REPOSITORY },
        ),
        edgeReadProvider(REGISTRY_TASKS_PATH, serviceTasksQuery, RegistryTasks, (tasks, actor, query) => tasks.of(actor, query)),
      ],
    };
  }
}

