import { Module, type DynamicModule } from '@nestjs/common';
import { HistoryChainKeys, LifecycleRunner, MachineReleases } from '@scq/platform-lifecycle';
import { SERVICE_DATABASE, serviceRuntimeProviders, ServiceMessaging } from '@scq/platform-messaging';
import { serviceTasksQuery } from '@scq/contracts';
import { ApiDocsModule, edgeReadProvider, serviceApiDocs, UnitNamesModule } from '@scq/platform-http';
import type { Database } from '@scq/platform-persistence';
import type { DatabaseLocation } from '@scq/platform-persistence';
import { composedProviders, historyChainProviders, type HistoryChainOptions } from '@scq/platform-runtime';
import { canonicalUnitName } from '@scq/taxonomy';
import { LOGGER, type Logger } from '@scq/platform-observability';
import { acceptAllScanner, ApplicationFiles, Consortia, scenarioVersionFromEnv, WorkflowCommands, type AttachmentScanner, type AttachmentStore, type WorkflowCatalogOptions } from '@scq/workflow-application';
import { LifecycleReleasesHttpController } from './lifecycle-releases.http.controller';
import { attachmentStoreFromEnv } from './attachments/attachment-store.env';
import { ApplicationFilesHttpController } from './application-files.http.controller';
import { ConsortiaHttpController } from './consortia.http.controller';
import { WorkflowEventsConsumer } from './workflow-events.consumer';
import { WorkflowHttpController } from './workflow.http.controller';
import { workflowMigrations } from './workflow.migrations';
import { composeWorkflow, type AttachmentServices } from './workflow.composition';
import { SqlAssessmentPanels } from './sql-assessment-panels';
import { SqlOrganisationNames } from './sql-organisation-names';
import { WORKFLOW_TASKS_PATH, WorkflowTasksHttpController } from './workflow-tasks.http.controller';
import { WorkflowTasks } from './workflow.tasks';

export const WORKFLOW_SERVICE = 'application-workflow';
const WORKFLOW_GRAPH = Symbol('WORKFLOW_GRAPH');
const ATTACHMENT_SERVICES = Symbol('ATTACHMENT_SERVICES');

export interface WorkflowModuleOptions {
  database: DatabaseLocation;
  /** The history chain key (default: from the environment, `HISTORY_CHAIN_KEY_FILE`). */
  historyChain?: HistoryChainOptions;
  /**
   * Where application attachments are kept (default: from the environment, `attachmentStoreFromEnv`) and the virus
   * scan every upload passes (default: accepts everything; docs/architecture.md ("Application files") tells how to plug ClamAV).
   */
  attachments?: { store?: AttachmentStore; scanner?: AttachmentScanner };
  /** The machine versions this deployment carries (default: from the environment, `SCENARIO_LIFECYCLE_VERSION`). */
  machines?: WorkflowCatalogOptions;
}

/** What the module serves: its HTTP routes and its event handlers. */
const CONTROLLERS = [WorkflowHttpController, ApplicationFilesHttpController, WorkflowTasksHttpController, LifecycleReleasesHttpController, ConsortiaHttpController, WorkflowEventsConsumer];

@Module({})
export class WorkflowModule {
  static register(options: WorkflowModuleOptions): DynamicModule {
    return {
      module: WorkflowModule,
      imports: [ApiDocsModule, UnitNamesModule.register(canonicalUnitName)],
      controllers: CONTROLLERS,
      providers: [
        serviceApiDocs(WORKFLOW_SERVICE, CONTROLLERS),
        ...serviceRuntimeProviders({ service: WORKFLOW_SERVICE, schema: 'workflow', database: options.database, migrations: workflowMigrations }),
        ...historyChainProviders(options.historyChain),
        SqlAssessmentPanels,
        SqlOrganisationNames,
        {
          provide: ATTACHMENT_SERVICES,
          inject: [LOGGER],
          useFactory: (logger: Logger): AttachmentServices => ({
            store: options.attachments?.store ?? attachmentStoreFromEnv(process.env, { warn: (message) => logger.warn(message) }),
            scanner: options.attachments?.scanner ?? acceptAllScanner,
          }),
        },
        { provide: WorkflowTasks, inject: [SERVICE_DATABASE, LifecycleRunner], useFactory: (db: Database, runner: LifecycleRunner) => new WorkflowTasks(db, runner) },
        edgeReadProvider(WORKFLOW_TASKS_PATH, serviceTasksQuery, WorkflowTasks, (tasks, actor, query) => tasks.of(actor, query)),
        ...composedProviders(
          WORKFLOW_GRAPH,
          {
            inject: [SERVICE_DATABASE, ServiceMessaging, HistoryChainKeys, ATTACHMENT_SERVICES],
            compose: (db: Database, messaging: ServiceMessaging, keys: HistoryChainKeys, attachments: AttachmentServices) =>
              composeWorkflow(db, messaging, keys, attachments, options.machines ?? { scenarioVersion: scenarioVersionFromEnv() }),
          },
          { runner: LifecycleRunner, commands: WorkflowCommands, files: ApplicationFiles, releases: MachineReleases, consortia: Consortia },
        ),
      ],
    };
  }
}
