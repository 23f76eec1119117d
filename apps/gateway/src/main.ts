import './tracing';
import {
  consoleDirFromEnv,
  forwardedPaths,
  GATEWAY_SERVICE,
  gatewayAuthConfigFromEnv,
  gatewayDatabaseFromEnv,
  gatewayEnvSchema,
  GatewayModule,
  serviceRoutesFromEnv,
  serviceTokenKeyFromEnv,
  throttleStoreFromEnv,
  trustProxyFromEnv,
} from '@scq/gateway-infrastructure';
import { publicKeySet, serviceTokenVerifier } from '@scq/platform-http';
import { platformEnvSchema, runProcess } from '@scq/platform-runtime';
import type { JWK } from 'jose';

// One key for the process: the gateway signs service tokens with it, and its own routes verify them with its public half.
let serviceTokenKey: JWK | undefined;
const keyOf = (env: NodeJS.ProcessEnv) => (serviceTokenKey ??= serviceTokenKeyFromEnv(env));

// The gateway signs people in (the directory in schema `identity`, whose organisations it publishes on
// identity.organisation.v1 through its outbox: Kafka when KAFKA_BROKERS is set), serves the web console and forwards HTTP to
// the services named by REGISTRY_URL, WORKFLOW_URL, …, each request with a service token it signs; its Ed25519 key
// (SERVICE_TOKEN_PRIVATE_KEY_FILE, required in production) signs access tokens and service tokens (see docs/gateway.md).
void runProcess({
  name: GATEWAY_SERVICE,
  defaultPort: 3000,
  environment: platformEnvSchema.extend(gatewayEnvSchema.shape),
  forwarded: (env) => forwardedPaths(serviceRoutesFromEnv(env)),
  trustProxy: trustProxyFromEnv,
  serviceTokens: (env) => serviceTokenVerifier(publicKeySet(keyOf(env))),
  // The database last: an unsafe setting (demo accounts, no signing key) is named first; production without a database URL refuses.
  modules: (env) => [GatewayModule.register({ routes: serviceRoutesFromEnv(env), auth: gatewayAuthConfigFromEnv(env), serviceTokenKey: keyOf(env), database: gatewayDatabaseFromEnv(env), consoleDir: consoleDirFromEnv(env), throttle: throttleStoreFromEnv(env) })],
});
