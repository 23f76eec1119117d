import { Module, type DynamicModule, type OnModuleInit } from '@nestjs/common';
import { SERVICE_DATABASE, serviceRuntimeProviders, ServiceMessaging } from '@scq/platform-messaging';
import type { Database, DatabaseLocation } from '@scq/platform-persistence';
import { LIFECYCLE_INSTANCE_REPOSITORY, SendLifecycleEventHandler, StartScenarioLifecycleHandler, type LifecycleInstanceRepository } from '@scq/workflow-application';
import { ScenarioLifecycleHttpController } from './scenario-lifecycle.http.controller';
import { SqlLifecycleInstanceRepository } from './sql-lifecycle-instance.repository';
import { workflowMigrations } from './workflow.migrations';

export const WORKFLOW_SERVICE = 'application-workflow';

export interface WorkflowModuleOptions {
  database: DatabaseLocation;
}

/** Subscribes the lifecycle engine to the registry's events. */
class WorkflowSubscriptions implements OnModuleInit {
  constructor(
    private readonly messaging: ServiceMessaging,
    private readonly startLifecycle: StartScenarioLifecycleHandler,
  ) {}

  onModuleInit(): void {
    this.messaging.consumer('workflow.scenario-registered').on('registry.scenario.v1', 'registry.scenario.registered', (event, tx) => this.startLifecycle.handle(event, tx));
  }
}

@Module({})
export class WorkflowModule {
  static register(options: WorkflowModuleOptions): DynamicModule {
    return {
      module: WorkflowModule,
      controllers: [ScenarioLifecycleHttpController],
      providers: [
        ...serviceRuntimeProviders({ service: WORKFLOW_SERVICE, schema: 'workflow', database: options.database, migrations: workflowMigrations }),
        { provide: LIFECYCLE_INSTANCE_REPOSITORY, useClass: SqlLifecycleInstanceRepository },
        {
          provide: StartScenarioLifecycleHandler,
          inject: [LIFECYCLE_INSTANCE_REPOSITORY, ServiceMessaging],
          useFactory: (instances: LifecycleInstanceRepository, messaging: ServiceMessaging) => new StartScenarioLifecycleHandler(instances, messaging.publisher),
        },
        {
          provide: SendLifecycleEventHandler,
          inject: [SERVICE_DATABASE, LIFECYCLE_INSTANCE_REPOSITORY, ServiceMessaging],
          useFactory: (db: Database, instances: LifecycleInstanceRepository, messaging: ServiceMessaging) => new SendLifecycleEventHandler(db, instances, messaging.publisher),
        },
        {
          provide: WorkflowSubscriptions,
          inject: [ServiceMessaging, StartScenarioLifecycleHandler],
          useFactory: (messaging: ServiceMessaging, start: StartScenarioLifecycleHandler) => new WorkflowSubscriptions(messaging, start),
        },
      ],
    };
  }
}

