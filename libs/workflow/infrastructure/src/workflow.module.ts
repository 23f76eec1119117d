import { Module, type DynamicModule } from '@nestjs/common';
import { HistoryChainKeys, LifecycleRunner } from '@scq/platform-lifecycle';
import { SERVICE_DATABASE, serviceRuntimeProviders, ServiceMessaging } from '@scq/platform-messaging';
import { serviceTasksQuery } from '@scq/contracts';
import { ApiDocsModule, edgeReadProvider, serviceApiDocs, UnitNamesModule } from '@scq/platform-http';
import type { Database } from '@scq/platform-persistence';
import type { DatabaseLocation } from '@scq/platform-persistence';
import { composedProviders, historyChainProviders, type HistoryChainOptions } from '@scq/platform-runtime';
import { canonicalUnitName } from '@scq/taxonomy';
import { WorkflowCommands } from '@scq/workflow-application';
import { WorkflowEventsConsumer } from './workflow-events.consumer';
import { WorkflowHttpController } from './workflow.http.controller';
import { workflowMigrations } from './workflow.migrations';
import { composeWorkflow } from './workflow.composition';
import { SqlAssessmentPanels } from './sql-assessment-panels';
import { WORKFLOW_TASKS_PATH, WorkflowTasksHttpController } from './workflow-tasks.http.controller';
import { WorkflowTasks } from './workflow.tasks';

export const WORKFLOW_SERVICE = 'application-workflow';
const WORKFLOW_GRAPH = Symbol('WORKFLOW_GRAPH');

export interface WorkflowModuleOptions {
  database: DatabaseLocation;
  /** The history chain key (default: from the environment, `HISTORY_CHAIN_KEY_FILE`). */
  historyChain?: HistoryChainOptions;
}

/** What the module serves: its HTTP routes and its event handlers. */
const CONTROLLERS = [WorkflowHttpController, WorkflowTasksHttpController, WorkflowEventsConsumer];

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
        { provide: WorkflowTasks, inject: [SERVICE_DATABASE, LifecycleRunner], useFactory: (db: Database, runner: LifecycleRunner) => new WorkflowTasks(db, runner) },
        edgeReadProvider(WORKFLOW_TASKS_PATH, serviceTasksQuery, WorkflowTasks, (tasks, actor, query) => tasks.of(actor, query)),
        ...composedProviders(WORKFLOW_GRAPH, { inject: [SERVICE_DATABASE, ServiceMessaging, HistoryChainKeys], compose: composeWorkflow }, { runner: LifecycleRunner, commands: WorkflowCommands }),
      ],
    };
  }
}
