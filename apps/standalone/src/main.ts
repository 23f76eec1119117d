import './tracing';
import { join } from 'node:path';
import { EVALUATION_SERVICE } from '@scq/evaluation-infrastructure';
import { consoleDirFromEnv, DEMO_PASSWORD, GATEWAY_SERVICE, gatewayAuthConfigFromEnv, gatewayEnvSchema, serviceTokenKeyFromEnv, throttleStoreFromEnv, trustProxyFromEnv } from '@scq/gateway-infrastructure';
import { publicKeySet, serviceTokenVerifier } from '@scq/platform-http';
import type { JWK } from 'jose';
import { InProcessMessageBus } from '@scq/platform-messaging';
import { databaseLocationFromEnv } from '@scq/platform-persistence';
import { historyChainEnvSchema, historyChainKeysFromEnv, platformEnvSchema, runProcess, serviceDatabaseEnv } from '@scq/platform-runtime';
import type { HistoryChainKeys } from '@scq/platform-lifecycle';
import { NOTIFICATION_SERVICE, notificationEnvSchema, notificationOptionsFromEnv } from '@scq/notification-infrastructure';
import { REGISTRY_SERVICE } from '@scq/registry-infrastructure';
import { attachmentStoreEnvSchema, attachmentStoreFromEnv, WORKFLOW_SERVICE } from '@scq/workflow-infrastructure';
import { embeddedModules } from './embedded-modules';

/**
 * The embedded mode (DESIGN §7): every service module in one process, each on its own database (PGlite under
 * DATA_DIR unless DATABASE_URL is set), events through the same outbox, relay and inbox code over the in-process bus.
 */
const dataDir = (env: NodeJS.ProcessEnv) => env.DATA_DIR || './data';
// One service-token key for the process (kept in the data folder): the gateway part signs, every service verifies.
let serviceTokenKey: JWK | undefined;
const keyOf = (env: NodeJS.ProcessEnv) => (serviceTokenKey ??= serviceTokenKeyFromEnv(env, { keyFile: join(dataDir(env), 'service-token.key') }));
// One history chain key for the workflow and evaluation parts (kept in the data folder unless HISTORY_CHAIN_KEY_FILE is given).
let historyKeys: HistoryChainKeys | undefined;
const historyChain = (env: NodeJS.ProcessEnv) => ({ keys: (historyKeys ??= historyChainKeysFromEnv(env, { keyFile: join(dataDir(env), 'history-chain.key') })) });

/** PGlite on disk (no DATABASE_URL for some service): the data folder is this process's alone. */
const SERVICES = [REGISTRY_SERVICE, WORKFLOW_SERVICE, EVALUATION_SERVICE, GATEWAY_SERVICE, NOTIFICATION_SERVICE];
const pgliteOnDisk = (env: NodeJS.ProcessEnv) => SERVICES.some((service) => 'pgliteDataDir' in databaseLocationFromEnv(service, env));

void runProcess({
  name: 'standalone',
  exclusiveDataDir: (env) => (pgliteOnDisk(env) ? dataDir(env) : null),
  defaultPort: 3000,
  // A demo on one machine: reachable from this machine only unless HOST says otherwise (HOST=0.0.0.0 in a container).
  defaultHost: '127.0.0.1',
  environment: platformEnvSchema
    .extend(gatewayEnvSchema.shape)
    .extend(notificationEnvSchema.shape)
    .extend(serviceDatabaseEnv(REGISTRY_SERVICE).shape)
    .extend(serviceDatabaseEnv(WORKFLOW_SERVICE).shape)
    .extend(serviceDatabaseEnv(EVALUATION_SERVICE).shape)
    .extend(historyChainEnvSchema.shape)
    .extend(attachmentStoreEnvSchema.shape),
  bus: () => new InProcessMessageBus(),
  trustProxy: trustProxyFromEnv,
  serviceTokens: (env) => serviceTokenVerifier(publicKeySet(keyOf(env))),
  modules: (env) =>
    embeddedModules((service) => databaseLocationFromEnv(service, env), {
      workflow: {
        historyChain: historyChain(env),
        // Attachments under DATA_DIR unless S3_BUCKET or ATTACHMENTS_DIR says otherwise.
        attachments: { store: attachmentStoreFromEnv(env, { defaultDir: join(dataDir(env), 'attachments') }) },
      },
      evaluation: { historyChain: historyChain(env) },
      notification: notificationOptionsFromEnv(env),
      // The edge in-process: sign-in, callers from tokens, the console; no forwarding (no routes), the services are here.
      gateway: { auth: gatewayAuthConfigFromEnv(env), serviceTokenKey: keyOf(env), consoleDir: consoleDirFromEnv(env), throttle: throttleStoreFromEnv(env) },
    }),
  announce: (host) => {
    process.stdout.write(
      `\n场景重庆 Scenario Lifecycle Platform is running (embedded mode): ${host.url}\n  console 控制台: ${host.url}/   API docs: ${host.url}/api/docs   health: ${host.url}/health/ready\n` +
        (process.env.DEMO_ACCOUNTS === 'true' ? `  演示账号已开启 demo accounts on (DEMO_ACCOUNTS=true): officer.urban, coordinator, evaluator, … password ${DEMO_PASSWORD} — demos only\n` : '') +
        '\n',
    );
  },
});
