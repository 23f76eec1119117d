import type { DynamicModule } from '@nestjs/common';
import { EVALUATION_SERVICE, EvaluationModule } from '@scq/evaluation-infrastructure';
import { GATEWAY_SERVICE, GatewayModule, type GatewayOptions } from '@scq/gateway-infrastructure';
import { NOTIFICATION_SERVICE, NotificationModule, type NotificationModuleOptions } from '@scq/notification-infrastructure';
import type { DatabaseLocation } from '@scq/platform-persistence';
import type { HistoryChainOptions } from '@scq/platform-runtime';
import { REGISTRY_SERVICE, RegistryModule } from '@scq/registry-infrastructure';
import { WORKFLOW_SERVICE, WorkflowModule, type WorkflowModuleOptions } from '@scq/workflow-infrastructure';

/** Each service's database: one location for all of them, or one per service name (`registry`, `workflow`, …). */
export type EmbeddedDatabases = DatabaseLocation | ((service: string) => DatabaseLocation);

export interface EmbeddedModuleOptions {
  /** The edge in-process (sign-in, callers from tokens, the console); `routes` is always empty: the services are here. */
  gateway: Omit<GatewayOptions, 'routes' | 'database'> & { database?: DatabaseLocation };
  workflow?: Omit<WorkflowModuleOptions, 'database'>;
  evaluation?: { historyChain?: HistoryChainOptions };
  notification?: Omit<NotificationModuleOptions, 'database'>;
}

/**
 * The embedded mode's composition (DESIGN §7): registry, workflow, evaluation, notification and the gateway's edge as
 * modules of one Nest host, each service on its own database location. Used by apps/standalone/src/main.ts and by the
 * integration tests that start the embedded host in-process, so they compose it the way it runs.
 */
export function embeddedModules(databases: EmbeddedDatabases, options: EmbeddedModuleOptions): DynamicModule[] {
  const database = (service: string): DatabaseLocation => (typeof databases === 'function' ? databases(service) : databases);
  const { database: gatewayDatabase, ...gateway } = options.gateway;
  return [
    RegistryModule.register({ database: database(REGISTRY_SERVICE) }),
    WorkflowModule.register({ ...options.workflow, database: database(WORKFLOW_SERVICE) }),
    EvaluationModule.register({ ...options.evaluation, database: database(EVALUATION_SERVICE) }),
    NotificationModule.register({ ...options.notification, database: database(NOTIFICATION_SERVICE) }),
    GatewayModule.register({ ...gateway, routes: [], database: gatewayDatabase ?? database(GATEWAY_SERVICE) }),
  ];
}
