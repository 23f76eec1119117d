import { Module, type DynamicModule, type OnModuleInit } from '@nestjs/common';
import { LifecycleRunner, SqlLifecycleStore } from '@scq/platform-lifecycle';
import { SERVICE_DATABASE, serviceRuntimeProviders, ServiceMessaging } from '@scq/platform-messaging';
import { ApiDocsModule, serviceApiDocs, UnitNamesModule } from '@scq/platform-http';
import type { Database, DatabaseLocation } from '@scq/platform-persistence';
import { canonicalUnitName } from '@scq/taxonomy';
import { WorkflowCommands, workflowCatalog } from '@scq/workflow-application';
import { WorkflowHttpController } from './workflow.http.controller';
import { workflowMigrations } from './workflow.migrations';
import { LIFECYCLE_RUNNER } from './workflow.tokens';
import { WORKFLOW_OPERATIONS } from './workflow.openapi';

export const WORKFLOW_SERVICE = 'application-workflow';

export interface WorkflowModuleOptions {
  database: DatabaseLocation;
}

/** What the lifecycle engine listens to: new scenarios, deadlines that passed, assessments that were decided. */
class WorkflowSubscriptions implements OnModuleInit {
  constructor(
    private readonly messaging: ServiceMessaging,
    private readonly commands: WorkflowCommands,
  ) {}

  onModuleInit(): void {
    this.messaging.consumer('workflow.scenario-registered').on('registry.scenario.v1', 'registry.scenario.registered', (event, tx) => this.commands.startScenario(tx, event));
    this.messaging.consumer('workflow.deadline-reached').on('notification.deadline.v1', 'notification.deadline.reached', async (event, tx) => void (await this.commands.deadlineReached(tx, event)));
    this.messaging
      .consumer('workflow.assessment-finalized')
      .on('evaluation.assessment.v1', 'evaluation.assessment.finalized', async (event, tx) => void (await this.commands.assessmentFinalized(tx, event)));
  }
}

@Module({})
export class WorkflowModule {
  static register(options: WorkflowModuleOptions): DynamicModule {
    return {
      module: WorkflowModule,
      imports: [ApiDocsModule, UnitNamesModule.register(canonicalUnitName)],
      controllers: [WorkflowHttpController],
      providers: [
        serviceApiDocs(WORKFLOW_SERVICE, WORKFLOW_OPERATIONS),
        ...serviceRuntimeProviders({ service: WORKFLOW_SERVICE, schema: 'workflow', database: options.database, migrations: workflowMigrations }),
        { provide: LIFECYCLE_RUNNER, useFactory: () => new LifecycleRunner(new SqlLifecycleStore('workflow'), workflowCatalog()) },
        {
          provide: WorkflowCommands,
          inject: [SERVICE_DATABASE, LIFECYCLE_RUNNER, ServiceMessaging],
          useFactory: (db: Database, runner: LifecycleRunner, messaging: ServiceMessaging) => new WorkflowCommands(db, runner, messaging.publisher),
        },
        {
          provide: WorkflowSubscriptions,
          inject: [ServiceMessaging, WorkflowCommands],
          useFactory: (messaging: ServiceMessaging, commands: WorkflowCommands) => new WorkflowSubscriptions(messaging, commands),
        },
      ],
    };
  }
}
