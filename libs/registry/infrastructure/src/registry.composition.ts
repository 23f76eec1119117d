import type { ServiceMessaging } from '@scq/platform-messaging';
import type { Database } from '@scq/platform-persistence';
import {
  ApplyPanelChangedHandler,
  ApplyStageChangedHandler,
  BatchListItemsHandler,
  BatchListQueries,
  RegistryTasks,
  ChangeMatchmakingEventHandler,
  ChangeOpportunityHandler,
  CreateBatchListHandler,
  CreateOpportunityHandler,
  DecideDuplicateHandler,
  DiscardBatchListHandler,
  ImportScenariosHandler,
  PublishBatchListHandler,
  PublishDemandListHandler,
  RecordOrganisationNameHandler,
  RecordConsortiumHandler,
  RecordMatchmakingEventHandler,
  EditScenarioProfileHandler,
  RegisterScenarioHandler,
  ReportTargetProgressHandler,
  ReviewDuplicatesHandler,
  ReviseBatchListHandler,
  ScenarioFinancingHandler,
  ScenarioExportQuery,
  ScenarioProcurementHandler,
  ApplyAssessmentFinalizedHandler,
  BenefitSharingHandler,
  SupplierMatchingHandler,
  FactorRequestsHandler,
  EmploymentRiskHandler,
  type EmploymentReportRepository,
  type FactorRequestRepository,
  SearchScenariosHandler,
  UpdateBatchListHandler,
  type BatchListRepository,
  type FinancingRepository,
  type ProcurementRepository,
  type SupplierRepository,
  type BatchListScenarios,
  type DemandListRepository,
  type DuplicateDecisionStore,
  type DuplicateFinder,
  type MatchmakingEventRepository,
  type OpportunityRepository,
  type OrganisationNames,
  type ScenarioRepository,
  type ScenarioSearchIndex,
  type TargetFactsReader,
} from '@scq/registry-application';
import { SqlBatchListScenarios } from './batch-lists/sql-batch-list-scenarios';
import { SqlBatchListRepository } from './batch-lists/sql-batch-list.repository';
import { SqlFinancingRepository } from './financing/sql-financing.repository';
import { SqlProcurementRepository } from './procurement/sql-procurement.repository';
import { SqlAssessmentOutcomeRepository, SqlBenefitSharingRepository } from './benefit-sharing/sql-benefit-sharing.repository';
import { SqlSupplierRepository } from './matching/sql-supplier.repository';
import { SqlConsortia } from './matching/sql-consortia';
import { SqlFactorRequestRepository } from './factor-support/sql-factor-request.repository';
import { SqlEmploymentReportRepository } from './employment-risk/sql-employment-report.repository';
import { SqlDemandListRepository } from './opportunities/sql-demand-list.repository';
import { SqlMatchmakingEventRepository } from './opportunities/sql-matchmaking-event.repository';
import { SqlOpportunityRepository } from './opportunities/sql-opportunity.repository';
import { SqlDuplicateDecisionStore } from './search/sql-duplicate-decision.store';
import { SqlDuplicateFinder } from './search/sql-duplicate.finder';
import { SqlScenarioSearchIndex } from './search/sql-scenario-search.index';
import { SqlOrganisationNames } from './sql-organisation-names';
import { SqlScenarioRepository } from './sql-scenario.repository';
import { SqlTargetFactsReader } from './targets/sql-target-facts.reader';
import { SqlRegistryTaskReader } from './tasks/sql-registry-task-reader';

/**
 * The registry's object graph, built in plain code the compiler checks: the repositories and readers of every slice
 * (scenarios, batch lists, opportunities with demand lists and matchmaking events, targets, search and duplicates),
 * then every use case and query the controllers and the stage consumer use. Near-duplicates at registration and in
 * the review come from the search slice's finder.
 */
