import type { DynamicModule, Type } from '@nestjs/common';
import { EVALUATION_SERVICE, EvaluationModule } from '@scq/evaluation-infrastructure';
import { GatewayModule, gatewayAuthConfigFromEnv, platformOpenApiDocument } from '@scq/gateway-infrastructure';
import { NOTIFICATION_SERVICE, NotificationModule } from '@scq/notification-infrastructure';
import { generateServiceTokenKey, ServiceApiDocs, type OpenApiDocument } from '@scq/platform-http';
import { REGISTRY_SERVICE, RegistryModule } from '@scq/registry-infrastructure';
import { WORKFLOW_SERVICE, WorkflowModule } from '@scq/workflow-infrastructure';

const NOWHERE = { pgliteDataDir: 'memory://' };
const controllersOf = (module: DynamicModule) => (module.controllers ?? []) as Array<Type<unknown>>;

/**
 * The platform's API document as the gateway serves it in production (its own routes and each service's document),
 * built from the controllers alone: no database is opened, no service started.
 */
export function platformApiDocument(): OpenApiDocument {
  const services = [
    new ServiceApiDocs(REGISTRY_SERVICE, controllersOf(RegistryModule.register({ database: NOWHERE }))),
    new ServiceApiDocs(WORKFLOW_SERVICE, controllersOf(WorkflowModule.register({ database: NOWHERE }))),
    new ServiceApiDocs(EVALUATION_SERVICE, controllersOf(EvaluationModule.register({ database: NOWHERE }))),
    new ServiceApiDocs(NOTIFICATION_SERVICE, controllersOf(NotificationModule.register({ database: NOWHERE }))),
  ];
  const gateway = controllersOf(GatewayModule.register({ routes: [], database: NOWHERE, auth: gatewayAuthConfigFromEnv({}), serviceTokenKey: generateServiceTokenKey() }));
  return platformOpenApiDocument(gateway, services.map((service) => service.document()), []);
}
