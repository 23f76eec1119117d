import { consoleDirFromEnv, GATEWAY_SERVICE, GatewayModule, gatewayAuthConfigFromEnv, forwardedPaths, gatewayDatabaseFromEnv, serviceRoutesFromEnv } from '@scq/gateway-infrastructure';
import { InProcessMessageBus } from '@scq/platform-messaging';
import { runProcess } from '@scq/platform-runtime';

// The gateway owns no events: it signs people in (accounts in schema `gateway`), serves the web console and forwards HTTP to the services
// named by REGISTRY_URL, WORKFLOW_URL, …; JWT_SECRET is required in production (see docs/gateway.md).
void runProcess({
  name: GATEWAY_SERVICE,
  defaultPort: 3000,
  bus: () => new InProcessMessageBus(),
  forwarded: (env) => forwardedPaths(serviceRoutesFromEnv(env)),
  modules: (env) => [GatewayModule.register({ routes: serviceRoutesFromEnv(env), database: gatewayDatabaseFromEnv(env), auth: gatewayAuthConfigFromEnv(env), consoleDir: consoleDirFromEnv(env) })],
});
