import { GATEWAY_SERVICE, GatewayModule, serviceRoutesFromEnv } from '@scq/gateway-infrastructure';
import { InProcessMessageBus } from '@scq/platform-messaging';
import { runProcess } from '@scq/platform-runtime';

// The gateway owns no events yet: it forwards HTTP to the services named by REGISTRY_URL, WORKFLOW_URL, ….
void runProcess({ name: GATEWAY_SERVICE, defaultPort: 3000, bus: () => new InProcessMessageBus(), modules: (env) => [GatewayModule.register({ routes: serviceRoutesFromEnv(env) })] });