export function composeRegistry(db: Database, messaging: ServiceMessaging) {
  const scenarios: ScenarioRepository = new SqlScenarioRepository();
  const duplicates: DuplicateFinder = new SqlDuplicateFinder();
  // The directory's organisation names (from identity.organisation.changed): owners spelled the directory's way.
  const organisationNames: OrganisationNames = new SqlOrganisationNames();

  // 批次清单
  const batchLists: BatchListRepository = new SqlBatchListRepository();
  const batchListScenarios: BatchListScenarios = new SqlBatchListScenarios();

  // 场景机会, 需求清单, 供需对接活动
  const opportunities: OpportunityRepository = new SqlOpportunityRepository();
  const demandLists: DemandListRepository = new SqlDemandListRepository();
  const matchmakingEvents: MatchmakingEventRepository = new SqlMatchmakingEventRepository();

  // 年度目标跟踪
  const targetFacts: TargetFactsReader = new SqlTargetFactsReader();

  // 检索 and 避免重复建设
  const searchIndex: ScenarioSearchIndex = new SqlScenarioSearchIndex();
  const duplicateDecisions: DuplicateDecisionStore = new SqlDuplicateDecisionStore();

  // 场景贷, 场景保险, 国有投资基金跟投
  const financing: FinancingRepository = new SqlFinancingRepository();

  // 采购途径与首台(套)
  const procurement: ProcurementRepository = new SqlProcurementRepository();

  // 收益分享: the assessment outcomes it rests on
  const assessmentOutcomes = new SqlAssessmentOutcomeRepository();
  // 供需对接: supplier profiles and matching
  const suppliers: SupplierRepository = new SqlSupplierRepository();
  const consortia = new SqlConsortia();
  // 要素保障
  const factorRequests: FactorRequestRepository = new SqlFactorRequestRepository();

  // 就业风险监测
  const employmentReports: EmploymentReportRepository = new SqlEmploymentReportRepository();

  const registerScenario = new RegisterScenarioHandler(db, scenarios, messaging.publisher, duplicates, organisationNames);

  return {
    scenarios,
    opportunities,
    demandLists,
    matchmakingEvents,

    registerScenario,
    importScenarios: new ImportScenariosHandler(db, scenarios, registerScenario),
    editScenarioProfile: new EditScenarioProfileHandler(db, scenarios, messaging.publisher),
    applyStageChanged: new ApplyStageChangedHandler(scenarios),
    applyPanelChanged: new ApplyPanelChangedHandler(scenarios),
    recordOrganisationName: new RecordOrganisationNameHandler(organisationNames),
    recordConsortium: new RecordConsortiumHandler(consortia),

    batchListQueries: new BatchListQueries(db, batchLists, batchListScenarios),
    tasks: new RegistryTasks(db, new SqlRegistryTaskReader(), factorRequests),
    createBatchList: new CreateBatchListHandler(db, batchLists, batchListScenarios),
    updateBatchList: new UpdateBatchListHandler(db, batchLists, batchListScenarios),
    batchListItems: new BatchListItemsHandler(db, batchLists, batchListScenarios),
    publishBatchList: new PublishBatchListHandler(db, batchLists, batchListScenarios, messaging.publisher),
    discardBatchList: new DiscardBatchListHandler(db, batchLists),
    reviseBatchList: new ReviseBatchListHandler(db, batchLists),

    createOpportunity: new CreateOpportunityHandler(db, opportunities, scenarios),
    changeOpportunity: new ChangeOpportunityHandler(db, opportunities, scenarios, messaging.publisher),
    publishDemandList: new PublishDemandListHandler(db, demandLists, opportunities, scenarios),
    recordMatchmakingEvent: new RecordMatchmakingEventHandler(db, matchmakingEvents, opportunities, messaging.publisher),
    changeMatchmakingEvent: new ChangeMatchmakingEventHandler(db, matchmakingEvents, opportunities, messaging.publisher),

    reportTargetProgress: new ReportTargetProgressHandler(db, targetFacts),

    searchScenarios: new SearchScenariosHandler(searchIndex),
    decideDuplicate: new DecideDuplicateHandler(db, scenarios, duplicateDecisions),
    reviewDuplicates: new ReviewDuplicatesHandler(scenarios, duplicates, duplicateDecisions),

    scenarioFinancing: new ScenarioFinancingHandler(db, financing, scenarios),

    scenarioProcurement: new ScenarioProcurementHandler(db, procurement, scenarios),
    scenarioExport: new ScenarioExportQuery(db, scenarios, procurement),

    applyAssessmentFinalized: new ApplyAssessmentFinalizedHandler(assessmentOutcomes),
    benefitSharing: new BenefitSharingHandler(db, new SqlBenefitSharingRepository(), assessmentOutcomes, scenarios),
    supplierMatching: new SupplierMatchingHandler(db, suppliers, messaging.publisher, consortia),
    factorRequests: new FactorRequestsHandler(db, factorRequests, scenarios, messaging.publisher),
    employmentRisk: new EmploymentRiskHandler(db, employmentReports, scenarios, messaging.publisher),
  };
}

/** The registry's graph: its repositories the controllers read, and every use case and query, by name. */
export type RegistryGraph = ReturnType<typeof composeRegistry>;
