import { Module, type DynamicModule } from '@nestjs/common';
import { LifecycleRunner, SqlLifecycleStore } from '@scq/platform-lifecycle';
import { SERVICE_DATABASE, serviceRuntimeProviders, ServiceMessaging } from '@scq/platform-messaging';
import { ApiDocsModule, serviceApiDocs, UnitNamesModule } from '@scq/platform-http';
import type { Database, DatabaseLocation } from '@scq/platform-persistence';
import { canonicalUnitName } from '@scq/taxonomy';
import { WorkflowCommands, workflowCatalog } from '@scq/workflow-application';
import { WorkflowEventsConsumer } from './workflow-events.consumer';
import { WorkflowHttpController } from './workflow.http.controller';
import { workflowMigrations } from './workflow.migrations';
import { LIFECYCLE_RUNNER } from './workflow.tokens';

export const WORKFLOW_SERVICE = 'application-workflow';

export interface WorkflowModuleOptions {
  database: DatabaseLocation;
}

/** What the module serves: its HTTP routes and its event handlers. */
const CONTROLLERS = [WorkflowHttpController, WorkflowEventsConsumer];

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
        { provide: LIFECYCLE_RUNNER, useFactory: () => new LifecycleRunner(new SqlLifecycleStore('workflow'), workflowCatalog()) },
        {
          provide: WorkflowCommands,
          inject: [SERVICE_DATABASE, LIFECYCLE_RUNNER, ServiceMessaging],
          useFactory: (db: Database, runner: LifecycleRunner, messaging: ServiceMessaging) => new WorkflowCommands(db, runner, messaging.publisher),
        },
      ],
    };
  }
}
