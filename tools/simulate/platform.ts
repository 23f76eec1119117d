/**
 * The platform a benchmark or the simulator runs against, started here: the embedded host (apps/standalone, one
 * process) or the production shape (the gateway and the four services as separate processes over PostgreSQL, Redis
 * and the repository's Kafka mock cluster). Shared by `npm run bench:http` and `npm run simulate`.
 *
 * The first administrator's password is chosen here (ADMIN_PASSWORD); no demo accounts unless asked for.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateServiceTokenKey, publicKeySet } from '@scq/platform-http';
import { createTestDatabase, startKafkaMockCluster, startServiceProcess, type KafkaMockCluster, type ServiceProcess, type TestDatabase } from '@scq/platform-testing';

export const START_TIMEOUT_MS = 120_000;
/** The services of the production shape, in the order they start (each migrates its own schema). */
export const SERVICES = ['scenario-registry', 'application-workflow', 'evaluation', 'notification'] as const;

export interface StartedPlatform {
  mode: 'embedded' | 'production';
  url: string;
  adminPassword: string;
  /** PostgreSQL holding every schema (undefined on PGlite). */
  databaseUrl?: string;
  /** Redis and the key prefix of this run (production only). */
  redis?: { url: string; prefix: string };
  kafka?: KafkaMockCluster;
  processes: ServiceProcess[];
  /** The service key signing service tokens (production only: lets a caller read past the gateway). */
  serviceKey?: ReturnType<typeof generateServiceTokenKey>;
  /** kill -9 one process and start it again on the same port with the same environment; the new process. */
  restart(app: string): Promise<ServiceProcess>;
  stop(): Promise<void>;
}

export interface PlatformOptions {
  label: string;
  /** Added to every process's environment (NOTIFICATION_DEMO_WORKING_DAY_MS, …). */
  env?: Record<string, string>;
  /** Production shape: run with NODE_ENV=production (default true; the demo working-day clock is refused there). */
  nodeEnvProduction?: boolean;
  /** Embedded: 'pglite' (own DATA_DIR) or 'postgres' (default). */
  embeddedDatabase?: 'pglite' | 'postgres';
  demoAccounts?: boolean;
  /** node flags per app (bench:http's --cpu-prof). */
  nodeArgs?: (app: string) => string[] | undefined;
  /** Brokers of the Kafka mock cluster (production shape; 3 by default). */
  kafkaBrokers?: number;
}

// Counted (so the per-caller limit's Redis round trip is in the figures) but never reached.
const API_LIMIT = '100000000';

function restartable(processes: ServiceProcess[], envOf: Map<string, Record<string, string>>, nodeArgs: PlatformOptions['nodeArgs']) {
  return async (app: string): Promise<ServiceProcess> => {
    const index = processes.findIndex((p) => p.app === app);
    if (index < 0) throw new Error(`no process ${app}`);
    const old = processes[index];
    await old.kill();
    const port = new URL(old.url).port;
    const started = await startServiceProcess(app, { ...(envOf.get(app) ?? {}), PORT: port }, START_TIMEOUT_MS, { nodeArgs: nodeArgs?.(app) });
    processes[index] = started;
    return started;
  };
}

