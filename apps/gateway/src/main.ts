import {
  consoleDirFromEnv,
  forwardedPaths,
  GATEWAY_SERVICE,
  gatewayAuthConfigFromEnv,
  gatewayDatabaseFromEnv,
  gatewayEnvSchema,
  GatewayModule,
  serviceRoutesFromEnv,
  throttleStoreFromEnv,
  trustProxyFromEnv,
} from '@scq/gateway-infrastructure';
import { InProcessMessageBus } from '@scq/platform-messaging';
import { platformEnvSchema, runProcess } from '@scq/platform-runtime';

// The gateway owns no events: it signs people in (accounts in schema `gateway`), serves the web console and forwards HTTP to the services
// named by REGISTRY_URL, WORKFLOW_URL, …; JWT_SECRET is required in production (see docs/gateway.md).
void runProcess({
  name: GATEWAY_SERVICE,
  defaultPort: 3000,
  environment: platformEnvSchema.extend(gatewayEnvSchema.shape),
  bus: () => new InProcessMessageBus(),
  forwarded: (env) => forwardedPaths(serviceRoutesFromEnv(env)),
  trustProxy: trustProxyFromEnv,
  modules: (env) => [GatewayModule.register({ routes: serviceRoutesFromEnv(env), database: gatewayDatabaseFromEnv(env), auth: gatewayAuthConfigFromEnv(env), consoleDir: consoleDirFromEnv(env), throttle: throttleStoreFromEnv(env) })],
});