export async function startEmbeddedPlatform(options: PlatformOptions): Promise<StartedPlatform> {
  const dataDir = mkdtempSync(join(tmpdir(), `scq-${options.label}-`));
  const database = (options.embeddedDatabase ?? 'postgres') === 'postgres' ? await createTestDatabase(`${options.label}_embedded`) : undefined;
  const adminPassword = `admin-${randomBytes(12).toString('hex')}`;
  const env = {
    DATA_DIR: dataDir,
    DATABASE_URL: database?.url ?? '',
    KAFKA_BROKERS: '',
    REDIS_URL: '',
    CONSOLE_DIR: '',
    DEMO_ACCOUNTS: options.demoAccounts ? 'true' : '',
    ADMIN_PASSWORD: adminPassword,
    GATEWAY_TRUST_CLIENT_IDENTITY: '',
    GATEWAY_API_REQUESTS_PER_MINUTE: API_LIMIT,
    ACCESS_TOKEN_TTL_SECONDS: '7200',
    // The caller on loopback stands in for many people: their addresses come in X-Forwarded-For.
    TRUST_PROXY: 'loopback',
    ...options.env,
  };
  const processes: ServiceProcess[] = [];
  try {
    processes.push(await startServiceProcess('standalone', env, START_TIMEOUT_MS, { nodeArgs: options.nodeArgs?.('standalone') }));
  } catch (error) {
    await database?.drop();
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
  return {
    mode: 'embedded',
    url: processes[0].url,
    adminPassword,
    databaseUrl: database?.url,
    processes,
    restart: restartable(processes, new Map([['standalone', env]]), options.nodeArgs),
    async stop() {
      for (const p of processes) await p.stop();
      await database?.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function startProductionPlatform(options: PlatformOptions): Promise<StartedPlatform> {
  let kafka: KafkaMockCluster | undefined;
  let database: TestDatabase | undefined;
  const processes: ServiceProcess[] = [];
  const envOf = new Map<string, Record<string, string>>();
  const attachments = mkdtempSync(join(tmpdir(), `scq-${options.label}-attachments-`));
  const stop = async () => {
    for (const service of [...processes].reverse()) await service.stop();
    await kafka?.stop();
    await database?.drop();
    rmSync(attachments, { recursive: true, force: true });
  };
  try {
    [kafka, database] = await Promise.all([startKafkaMockCluster(options.kafkaBrokers), createTestDatabase(options.label)]);
    const key = generateServiceTokenKey();
    const redis = { url: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379', prefix: `scq-${kafka.prefix}` };
    const common = {
      NODE_ENV: options.nodeEnvProduction === false ? 'test' : 'production',
      DATABASE_URL: database.url,
      KAFKA_BROKERS: kafka.brokers.join(','),
      KAFKA_TOPIC_PREFIX: `${kafka.prefix}.`,
      REDIS_URL: redis.url,
      REDIS_PREFIX: redis.prefix,
      DATA_DIR: '',
      DEMO_ACCOUNTS: options.demoAccounts ? 'true' : '',
      GATEWAY_TRUST_CLIENT_IDENTITY: '',
      ...options.env,
    };
    const service = { ...common, SERVICE_TOKEN_JWKS: JSON.stringify(publicKeySet(key)), HISTORY_CHAIN_KEY: randomBytes(36).toString('base64'), ATTACHMENTS_DIR: attachments };
    for (const app of SERVICES) {
      envOf.set(app, service);
      processes.push(await startServiceProcess(app, service, START_TIMEOUT_MS, { nodeArgs: options.nodeArgs?.(app) }));
    }
    const [registry, workflow, evaluation, notification] = processes;
    const adminPassword = `admin-${randomBytes(12).toString('hex')}`;
    const gatewayEnv = {
      ...common,
      SERVICE_TOKEN_PRIVATE_KEY: JSON.stringify(key),
      ADMIN_PASSWORD: adminPassword,
      GATEWAY_API_REQUESTS_PER_MINUTE: API_LIMIT,
      // The caller on loopback stands in for many people: their addresses come in X-Forwarded-For.
      TRUST_PROXY: 'loopback',
      ACCESS_TOKEN_TTL_SECONDS: '7200',
      REGISTRY_URL: registry.url,
      WORKFLOW_URL: workflow.url,
      EVALUATION_URL: evaluation.url,
      NOTIFICATION_URL: notification.url,
    };
    envOf.set('gateway', gatewayEnv);
    processes.push(await startServiceProcess('gateway', gatewayEnv, START_TIMEOUT_MS, { nodeArgs: options.nodeArgs?.('gateway') }));
    // A service is ready before its consumer groups join; a measured run starts with the whole pipeline running.
    await Promise.all(processes.map((process) => process.consumersJoined(START_TIMEOUT_MS)));
    return { mode: 'production', url: processes[4].url, adminPassword, databaseUrl: database.url, redis, kafka, processes, serviceKey: key, restart: restartable(processes, envOf, options.nodeArgs), stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
