/**
 * The deployment files are for users: no Docker engine runs on the development and CI machines (DESIGN §6), so
 * docker-compose.yml, deploy/Dockerfile and deploy/k8s must be correct by construction. This suite checks them
 * against each other, against the folders of apps/, against the app `build` targets, against the topic registry
 * of libs/contracts and against the two tables of deploy/README.md (the one written-down copy of ports and
 * environment variables), so that adding an app, a variable or a topic without deploying it fails here.
 */
import { topicNames } from '@scq/contracts';
import { mapClaims, parseClaimRules } from '@scq/gateway-infrastructure';
import { secretProblem } from '@scq/platform-runtime';
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join, posix } from 'node:path';
import { parse, parseAllDocuments } from 'yaml';
import { slowTimeout } from '@scq/platform-testing';
import { RUNTIME_ALLOCATOR_ENV } from './bench/runtime-allocator';

// Some of these checks start node processes (the health checks, the secret jobs): on a busy machine that takes its
// time, never wrongly, so they take the integration tests' one knob instead of jest's 5 s.
jest.setTimeout(slowTimeout());

const ROOT = join(__dirname, '..');
const read = (path: string): string => readFileSync(join(ROOT, path), 'utf8');
const exists = (path: string): boolean => existsSync(join(ROOT, path));

/** App folders that are not deployed as services of their own: the one-process embedded host (DESIGN §7). */
const EMBEDDED_ONLY = new Set(['standalone']);
const COMPOSE_FILE = 'docker-compose.yml';
const K8S_DIR = 'deploy/k8s';
const README = 'deploy/README.md';
const TOPIC_SCRIPT = 'deploy/kafka/create-topics.sh';
const LIVE = '/health/live';
const READY = '/health/ready';

// ------------------------------------------------------------------------------------------------ the apps

// Processes only: apps/console is the web console, built into the image and served by the gateway.
const appFolders = readdirSync(join(ROOT, 'apps'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(join(ROOT, 'apps', entry.name, 'src', 'main.ts')))
  .map((entry) => entry.name)
  .sort();
const deployedApps = appFolders.filter((app) => !EMBEDDED_ONLY.has(app));

const BUILD_SCRIPT = 'tools/build/build-services.js';

function buildTarget(app: string): { outputs?: string[]; options?: { command?: string } } {
  const project = JSON.parse(read(`apps/${app}/project.json`)) as { targets?: { build?: { outputs?: string[]; options?: { command?: string } } } };
  const build = project.targets?.build;
  if (!build) throw new Error(`apps/${app}/project.json has no build target`);
  return build;
}

// ------------------------------------------------------------------------------------------------ README tables

function tableCells(line: string): string[] {
  const trimmed = line.trim();
  if (!trimmed.startsWith('|')) return [];
  return trimmed
    .slice(1, trimmed.endsWith('|') ? -1 : undefined)
    .split('|')
    .map((cell) => cell.trim().replace(/`/g, ''));
}

/** The rows of the markdown table whose first header cell is `firstHeader`, keyed by header. */
function markdownTable(markdown: string, firstHeader: string): Record<string, string>[] {
  const lines = markdown.split('\n');
  const start = lines.findIndex((line) => tableCells(line)[0] === firstHeader);
  if (start < 0) throw new Error(`${README} has no table starting with "| ${firstHeader} |"`);
  const header = tableCells(lines[start]);
  const rows: Record<string, string>[] = [];
  for (let i = start + 2; i < lines.length && lines[i].trim().startsWith('|'); i++) {
    const cells = tableCells(lines[i]);
    rows.push(Object.fromEntries(header.map((name, j) => [name, cells[j] ?? ''])));
  }
  return rows;
}

interface AppRow {
  app: string;
  service: string;
  port: number;
  schema: string;
}

const readme = read(README);
const appRows: AppRow[] = markdownTable(readme, 'App folder').map((row) => ({
  app: row['App folder'].replace(/^apps\//, '').replace(/\/$/, ''),
  service: row['Service'],
  port: Number(row['PORT']),
  schema: row['DB schema'],
}));
const envRows = markdownTable(readme, 'Variable').map((row) => ({
  variable: row['Variable'],
  readBy: row['Read by'].split(',').map((reader) => reader.trim()),
  // "—": not set there (single sign-on's example provider exists in compose only).
  setIn: { compose: row['docker compose'] !== '—', k8s: row['Kubernetes'] !== '—' },
}));

function appRow(app: string): AppRow {
  const row = appRows.find((candidate) => candidate.app === app);
  if (!row) throw new Error(`apps/${app} is missing from the services table of ${README}`);
  return row;
}

/** The variables the README says the service reads ("all services" = every deployed service), as compose or Kubernetes sets them. */
function variablesReadBy(service: string, where: 'compose' | 'k8s'): string[] {
  const deployed = deployedApps.some((app) => appRow(app).service === service);
  return envRows
    .filter((row) => row.setIn[where] && (row.readBy.includes(service) || (deployed && row.readBy.includes('all services'))))
    .map((row) => row.variable);
}

// ------------------------------------------------------------------------------------------------ compose

type ComposeEnvironment = Record<string, string | number | boolean | null> | string[];

interface ComposeService {
  image?: string;
  build?: string | { context?: string; dockerfile?: string; args?: ComposeEnvironment };
  environment?: ComposeEnvironment;
  depends_on?: string[] | Record<string, { condition?: string }>;
  healthcheck?: { test?: string | string[]; disable?: boolean };
  networks?: string[] | Record<string, { aliases?: string[] } | null>;
  ports?: (string | number | { target: number | string; published?: number | string })[];
  volumes?: (string | { type: string; source?: string; target: string })[];
  command?: string | string[];
  entrypoint?: string | string[];
  restart?: string;
  read_only?: boolean;
  tmpfs?: string | string[];
}

interface ComposeFile {
  name?: string;
  services: Record<string, ComposeService>;
  volumes?: Record<string, unknown>;
}

/**
 * Compose interpolation with the defaults written in the file (`${VAR:-default}`, `$$`), never the caller's
 * environment, so the test sees what a user without a .env file gets.
 */
function interpolate<T>(value: T): T {
  if (typeof value === 'string') {
    return value.replace(
      /\$\$|\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?+])([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g,
      (match, _name: string | undefined, operator: string | undefined, argument: string | undefined) => {
        if (match === '$$') return '$';
        if (operator === ':-' || operator === '-') return argument ?? '';
        if (operator === ':?' || operator === '?') throw new Error(`${COMPOSE_FILE}: ${match} fails for a user without that variable`);
        return '';
      },
    ) as T;
  }
  if (Array.isArray(value)) return value.map((item: unknown) => interpolate(item)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, interpolate(item)])) as T;
  }
  return value;
}

const composeDocument = parseAllDocuments(read(COMPOSE_FILE), { merge: true });
const compose = interpolate(composeDocument[0].toJS() as ComposeFile);
const services = compose.services;
const serviceNames = Object.keys(services);

function listOrDict(value: ComposeEnvironment | undefined): Record<string, string> {
  if (!value) return {};
  if (Array.isArray(value)) {
    return Object.fromEntries(value.map((entry) => [entry.split('=')[0], entry.slice(entry.indexOf('=') + 1)]));
  }
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, item === null ? '' : String(item)]));
}

const composeEnv = (name: string): Record<string, string> => listOrDict(services[name].environment);

function dependsOn(name: string): Record<string, string> {
  const value = services[name].depends_on;
  if (!value) return {};
  if (Array.isArray(value)) return Object.fromEntries(value.map((target) => [target, 'service_started']));
  return Object.fromEntries(Object.entries(value).map(([target, options]) => [target, options?.condition ?? 'service_started']));
}

function healthTest(name: string): string[] {
  const test = services[name].healthcheck?.test;
  if (test === undefined) return [];
  return typeof test === 'string' ? ['CMD-SHELL', test] : test;
}

/** Services others wait for to finish (service_completed_successfully): one-shot jobs such as kafka-init. */
const oneShotServices = new Set(
  serviceNames.flatMap((name) =>
    Object.entries(dependsOn(name))
      .filter(([, condition]) => condition === 'service_completed_successfully')
      .map(([target]) => target),
  ),
);

/** [host source, container target] of each volume of a service. */
function mountsOf(name: string): [string, string][] {
  return (services[name].volumes ?? []).map((volume) =>
    typeof volume === 'string' ? [volume.split(':')[0], volume.split(':')[1]] : [volume.source ?? '', volume.target],
  );
}

/** The one-shot services that run deploy/kafka/create-topics.sh (kafka-init). */
const topicJobs = [...oneShotServices].filter((name) =>
  mountsOf(name).some(([source]) => posix.normalize(source) === TOPIC_SCRIPT),
);

/** The compose service that builds apps/<app>, by the APP build argument. */
function composeServiceOf(app: string): string | undefined {
  return serviceNames.find((name) => {
    const build = services[name].build;
    return typeof build === 'object' && listOrDict(build.args).APP === app;
  });
}

/** The compose service the gateway's OIDC_ISSUER names, by its name or a network alias (the example Keycloak). */
function exampleProvider(): string | undefined {
  const issuer = composeEnv(composeServiceOf('gateway') ?? 'gateway').OIDC_ISSUER;
  if (!issuer) return undefined;
  const host = new URL(issuer).hostname;
  return serviceNames.find((name) => {
    const networks = services[name].networks;
    const aliases = networks && !Array.isArray(networks) ? Object.values(networks).flatMap((network) => network?.aliases ?? []) : [];
    return name === host || aliases.includes(host);
  });
}

function dockerfileOf(name: string): string {
  const build = services[name].build;
  if (!build) throw new Error(`compose service ${name} has no build section`);
  const context = typeof build === 'string' ? build : (build.context ?? '.');
  const dockerfile = typeof build === 'string' ? 'Dockerfile' : (build.dockerfile ?? 'Dockerfile');
  return posix.normalize(posix.join(context, dockerfile));
}

/** host:port pairs named by an environment value: a URL, or a comma-separated broker list. */
function endpoints(value: string): { host: string; port: number }[] {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) {
    const url = new URL(value);
    const defaults: Record<string, number> = { 'http:': 80, 'https:': 443, 'postgres:': 5432, 'postgresql:': 5432, 'redis:': 6379 };
    return [{ host: url.hostname, port: url.port ? Number(url.port) : (defaults[url.protocol] ?? 0) }];
  }
  if (/^[\w.-]+:\d+(,[\w.-]+:\d+)*$/.test(value)) {
    return value.split(',').map((pair) => ({ host: pair.split(':')[0], port: Number(pair.split(':')[1]) }));
  }
  return [];
}

const kafkaServices = serviceNames.filter((name) => composeEnv(name).KAFKA_PROCESS_ROLES !== undefined);

/** The host:port pairs the Kafka broker advertises to clients. */
function advertisedListeners(name: string): string[] {
  return (composeEnv(name).KAFKA_ADVERTISED_LISTENERS ?? '')
    .split(',')
    .filter(Boolean)
    .map((listener) => listener.replace(/^[A-Z_]+:\/\//, ''));
}

// ------------------------------------------------------------------------------------------------ Dockerfile

/** The Dockerfiles the compose services of the deployed apps build from. */
function serviceDockerfiles(): string[] {
  const names = deployedApps.map(composeServiceOf).filter((name): name is string => name !== undefined);
  return [...new Set(names.map(dockerfileOf))];
}

interface Instruction {
  keyword: string;
  args: string;
  stage: number;
}

function parseDockerfile(path: string): Instruction[] {
  const logical: string[] = [];
  let pending = '';
  for (const raw of read(path).split('\n')) {
    const line = raw.trimEnd();
    if (line.trim().startsWith('#')) continue; // comments, also inside continuations
    if (line.endsWith('\\')) {
      pending += line.slice(0, -1) + ' ';
      continue;
    }
    const full = (pending + line).trim();
    pending = '';
    if (full) logical.push(full);
  }
  let stage = -1;
  return logical.map((line) => {
    const [keyword] = line.split(/\s+/, 1);
    if (keyword.toUpperCase() === 'FROM') stage++;
    return { keyword: keyword.toUpperCase(), args: line.slice(keyword.length).trim(), stage };
  });
}

function execForm(args: string): string[] {
  if (!args.startsWith('[')) return ['/bin/sh', '-c', args];
  return JSON.parse(args) as string[];
}

function copySources(instruction: Instruction): { from?: string; sources: string[] } {
  const words = instruction.args.split(/\s+/);
  const flags = words.filter((word) => word.startsWith('--'));
  const paths = words.filter((word) => !word.startsWith('--'));
  const from = flags.find((flag) => flag.startsWith('--from='))?.slice('--from='.length);
  return { from, sources: paths.slice(0, -1).map((source) => posix.normalize(source.replace(/\/$/, ''))) };
}

// ------------------------------------------------------------------------------------------------ Kubernetes

interface K8sObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string> };
  spec?: unknown;
  data?: Record<string, string>;
  stringData?: Record<string, string>;
}

interface EnvVar {
  name: string;
  value?: string;
  valueFrom?: {
    configMapKeyRef?: { name: string; key: string; optional?: boolean };
    secretKeyRef?: { name: string; key: string; optional?: boolean };
  };
}

interface Probe {
  httpGet?: { path: string; port: number | string };
}

interface Container {
  name: string;
  image: string;
  ports?: { name?: string; containerPort: number }[];
  env?: EnvVar[];
  envFrom?: { configMapRef?: { name: string; optional?: boolean }; secretRef?: { name: string; optional?: boolean } }[];
  startupProbe?: Probe;
  livenessProbe?: Probe;
  readinessProbe?: Probe;
  resources?: { requests?: Record<string, string>; limits?: Record<string, string> };
  securityContext?: { readOnlyRootFilesystem?: boolean; runAsNonRoot?: boolean; allowPrivilegeEscalation?: boolean };
  volumeMounts?: { name: string; mountPath: string; readOnly?: boolean }[];
  command?: string[];
  args?: string[];
}

interface PodTemplate {
  metadata?: { labels?: Record<string, string> };
  spec: { containers: Container[]; securityContext?: { runAsNonRoot?: boolean; runAsUser?: number }; volumes?: { name: string; emptyDir?: object }[] };
}

interface DeploymentSpec {
  selector: { matchLabels: Record<string, string> };
  template: PodTemplate;
}

interface ServiceSpec {
  selector: Record<string, string>;
  ports: { name?: string; port: number; targetPort?: number | string }[];
}

interface IngressBackend {
  service: { name: string; port: { number?: number; name?: string } };
}

interface IngressSpec {
  defaultBackend?: IngressBackend;
  rules?: { http?: { paths: { backend: IngressBackend }[] } }[];
}

const k8sFiles = readdirSync(join(ROOT, K8S_DIR))
  .filter((file) => /\.ya?ml$/.test(file))
  .sort();
const manifestFiles = k8sFiles.filter((file) => !/^kustomization\.ya?ml$/.test(file));
const kustomizationFile = k8sFiles.find((file) => /^kustomization\.ya?ml$/.test(file));

const k8sParseErrors: string[] = [];
const k8sObjects: (K8sObject & { file: string })[] = manifestFiles.flatMap((file) =>
  parseAllDocuments(read(`${K8S_DIR}/${file}`)).flatMap((document) => {
    k8sParseErrors.push(...document.errors.map((error) => `${file}: ${error.message}`));
    const object = document.toJS() as K8sObject | null;
    return object ? [{ ...object, file }] : [];
  }),
);

const ofKind = (kind: string) => k8sObjects.filter((object) => object.kind === kind);

function k8sObject(kind: string, name: string): K8sObject & { file: string } {
  const object = k8sObjects.find((candidate) => candidate.kind === kind && candidate.metadata?.name === name);
  if (!object) throw new Error(`${K8S_DIR} has no ${kind} named ${name}`);
  return object;
}

function secretData(secret: K8sObject): Record<string, string> {
  const decoded = Object.fromEntries(
    Object.entries(secret.data ?? {}).map(([key, value]) => [key, Buffer.from(value, 'base64').toString('utf8')]),
  );
  return { ...decoded, ...(secret.stringData ?? {}) };
}

/** A container's environment as Kubernetes builds it; throws on a reference to a missing ConfigMap, Secret or key. */
function containerEnv(container: Container): Record<string, string> {
  const env: Record<string, string> = {};
  for (const source of container.envFrom ?? []) {
    if (source.configMapRef) {
      expect(source.configMapRef.optional).not.toBe(true);
      Object.assign(env, k8sObject('ConfigMap', source.configMapRef.name).data ?? {});
    }
    if (source.secretRef) {
      expect(source.secretRef.optional).not.toBe(true);
      Object.assign(env, secretData(k8sObject('Secret', source.secretRef.name)));
    }
  }
  for (const variable of container.env ?? []) {
    const fromConfigMap = variable.valueFrom?.configMapKeyRef;
    const fromSecret = variable.valueFrom?.secretKeyRef;
    let value = variable.value ?? '';
    if (fromConfigMap) {
      const data = k8sObject('ConfigMap', fromConfigMap.name).data ?? {};
      if (!(fromConfigMap.key in data)) throw new Error(`ConfigMap ${fromConfigMap.name} has no key ${fromConfigMap.key}`);
      expect(fromConfigMap.optional).not.toBe(true);
      value = data[fromConfigMap.key];
    }
    if (fromSecret) {
      const data = secretData(k8sObject('Secret', fromSecret.name));
      if (!(fromSecret.key in data)) throw new Error(`Secret ${fromSecret.name} has no key ${fromSecret.key}`);
      expect(fromSecret.optional).not.toBe(true);
      value = data[fromSecret.key];
    }
    env[variable.name] = value;
  }
  return env;
}

function deploymentContainer(name: string): Container {
  const spec = k8sObject('Deployment', name).spec as DeploymentSpec;
  const container = spec.template.spec.containers.find((candidate) => candidate.name === name) ?? spec.template.spec.containers[0];
  if (!container) throw new Error(`Deployment ${name} has no container`);
  return container;
}

function containerPort(container: Container, port: number | string): number {
  if (typeof port === 'number') return port;
  if (/^\d+$/.test(port)) return Number(port);
  const named = container.ports?.find((candidate) => candidate.name === port);
  if (!named) throw new Error(`container ${container.name} has no port named ${port}`);
  return named.containerPort;
}

function ingressBackends(): IngressBackend[] {
  return ofKind('Ingress').flatMap((ingress) => {
    const spec = ingress.spec as IngressSpec;
    const paths = (spec.rules ?? []).flatMap((rule) => rule.http?.paths ?? []);
    return [...(spec.defaultBackend ? [spec.defaultBackend] : []), ...paths.map((path) => path.backend)];
  });
}

const imageRepository = (image: string): string => image.replace(/@.*$/, '').replace(/:[^/:]+$/, '');

// ------------------------------------------------------------------------------------------------ processes

function onPath(command: string): boolean {
  return (process.env.PATH ?? '').split(delimiter).some((dir) => dir && existsSync(join(dir, command)));
}

interface TopicCall {
  topic: string;
  partitions: number;
  replicationFactor: number;
  bootstrapServer: string;
  ifNotExists: boolean;
}

/** Runs a topic-creation script with a stub kafka-topics.sh and returns the topics it asked to create. */
function runTopicScript(script: string, env: Record<string, string>): TopicCall[] {
  const dir = mkdtempSync(join(tmpdir(), 'scq-deploy-'));
  try {
    const log = join(dir, 'calls.log');
    const stub = join(dir, 'kafka-topics.sh');
    writeFileSync(stub, `#!/bin/sh\nprintf '%s\\n' "$*" >> '${log}'\n`);
    chmodSync(stub, 0o755);
    const file = join(dir, 'create-topics.sh');
    writeFileSync(file, script);
    execFileSync('sh', [file], { env: { PATH: process.env.PATH ?? '', ...env, KAFKA_TOPICS_BIN: stub }, stdio: 'pipe' });
    return readFileSync(log, 'utf8')
      .split('\n')
      .filter((line) => line.includes('--create'))
      .map((line) => {
        const words = line.split(' ');
        const flag = (name: string) => words[words.indexOf(name) + 1];
        return {
          topic: flag('--topic'),
          partitions: Number(flag('--partitions')),
          replicationFactor: Number(flag('--replication-factor')),
          bootstrapServer: flag('--bootstrap-server'),
          ifNotExists: words.includes('--if-not-exists'),
        };
      });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs `node <args>` from the repository root (the image's WORKDIR holds the same tree) and resolves its exit code. */
function runNode(args: string[], env: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: 'ignore' });
    child.on('error', reject);
    child.on('exit', (code) => resolve(code ?? -1));
  });
}

// ================================================================================================ tests

/** expect(actual).toEqual(expected), with what is being checked named in the failure message. */
function expectAt(where: string, actual: unknown, expected: unknown): void {
  expect({ [where]: actual }).toEqual({ [where]: expected });
}

describe('deploy/README.md tables', () => {
  it('list every folder of apps/ exactly once, with a service name and port', () => {
    expect(appRows.map((row) => row.app).sort()).toEqual(appFolders);
    for (const row of appRows) {
      expect(row.service).toMatch(/^[a-z0-9-]+$/);
      expect(Number.isInteger(row.port) && row.port > 0).toBe(true);
    }
    const deployedRows = deployedApps.map(appRow);
    expect(new Set(deployedRows.map((row) => row.service)).size).toBe(deployedRows.length);
    expect(new Set(deployedRows.map((row) => row.port)).size).toBe(deployedRows.length);
  });

  it('name only known readers for every environment variable', () => {
    const readers = new Set(['all services', ...appRows.map((row) => row.service)]);
    expect(envRows.length).toBeGreaterThan(0);
    for (const row of envRows) {
      expect(row.variable).toMatch(/^[A-Z][A-Z0-9_]*$/);
      for (const reader of row.readBy) expect(readers).toContain(reader);
    }
  });
});

describe(COMPOSE_FILE, () => {
  it('is one YAML document using only known top-level keys', () => {
    expect(composeDocument).toHaveLength(1);
    expect(composeDocument[0].errors).toEqual([]);
    const allowed = ['version', 'name', 'include', 'services', 'networks', 'volumes', 'secrets', 'configs', 'models'];
    for (const key of Object.keys(compose)) if (!key.startsWith('x-')) expect(allowed).toContain(key);
  });

  it('uses only keys of the Compose specification in its services', () => {
    const allowed = new Set(
      ('develop deploy annotations attach build blkio_config cap_add cap_drop cgroup cgroup_parent command configs container_name ' +
        'cpu_count cpu_percent cpu_shares cpu_quota cpu_period cpu_rt_period cpu_rt_runtime cpus cpuset credential_spec depends_on ' +
        'device_cgroup_rules devices dns dns_opt dns_search domainname entrypoint env_file label_file environment expose extends ' +
        'provider external_links extra_hosts gpus group_add healthcheck hostname image init ipc isolation labels links logging ' +
        'mac_address mem_limit mem_reservation mem_swappiness memswap_limit network_mode models networks oom_kill_disable ' +
        'oom_score_adj pid pids_limit platform ports post_start pre_stop privileged profiles pull_policy pull_refresh_after ' +
        'read_only restart runtime scale security_opt shm_size secrets sysctls stdin_open stop_grace_period stop_signal ' +
        'storage_opt tmpfs tty ulimits use_api_socket user uts userns_mode volumes volumes_from working_dir').split(' '),
    );
    const healthcheckKeys = ['disable', 'interval', 'retries', 'test', 'timeout', 'start_period', 'start_interval'];
    for (const name of serviceNames) {
      const unknown = Object.keys(services[name]).filter((key) => !key.startsWith('x-') && !allowed.has(key));
      expectAt(`${name}: keys outside the Compose specification`, unknown, []);
      for (const key of Object.keys(services[name].healthcheck ?? {})) expect(healthcheckKeys).toContain(key);
    }
  });

  it('has a service for every deployed app, built from an existing Dockerfile with APP = the app folder', () => {
    for (const app of deployedApps) {
      const name = composeServiceOf(app);
      expectAt(`compose service building apps/${app}`, name, appRow(app).service);
      const dockerfile = dockerfileOf(name as string);
      expect(exists(dockerfile)).toBe(true);
      const instructions = parseDockerfile(dockerfile);
      expect(instructions.some((instruction) => instruction.keyword === 'ARG' && /^APP(=|$)/.test(instruction.args))).toBe(true);
    }
    // and nothing builds an app that is not there
    for (const name of serviceNames) {
      const build = services[name].build;
      if (typeof build !== 'object') continue;
      const app = listOrDict(build.args).APP;
      expect(exists(build.context ?? '.')).toBe(true);
      if (app !== undefined) expect(appFolders).toContain(app);
    }
  });

  it('gives every service exactly the variables deploy/README.md says it reads, and its PORT', () => {
    for (const app of deployedApps) {
      const { service, port } = appRow(app);
      const env = composeEnv(service);
      expectAt(`${service} environment`, Object.keys(env).sort(), variablesReadBy(service, 'compose').sort());
      expectAt(`${service} PORT`, env.PORT, String(port));
      expect(env.LOG_LEVEL).toBe('info');
      expect(env.KAFKA_TOPIC_PREFIX).toBe('');
    }
  });

  it('points every URL and broker list at a compose service, which is healthy before the service starts', () => {
    for (const app of deployedApps) {
      const { service } = appRow(app);
      const deps = dependsOn(service);
      for (const [variable, value] of Object.entries(composeEnv(service))) {
        // Fetched when the first request needs it, not at start: the gateway starts after the services it forwards to.
        // The OpenID provider likewise is discovered at the first single sign-on; the redirect URI is the browser's
        // address of the gateway itself (both checked against the example Keycloak below).
        if (['SERVICE_TOKEN_JWKS_URL', 'OIDC_ISSUER', 'OIDC_REDIRECT_URI'].includes(variable)) continue;
        for (const { host, port } of endpoints(value)) {
          expectAt(`${service} ${variable}: ${host} is a compose service`, serviceNames.includes(host), true);
          expectAt(`${service} waits for ${host}`, deps[host], 'service_healthy');
          const targetApp = deployedApps.find((candidate) => appRow(candidate).service === host);
          if (targetApp) expect({ variable, port }).toEqual({ variable, port: appRow(targetApp).port });
          if (variable === 'KAFKA_BROKERS') expect(advertisedListeners(host)).toContain(`${host}:${port}`);
        }
      }
      if ('KAFKA_BROKERS' in composeEnv(service)) {
        for (const job of topicJobs) expectAt(`${service} waits for ${job}`, deps[job], 'service_completed_successfully');
      }
    }
  });

  it('connects to PostgreSQL with the credentials and database the postgres container creates', () => {
    for (const app of deployedApps) {
      const url = new URL(composeEnv(appRow(app).service).DATABASE_URL);
      expect(url.protocol).toBe('postgres:');
      const postgres = composeEnv(url.hostname);
      expect(services[url.hostname].image).toMatch(/^postgres:15\b/);
      expect(decodeURIComponent(url.username)).toBe(postgres.POSTGRES_USER);
      expect(decodeURIComponent(url.password)).toBe(postgres.POSTGRES_PASSWORD);
      expect(url.pathname.slice(1)).toBe(postgres.POSTGRES_DB ?? postgres.POSTGRES_USER);
    }
  });

  it('gives the gateway the URL of every other deployed service, as <DB SCHEMA>_URL', () => {
    // Of the deployed services only the gateway is published (the example OpenID provider is too, for the browser).
    const edge = serviceNames.filter((name) => services[name].ports?.length && deployedApps.some((app) => appRow(app).service === name));
    expect(edge).toHaveLength(1);
    const env = composeEnv(edge[0]);
    for (const app of deployedApps) {
      const { service, port, schema } = appRow(app);
      if (service === edge[0]) continue;
      const variable = `${schema.toUpperCase()}_URL`;
      expectAt(`${edge[0]} ${variable}`, env[variable], `http://${service}:${port}`);
    }
  });

  it('has a healthcheck on every long-running service (apps on /health/ready); one-shot jobs run once', () => {
    for (const name of serviceNames) {
      if (oneShotServices.has(name)) {
        expectAt(`${name} restart`, services[name].restart ?? 'no', 'no');
        continue;
      }
      const test = healthTest(name);
      const enabled = test.length > 1 && test[0] !== 'NONE' && services[name].healthcheck?.disable !== true;
      expectAt(`${name} has a healthcheck`, enabled, true);
      expect(['CMD', 'CMD-SHELL']).toContain(test[0]);
    }
    for (const app of deployedApps) expect(healthTest(appRow(app).service).join(' ')).toContain(READY);
    // A database image's long-running service answers its own health check (a one-shot job may borrow the image's shell).
    for (const name of serviceNames.filter((service) => !oneShotServices.has(service))) {
      const image = services[name].image ?? '';
      if (image.startsWith('postgres:')) expect(healthTest(name).join(' ')).toContain('pg_isready');
      if (image.startsWith('redis:')) expect(healthTest(name).join(' ')).toMatch(/redis-cli.*ping/);
    }
    expect(oneShotServices.size).toBeGreaterThan(0);
  });

  it('runs every app on a read-only root file system, with /tmp in memory', () => {
    for (const app of deployedApps) {
      const name = composeServiceOf(app) as string;
      expectAt(`${name} read_only`, services[name].read_only, true);
      expectAt(`${name} tmpfs`, ([] as string[]).concat(services[name].tmpfs ?? []), ['/tmp']);
    }
  });

  it('has depends_on targets that exist, with valid conditions and no cycle', () => {
    const conditions = ['service_started', 'service_healthy', 'service_completed_successfully'];
    for (const name of serviceNames) {
      for (const [target, condition] of Object.entries(dependsOn(name))) {
        expectAt(`${name} depends on ${target}, a service`, serviceNames.includes(target), true);
        expect(conditions).toContain(condition);
        if (condition === 'service_healthy') expectAt(`${target} has a healthcheck`, healthTest(target).length > 1, true);
      }
    }
    const visiting = new Set<string>();
    const done = new Set<string>();
    const visit = (name: string, path: string[]): void => {
      if (done.has(name)) return;
      if (visiting.has(name)) throw new Error(`depends_on cycle: ${[...path, name].join(' -> ')}`);
      visiting.add(name);
      for (const target of Object.keys(dependsOn(name))) visit(target, [...path, name]);
      visiting.delete(name);
      done.add(name);
    };
    for (const name of serviceNames) visit(name, []);
  });

  it('runs a single Kafka broker in KRaft mode, without ZooKeeper', () => {
    expect(kafkaServices).toHaveLength(1);
    const [kafka] = kafkaServices;
    const env = composeEnv(kafka);
    expect(env.KAFKA_PROCESS_ROLES.split(',').sort()).toEqual(['broker', 'controller']);
    expect(env.CLUSTER_ID).toMatch(/^[A-Za-z0-9_-]{22}$/); // the apache/kafka image refuses KRaft without it
    const controllerPort = env.KAFKA_LISTENERS.match(new RegExp(`${env.KAFKA_CONTROLLER_LISTENER_NAMES}://[^:]*:(\\d+)`))?.[1];
    expect(env.KAFKA_CONTROLLER_QUORUM_VOTERS).toBe(`${env.KAFKA_NODE_ID}@${kafka}:${controllerPort}`);
    for (const key of ['KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR', 'KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR']) {
      expectAt(key, env[key], String(kafkaServices.length));
    }
    for (const name of serviceNames) {
      const text = JSON.stringify({ name, ...services[name] }).toLowerCase();
      expectAt(`${name} mentions ZooKeeper`, text.includes('zookeeper'), false);
    }
  });

  it('creates exactly the topics of the libs/contracts topic registry in kafka-init', () => {
    expect(topicJobs).toHaveLength(1);
    const [job] = topicJobs;
    const env = composeEnv(job);
    const command = [...[services[job].entrypoint ?? []].flat(), ...[services[job].command ?? []].flat()];
    const target = mountsOf(job).find(([source]) => posix.normalize(source) === TOPIC_SCRIPT)?.[1];
    expect(command).toContain(target); // it runs the mounted script
    expect(dependsOn(job)[kafkaServices[0]]).toBe('service_healthy');
    const calls = runTopicScript(read(TOPIC_SCRIPT), env);
    expect(calls.map((call) => call.topic).sort()).toEqual([...topicNames].sort());
    const serviceEnv = composeEnv(appRow(deployedApps[0]).service);
    for (const call of calls) {
      expect(call).toMatchObject({ partitions: 4, ifNotExists: true, bootstrapServer: serviceEnv.KAFKA_BROKERS });
      expect(call.replicationFactor).toBeLessThanOrEqual(kafkaServices.length);
    }
    expect(env.KAFKA_TOPIC_PREFIX).toBe(serviceEnv.KAFKA_TOPIC_PREFIX);
  });

  it('prefixes every topic with KAFKA_TOPIC_PREFIX, as the services do', () => {
    const calls = runTopicScript(read(TOPIC_SCRIPT), { KAFKA_BROKERS: 'kafka:9092', KAFKA_TOPIC_PREFIX: 'staging.' });
    expect(calls.map((call) => call.topic).sort()).toEqual(topicNames.map((topic) => `staging.${topic}`).sort());
  });

  it('publishes only the gateway (the Ingress backend in k8s), on its PORT, and the example OpenID provider', () => {
    // The observability profile's UIs (Prometheus, Grafana) are published on this machine's loopback only.
    const observability = serviceNames.filter((name) => (services[name] as { profiles?: string[] }).profiles?.includes('observability'));
    expect(observability.sort()).toEqual(['grafana', 'otel-collector', 'prometheus']);
    for (const name of observability) for (const port of services[name].ports ?? []) expectAt(`${name} publishes on loopback only`, String(port).startsWith('127.0.0.1:'), true);
    const published = serviceNames.filter((name) => services[name].ports?.length && name !== exampleProvider() && !observability.includes(name));
    expect(published).toEqual([...new Set(ingressBackends().map((backend) => backend.service.name))]);
    for (const name of published) {
      for (const port of services[name].ports ?? []) {
        const target = typeof port === 'object' ? String(port.target) : String(port).split(':').pop();
        expect(target).toBe(composeEnv(name).PORT);
      }
    }
  });

  it('declares its named volumes, and bind-mounts only files that exist', () => {
    const declared = Object.keys(compose.volumes ?? {});
    for (const name of serviceNames) {
      for (const [source] of mountsOf(name)) {
        if (/^[./~]/.test(source)) expect(exists(source)).toBe(true);
        else expect(declared).toContain(source);
      }
    }
  });
});

interface RealmExport {
  realm: string;
  groups: { name: string }[];
  clients: { clientId: string; publicClient: boolean; secret?: string; standardFlowEnabled: boolean; implicitFlowEnabled: boolean; directAccessGrantsEnabled: boolean; redirectUris: string[]; attributes: Record<string, string>; protocolMappers: { protocolMapper: string; config: Record<string, string> }[] }[];
  users: { username: string; email: string; firstName: string; lastName: string; groups: string[]; credentials: { value: string; temporary: boolean }[] }[];
}

describe('single sign-on in docker-compose.yml: the example Keycloak', () => {
  const gateway = composeServiceOf('gateway') as string;
  const env = composeEnv(gateway);
  const provider = exampleProvider() as string;
  const mounted = (service: string, target: string) => mountsOf(service).find(([, inside]) => inside === target)?.[0];
  const realmFile = mountsOf(provider).find(([, inside]) => inside.startsWith('/opt/keycloak/data/import/'))?.[0] as string;
  const realm = JSON.parse(read(realmFile)) as RealmExport;
  const client = realm.clients.find((candidate) => candidate.clientId === env.OIDC_CLIENT_ID);
  const rules = parseClaimRules(read(mounted(gateway, env.OIDC_CLAIM_RULES_FILE) as string), env.OIDC_CLAIM_RULES_FILE);

  it('is one issuer for the browser and the gateway: a published port, a network alias, the hostname Keycloak announces', () => {
    const issuer = new URL(env.OIDC_ISSUER);
    expect(provider).toBe('keycloak');
    expect(issuer.hostname.endsWith('.localhost')).toBe(true); // browsers resolve it to this machine
    const keycloak = composeEnv(provider);
    expect(keycloak.KC_HOSTNAME).toBe(issuer.origin);
    expect(services[provider].ports).toContain(`${issuer.port}:${keycloak.KC_HTTP_PORT}`);
    expect(issuer.pathname).toBe(`/realms/${realm.realm}`);
    expect([services[provider].command].flat()).toEqual(['start-dev', '--import-realm']);
    expect(services[provider].image).toMatch(/^quay\.io\/keycloak\/keycloak:\d+/);
  });

  it('registers the gateway as a confidential client with PKCE (S256), the code flow only, and its callback', () => {
    expect(client).toMatchObject({ publicClient: false, secret: env.OIDC_CLIENT_SECRET, standardFlowEnabled: true, implicitFlowEnabled: false, directAccessGrantsEnabled: false });
    expect(client?.attributes['pkce.code.challenge.method']).toBe('S256');
    expect(client?.redirectUris).toEqual([env.OIDC_REDIRECT_URI]);
    expect(client?.protocolMappers).toContainEqual(expect.objectContaining({ protocolMapper: 'oidc-group-membership-mapper', config: expect.objectContaining({ 'claim.name': 'groups', 'full.path': 'false' }) }));
  });

  it('has claim rules that name only the realm’s groups and give every example person a role', () => {
    const groups = realm.groups.map((group) => group.name);
    for (const rule of rules.rules.filter((candidate) => candidate.claim === 'groups')) expect(groups).toContain(rule.includes);
    for (const user of realm.users) {
      const claims = { preferred_username: user.username, name: `${user.firstName} ${user.lastName}`, email: user.email, groups: user.groups.map((path) => path.replace(/^\//, '')) };
      expectAt(`${user.username} gets a role`, mapClaims(rules, claims).roles.length > 0, true);
      for (const path of user.groups) expect(groups).toContain(path.replace(/^\//, ''));
    }
  });

  it('marks every password and secret of the example as one', () => {
    for (const user of realm.users) for (const credential of user.credentials) expect(credential.value).toMatch(/^example-only-/);
    expect(client?.secret).toMatch(/^example-only-/);
    expect(composeEnv(provider).KC_BOOTSTRAP_ADMIN_PASSWORD).toMatch(/^example-only-/);
  });
});

describe('the service Dockerfile', () => {
  const dockerfiles = serviceDockerfiles();

  it.each(dockerfiles)('%s builds on node:20+ bookworm-slim, in stages', (dockerfile) => {
    const engines = (JSON.parse(read('package.json')) as { engines?: { node?: string } }).engines?.node ?? '>=20';
    const minimum = Number(engines.match(/\d+/)?.[0]);
    const froms = parseDockerfile(dockerfile).filter((instruction) => instruction.keyword === 'FROM');
    expect(froms.length).toBeGreaterThan(1);
    for (const from of froms) {
      const image = from.args.split(/\s+/)[0];
      if (froms.some((other) => new RegExp(`\\bAS\\s+${image}$`, 'i').test(other.args))) continue; // FROM an earlier stage
      expect(image).toMatch(/^node:\d+-bookworm-slim$/);
      expect(Number(image.match(/^node:(\d+)/)?.[1])).toBeGreaterThanOrEqual(minimum);
    }
  });

  it.each(dockerfiles)('%s installs the build’s dependencies from package*.json alone, before copying the sources', (dockerfile) => {
    const instructions = parseDockerfile(dockerfile);
    const install = instructions.find((instruction) => instruction.keyword === 'RUN' && /\bnpm ci\b/.test(instruction.args));
    expect(install).toBeDefined();
    const { stage } = install as Instruction;
    const before = instructions.slice(0, instructions.indexOf(install as Instruction)).filter((instruction) => instruction.stage === stage);
    const copied = before.filter((instruction) => instruction.keyword === 'COPY').flatMap((copy) => copySources(copy).sources);
    expect(copied.sort()).toEqual(['package-lock.json', 'package.json']);
    expect(install?.args).toMatch(/npm ci[^]*\|\||if ! npm ci[^]*npm install/);
    // the build (tools/build/build-services.js) needs devDependencies: this install must not omit them
    const manifest = JSON.parse(read('package.json')) as { devDependencies?: Record<string, string> };
    const devDependencies = Object.keys(manifest.devDependencies ?? {});
    const buildNeeds = [...read(BUILD_SCRIPT).matchAll(/require\(['"]([^'"]+)['"]\)/g)].map((match) => match[1]);
    expect(buildNeeds.some((dependency) => devDependencies.includes(dependency))).toBe(true);
    expect(install?.args).not.toMatch(/--omit[= ]dev|--production|--only[= ]prod/);
    const productionEnv = before.some((instruction) => instruction.keyword === 'ENV' && /NODE_ENV[= ]production/.test(instruction.args));
    expect(productionEnv).toBe(false); // npm ci would skip devDependencies
  });

  it.each(dockerfiles)('%s has glibc give large freed blocks back (a password check’s 19 MiB would otherwise stay resident)', (dockerfile) => {
    const threshold = runtimeMmapThreshold(dockerfile);
    expect(threshold).toBeDefined();
    // Set at all, glibc keeps it fixed; at most 1 MiB, every argon2id block is mapped apart and unmapped when freed.
    expect(Number(threshold)).toBeLessThanOrEqual(1024 * 1024);
  });

  it.each(dockerfiles)('%s compiles every app in a build stage; the runtime stage has production dependencies only and no compiler', (dockerfile) => {
    const instructions = parseDockerfile(dockerfile);
    const stageNames = instructions.filter((instruction) => instruction.keyword === 'FROM').map((from) => /\bAS\s+(\S+)$/i.exec(from.args)?.[1]);
    const stageOf = (name: string) => instructions.filter((instruction) => instruction.stage === stageNames.indexOf(name));
    const lastStage = Math.max(...instructions.map((instruction) => instruction.stage));
    const runtime = instructions.filter((instruction) => instruction.stage === lastStage);
    // every service and the console, compiled before the runtime stage (all apps: the layer is shared by every image)
    const compile = instructions.find((instruction) => instruction.keyword === 'RUN' && instruction.stage < lastStage && instruction.args.includes(`node ${BUILD_SCRIPT}`));
    expect(compile).toBeDefined();
    expect((compile as Instruction).args).toMatch(new RegExp(`node ${BUILD_SCRIPT}(\\s*(&&|$))`));
    expect((compile as Instruction).args).toMatch(/ensure-console\.js|build:console/);
    // node_modules of the runtime come first, from a stage that installed without devDependencies
    const runtimeCopies = runtime.filter((instruction) => instruction.keyword === 'COPY').map(copySources);
    expect(runtimeCopies[0]).toEqual({ from: expect.any(String), sources: ['/app/node_modules'] });
    const installs = stageOf(runtimeCopies[0].from as string).filter((instruction) => instruction.keyword === 'RUN' && /\bnpm (ci|install)\b/.test(instruction.args));
    expect(installs.length).toBeGreaterThan(0);
    for (const install of installs) {
      for (const command of install.args.match(/npm (?:ci|install)(?:\s+--\S+)+/g) ?? []) expectAt(`${command} omits devDependencies`, /--omit[= ]dev/.test(command), true);
    }
    // the compilers are devDependencies only (package-lock.json), so an --omit=dev install leaves them out
    const lock = JSON.parse(read('package-lock.json')) as { packages: Record<string, { dev?: boolean }> };
    for (const compiler of ['@swc/core', '@swc-node/register', 'vite']) expectAt(`${compiler} is dev-only in package-lock.json`, lock.packages[`node_modules/${compiler}`]?.dev, true);
    // no sources and no compiler step in the runtime stage: only the build output, package.json and the health check
    const fromContext = runtimeCopies.filter((copy) => !copy.from).flatMap((copy) => copy.sources);
    expect(fromContext.sort()).toEqual(['deploy/healthcheck.js', 'package.json']);
    const fromBuild = runtimeCopies.slice(1).filter((copy) => copy.from).flatMap((copy) => copy.sources);
    expect(fromBuild.sort()).toEqual(['/app/dist/apps/${APP}', '/app/dist/console']);
    for (const run of runtime.filter((instruction) => instruction.keyword === 'RUN')) expect(run.args).not.toMatch(/swc|register\.js|build-services|vite|npm /);
  });

  it.each(dockerfiles)('%s gives the build stage everything the build reads, and only files that exist', (dockerfile) => {
    const copies = parseDockerfile(dockerfile)
      .filter((instruction) => instruction.keyword === 'COPY')
      .map(copySources)
      .filter((copy) => !copy.from)
      .flatMap((copy) => copy.sources);
    for (const source of copies) expectAt(`COPY ${source} exists`, exists(source), true);
    const tsconfigBase = JSON.parse(read('tsconfig.base.json')) as { compilerOptions: { paths: Record<string, string[]> } };
    const needed = [
      BUILD_SCRIPT,
      'tools/ensure-console.js',
      'tsconfig.json',
      'tsconfig.base.json',
      'package.json',
      'package-lock.json',
      ...Object.values(tsconfigBase.compilerOptions.paths).flat(),
      ...appFolders.map((app) => `apps/${app}/src/main.ts`),
      'apps/console/vite.config.ts',
      'deploy/healthcheck.js',
    ];
    for (const path of needed) {
      const covered = copies.some((source) => path === source || path.startsWith(`${source}/`));
      expectAt(`${path} is copied into the image`, covered, true);
    }
    const ignore = `${dockerfile}.dockerignore`;
    expect(exists(ignore)).toBe(true);
    // no local node_modules or build output in the context: the image compiles its own
    expect(read(ignore).split('\n')).toEqual(expect.arrayContaining(['**/node_modules', 'dist']));
  });

  it.each(dockerfiles)('%s runs every app compiled (node dist/apps/<app>/main.js, its build target’s output), as a non-root user', (dockerfile) => {
    const instructions = parseDockerfile(dockerfile);
    const lastStage = Math.max(...instructions.map((instruction) => instruction.stage));
    const runtime = instructions.filter((instruction) => instruction.stage === lastStage);
    const user = runtime.filter((instruction) => instruction.keyword === 'USER').pop()?.args;
    expect(user).toBeDefined();
    expect(['root', '0', '0:0']).not.toContain(user);
    const cmd = execForm(runtime.filter((instruction) => instruction.keyword === 'CMD').pop()?.args ?? '');
    const shell = cmd[0].endsWith('sh') && cmd[1] === '-c' ? cmd[2] : cmd.join(' ');
    // the CMD reads APP at run time: it must be baked into the image's environment from the build argument
    const argIndex = runtime.findIndex((instruction) => instruction.keyword === 'ARG' && /^APP\b/.test(instruction.args));
    const envIndex = runtime.findIndex((instruction) => instruction.keyword === 'ENV' && /\bAPP=\$\{?APP\}?/.test(instruction.args));
    expect(argIndex).toBeGreaterThanOrEqual(0);
    expect(envIndex).toBeGreaterThan(argIndex);
    for (const app of deployedApps) {
      const command = shell
        .replace(/\$\{APP\}|\$APP\b/g, app)
        .replace(/^exec\s+/, '')
        .replace(/["']/g, '');
      expect(command).toBe(`node dist/apps/${app}/main.js`);
      const build = buildTarget(app);
      expect(build.outputs).toEqual([`{workspaceRoot}/dist/apps/${app}`]);
      expect(build.options?.command).toBe(`node ${BUILD_SCRIPT} ${app}`);
    }
  });

  it.each(dockerfiles)('%s leaves only DATA_DIR writable for the service user (a read-only root file system works)', (dockerfile) => {
    const instructions = parseDockerfile(dockerfile);
    const lastStage = Math.max(...instructions.map((instruction) => instruction.stage));
    const runtime = instructions.filter((instruction) => instruction.stage === lastStage);
    const dataDir = runtime.map((instruction) => (instruction.keyword === 'ENV' ? /\bDATA_DIR=(\S+)/.exec(instruction.args)?.[1] : undefined)).find(Boolean);
    expect(dataDir).toBe('/app/data');
    const chowned = runtime.filter((instruction) => instruction.keyword === 'RUN').flatMap((run) => [...run.args.matchAll(/chown\s+(?:-\S+\s+)*\S+\s+(\S+)/g)].map((match) => match[1]));
    expect(chowned).toEqual([dataDir]);
    // nothing copied with another owner, and nothing the service user must write at start (as SWC's cache was)
    for (const copy of runtime.filter((instruction) => instruction.keyword === 'COPY')) expect(copy.args).not.toMatch(/--chown|--chmod/);
    const userIndex = runtime.findIndex((instruction) => instruction.keyword === 'USER');
    for (const run of runtime.slice(userIndex).filter((instruction) => instruction.keyword === 'RUN')) expect(run.args).not.toMatch(/\bnode\b|mkdir|touch|>\s*[\w/]/);
  });

  it.each(dockerfiles)('%s has a HEALTHCHECK on /health/live through deploy/healthcheck.js', (dockerfile) => {
    const healthcheck = parseDockerfile(dockerfile).filter((instruction) => instruction.keyword === 'HEALTHCHECK').pop();
    expect(healthcheck).toBeDefined();
    const command = execForm((healthcheck as Instruction).args.replace(/^(--\S+\s+)*CMD\s+/, ''));
    expect(command).toEqual(['node', 'deploy/healthcheck.js', LIVE]);
  });
});

describe('deploy/healthcheck.js, as the image and compose call it', () => {
  const commands: [string, string[]][] = [];
  for (const dockerfile of serviceDockerfiles()) {
    const healthcheck = parseDockerfile(dockerfile).filter((instruction) => instruction.keyword === 'HEALTHCHECK').pop();
    if (healthcheck) commands.push([`${dockerfile} HEALTHCHECK`, execForm(healthcheck.args.replace(/^(--\S+\s+)*CMD\s+/, ''))]);
  }
  for (const app of deployedApps) {
    const name = composeServiceOf(app);
    if (name) commands.push([`compose ${name} healthcheck`, healthTest(name).slice(1)]);
  }
  const unique = [...new Map(commands.map(([label, command]) => [command.join(' '), [label, command] as [string, string[]]])).values()];

  it.each(unique)('%s: exit 0 on 200, 1 on 503 and when nothing answers', async (_label, command) => {
    expect(command[0]).toBe('node');
    const path = command.find((word) => word.startsWith('/health/')) as string;
    let status = 200;
    const seen: string[] = [];
    const server = createServer((request, response) => {
      seen.push(request.url ?? '');
      const body = JSON.stringify({ status: status === 200 ? 'ok' : 'unavailable' });
      response.writeHead(status, { 'content-type': 'application/json' }).end(body);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      expect(await runNode(command.slice(1), { PORT: String(port) })).toBe(0);
      status = 503;
      expect(await runNode(command.slice(1), { PORT: String(port) })).toBe(1);
      expect(seen).toEqual([path, path]);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
    expect(await runNode(command.slice(1), { PORT: String(port) })).toBe(1);
  });
});

describe(K8S_DIR, () => {
  const kustomization = parse(read(`${K8S_DIR}/${kustomizationFile}`)) as { resources?: string[]; namespace?: string };
  const namespaces = ofKind('Namespace');

  it('parses: every document of every manifest is a named Kubernetes object', () => {
    expect(k8sParseErrors).toEqual([]);
    for (const object of k8sObjects) {
      const fields = { apiVersion: typeof object.apiVersion, kind: typeof object.kind, name: typeof object.metadata?.name };
      expectAt(object.file, fields, { apiVersion: 'string', kind: 'string', name: 'string' });
    }
  });

  it('has a kustomization listing every manifest of the folder, each once, and nothing else', () => {
    expect(kustomizationFile).toBeDefined();
    const resources = kustomization.resources ?? [];
    expect(new Set(resources).size).toBe(resources.length);
    expect([...resources].sort()).toEqual(manifestFiles);
  });

  it('puts every namespaced object in the one Namespace of the folder', () => {
    expect(namespaces).toHaveLength(1);
    const namespace = namespaces[0].metadata.name;
    expect(kustomization.namespace).toBe(namespace);
    for (const object of k8sObjects) {
      if (object.kind === 'Namespace') continue;
      expectAt(`${object.kind}/${object.metadata.name} namespace`, object.metadata.namespace, namespace);
    }
  });

  it('has a Deployment and a Service for every deployed app, on the port of the table', () => {
    for (const app of deployedApps) {
      const { service, port } = appRow(app);
      const deployment = k8sObject('Deployment', service);
      const spec = deployment.spec as DeploymentSpec;
      const labels = spec.template.metadata?.labels ?? {};
      expect(labels).toMatchObject(spec.selector.matchLabels);
      const container = deploymentContainer(service);
      expect(container.ports?.map((candidate) => candidate.containerPort)).toEqual([port]);
      const svc = k8sObject('Service', service).spec as ServiceSpec;
      expect(labels).toMatchObject(svc.selector);
      expect(svc.ports.map((candidate) => candidate.port)).toEqual([port]);
      expect(svc.ports.map((candidate) => containerPort(container, candidate.targetPort ?? candidate.port))).toEqual([port]);
    }
    // no Deployment for an app that does not exist
    const services = deployedApps.map((app) => appRow(app).service);
    for (const deployment of ofKind('Deployment')) expect(services).toContain(deployment.metadata.name);
  });

  it('probes liveness (and startup) on /health/live and readiness on /health/ready, on the container port', () => {
    for (const app of deployedApps) {
      const { service, port } = appRow(app);
      const container = deploymentContainer(service);
      const probe = (name: 'startupProbe' | 'livenessProbe' | 'readinessProbe') => {
        const httpGet = container[name]?.httpGet;
        return httpGet ? { path: httpGet.path, port: containerPort(container, httpGet.port) } : undefined;
      };
      expectAt(`${service} livenessProbe`, probe('livenessProbe'), { path: LIVE, port });
      expectAt(`${service} readinessProbe`, probe('readinessProbe'), { path: READY, port });
      if (container.startupProbe) expectAt(`${service} startupProbe`, probe('startupProbe'), { path: LIVE, port });
    }
  });

  it('sets cpu and memory requests and limits, runs as non-root on a read-only root file system, /tmp an emptyDir', () => {
    for (const app of deployedApps) {
      const { service } = appRow(app);
      const container = deploymentContainer(service);
      const pod = (k8sObject('Deployment', service).spec as DeploymentSpec).template.spec;
      for (const kind of ['requests', 'limits'] as const) {
        for (const resource of ['cpu', 'memory']) {
          expectAt(`${service} resources.${kind}.${resource}`, typeof container.resources?.[kind]?.[resource], 'string');
        }
      }
      expect(pod.securityContext?.runAsNonRoot ?? container.securityContext?.runAsNonRoot).toBe(true);
      expect(pod.securityContext?.runAsUser).not.toBe(0);
      // the images run compiled code (deploy/Dockerfile): nothing writes to the root file system
      expect(container.securityContext?.readOnlyRootFilesystem).toBe(true);
      expect(container.securityContext?.allowPrivilegeEscalation).toBe(false);
      const tmp = container.volumeMounts?.find((mount) => mount.mountPath === '/tmp');
      expectAt(`${service} mounts /tmp`, tmp !== undefined && !tmp.readOnly, true);
      expectAt(`${service} /tmp is an emptyDir`, pod.volumes?.find((volume) => volume.name === tmp?.name)?.emptyDir !== undefined, true);
    }
  });

  it('gives every container exactly the variables deploy/README.md says it reads, and its PORT', () => {
    for (const app of deployedApps) {
      const { service, port } = appRow(app);
      const env = containerEnv(deploymentContainer(service));
      expectAt(`${service} environment`, Object.keys(env).sort(), variablesReadBy(service, 'k8s').sort());
      expectAt(`${service} PORT`, env.PORT, String(port));
      expect(env.DATABASE_URL).toMatch(/^postgres(ql)?:\/\//);
      expect(env.REDIS_URL).toMatch(/^rediss?:\/\//);
      expect(endpoints(env.KAFKA_BROKERS).length).toBeGreaterThan(0);
    }
  });

  it('takes DATABASE_URL from a Secret that is a clearly marked placeholder', () => {
    const sources = new Set(
      deployedApps.map((app) => {
        const variable = deploymentContainer(appRow(app).service).env?.find((candidate) => candidate.name === 'DATABASE_URL');
        expect(variable?.valueFrom?.secretKeyRef).toBeDefined();
        return variable?.valueFrom?.secretKeyRef?.name as string;
      }),
    );
    for (const name of sources) {
      const secret = k8sObject('Secret', name);
      expect(secretData(secret).DATABASE_URL).toContain('CHANGE_ME');
      expect(read(`${K8S_DIR}/${secret.file}`)).toMatch(/TEMPLATE|PLACEHOLDER/);
    }
  });

  it('points the gateway at every other deployed service by its Service name and port', () => {
    const edges = [...new Set(ingressBackends().map((backend) => backend.service.name))];
    expect(edges).toHaveLength(1);
    const env = containerEnv(deploymentContainer(edges[0]));
    for (const app of deployedApps) {
      const { service, schema } = appRow(app);
      if (service === edges[0]) continue;
      const servicePort = (k8sObject('Service', service).spec as ServiceSpec).ports[0].port;
      const variable = `${schema.toUpperCase()}_URL`;
      expectAt(`${edges[0]} ${variable}`, env[variable], `http://${service}:${servicePort}`);
    }
  });

  it('routes the Ingress to a port of the gateway Service', () => {
    const backends = ingressBackends();
    expect(backends.length).toBeGreaterThan(0);
    for (const backend of backends) {
      const svc = k8sObject('Service', backend.service.name).spec as ServiceSpec;
      const { number, name } = backend.service.port;
      const matches = svc.ports.some((port) => port.port === number || (port.name !== undefined && port.name === name));
      expectAt(`Ingress backend ${backend.service.name}:${number ?? name}`, matches, true);
    }
  });

  it('runs the images docker-compose builds, each with an explicit tag', () => {
    for (const app of deployedApps) {
      const { service } = appRow(app);
      const { image } = deploymentContainer(service);
      expect(image).toMatch(/:[\w.-]+$/);
      expect(image).not.toMatch(/:latest$/);
      expect(imageRepository(image)).toBe(imageRepository(services[service].image ?? ''));
    }
  });

  it('creates the topics with a Job running a verbatim copy of deploy/kafka/create-topics.sh', () => {
    const jobs = ofKind('Job').filter((job) => {
      const container = (job.spec as { template: PodTemplate }).template.spec.containers[0];
      return [...(container.command ?? []), ...(container.args ?? [])].join('\n').includes('kafka-topics.sh');
    });
    expect(jobs).toHaveLength(1);
    const container = (jobs[0].spec as { template: PodTemplate }).template.spec.containers[0];
    const script = container.args?.[0] ?? '';
    expect(container.command).toEqual(['/bin/sh', '-c']);
    expect(script.trimEnd()).toBe(read(TOPIC_SCRIPT).trimEnd());
    expect(script).not.toMatch(/\$\(|\$\$/); // Kubernetes would expand $(VAR) and $$ in args
    const env = containerEnv(container);
    const calls = runTopicScript(script, env);
    expect(calls.map((call) => call.topic).sort()).toEqual([...topicNames].sort());
    const brokers = containerEnv(deploymentContainer(appRow(deployedApps[0]).service)).KAFKA_BROKERS;
    for (const call of calls) expect(call).toMatchObject({ bootstrapServer: brokers, partitions: 4, ifNotExists: true });
  });

  (onPath('kubectl') ? it : it.skip)('builds with kubectl kustomize into the same objects', () => {
    const built = parseAllDocuments(execFileSync('kubectl', ['kustomize', join(ROOT, K8S_DIR)], { encoding: 'utf8' }))
      .map((document) => document.toJS() as K8sObject | null)
      .filter((object): object is K8sObject => object !== null);
    const key = (object: K8sObject) => `${object.kind}/${object.metadata.name}`;
    expect(built.map(key).sort()).toEqual(k8sObjects.map(key).sort());
  });
});

interface PodSelector {
  matchLabels?: Record<string, string>;
  matchExpressions?: Array<{ key: string; operator: string; values?: string[] }>;
}
interface NetworkPolicySpec {
  podSelector: PodSelector;
  policyTypes?: string[];
  ingress?: Array<{ from?: Array<{ podSelector?: PodSelector; namespaceSelector?: PodSelector }> }>;
}

/** Whether a pod selector selects the pods labelled app.kubernetes.io/name = `app` ({} selects every pod). */
function selectsApp(selector: PodSelector | undefined, app: string): boolean {
  if (!selector) return false;
  const labels = { 'app.kubernetes.io/name': app };
  const byLabel = Object.entries(selector.matchLabels ?? {}).every(([key, value]) => labels[key as keyof typeof labels] === value);
  const byExpression = (selector.matchExpressions ?? []).every((e) => e.operator === 'In' && e.key === 'app.kubernetes.io/name' && (e.values ?? []).includes(app));
  return byLabel && byExpression;
}

describe('the NetworkPolicies', () => {
  const policies = () => ofKind('NetworkPolicy').map((policy) => policy.spec as NetworkPolicySpec);

  it('deny everything in the namespace unless a policy allows it', () => {
    const denyAll = policies().filter((spec) => Object.keys(spec.podSelector).length === 0 && !spec.ingress && !('egress' in spec));
    expect(denyAll.some((spec) => spec.policyTypes?.includes('Ingress') && spec.policyTypes.includes('Egress'))).toBe(true);
  });

  it('let only the gateway reach the services, and only the ingress controller reach the gateway', () => {
    for (const app of deployedApps) {
      const { service } = appRow(app);
      const sources = policies()
        .filter((spec) => selectsApp(spec.podSelector, service))
        .flatMap((spec) => spec.ingress ?? [])
        .flatMap((rule) => rule.from ?? [{}]);
      expect(sources.length).toBeGreaterThan(0);
      for (const source of sources) {
        if (service === 'gateway') expectAt(`${service} admits`, Object.keys(source), ['namespaceSelector']);
        else expectAt(`${service} admits only the gateway`, selectsApp(source.podSelector, 'gateway') && !source.namespaceSelector, true);
      }
    }
  });
});

describe('the gateway signing key the deploy files give', () => {
  // The compose default and the manifests' CHANGE_ME value of the old HS256 secret were once accepted in production, and
  // a token signed with them acted as admin: neither file may carry a key the gateway would take, nor the old secret.
  it('is never written in compose: a one-shot job makes it into a volume only the gateway mounts', () => {
    const env = composeEnv('gateway');
    expect([env.JWT_SECRET, env.JWT_SECRET_FILE, env.SERVICE_TOKEN_PRIVATE_KEY]).toEqual([undefined, undefined, undefined]);
    expect(env.SERVICE_TOKEN_PRIVATE_KEY_FILE).toBe('/run/scq/service-token.pem');
    expect(dependsOn('gateway')['gateway-secret']).toBe('service_completed_successfully');
    expect(JSON.stringify(services['gateway-secret'].command)).toContain('/dev/urandom');
  });

  it('is a placeholder in the Kubernetes Secret, which the gateway refuses to start with; no JWT_SECRET is left', () => {
    const data = secretData(k8sObject('Secret', 'platform-database'));
    expect(data.JWT_SECRET).toBeUndefined();
    expect(data.SERVICE_TOKEN_PRIVATE_KEY).toMatch(/^CHANGE_ME/);
  });
});

describe('the history chain key the deploy files give', () => {
  // The services that run lifecycles link every history row with it (HMAC): it must exist outside the database, and no
  // deploy file may carry a value the services would take.
  const lifecycleServices = ['application-workflow', 'evaluation'];

  it('is made by the one-shot job into a volume only the lifecycle services mount, read-only, before they start', () => {
    expect(JSON.stringify(services['gateway-secret'].command)).toContain('history-chain.key');
    for (const service of lifecycleServices) {
      const file = composeEnv(service).HISTORY_CHAIN_KEY_FILE;
      expect(file).toBe('/run/scq-history/history-chain.key');
      expect(services[service].volumes).toContain('history-chain-key:/run/scq-history:ro');
      expect(dependsOn(service)['gateway-secret']).toBe('service_completed_successfully');
    }
    const mounting = Object.keys(services).filter((name) => mountsOf(name).some(([source]) => source === 'history-chain-key'));
    expect(mounting.sort()).toEqual(['gateway-secret', ...lifecycleServices].sort());
  });

  it('is a placeholder in the Kubernetes Secret, which the services refuse to start with', () => {
    const placeholder = secretData(k8sObject('Secret', 'platform-database')).HISTORY_CHAIN_KEY;
    expect(placeholder).toBeDefined();
    expect(secretProblem(placeholder)).toBeDefined();
  });
});

describe('the deploy folder', () => {
  it('contains the files deploy/README.md describes', () => {
    const table = markdownTable(readme, 'Path').map((row) => row['Path']);
    for (const path of table) {
      const full = posix.normalize(posix.join('deploy', path));
      expectAt(`${full} exists`, exists(full), true);
    }
    expect(statSync(join(ROOT, TOPIC_SCRIPT)).isFile()).toBe(true);
  });
});

describe('the images’ allocator setting', () => {
  const image = runtimeMmapThreshold('deploy/Dockerfile');
  it('is set in the runtime stage', () => expect(image).toMatch(/^\d+$/));
  it('is what npm start runs the embedded host with, unless one is given', () => {
    const scripts = (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts;
    expect(scripts.start).toContain(`MALLOC_MMAP_THRESHOLD_=\${MALLOC_MMAP_THRESHOLD_:-${image}} node dist/apps/standalone/main.js`);
  });
  it('is what the benchmarks start their hosts with, so their memory readings are of the deployed allocator', () => {
    expect(RUNTIME_ALLOCATOR_ENV).toEqual({ MALLOC_MMAP_THRESHOLD_: image });
    // bench:login-memory sets it in bash, beside glibc's defaults
    expect(read('tools/bench/login-memory.sh')).toContain(`measure "MALLOC_MMAP_THRESHOLD_=${image}" MALLOC_MMAP_THRESHOLD_=${image}\n`);
  });
});

/** The MALLOC_MMAP_THRESHOLD_ a Dockerfile's last (runtime) stage sets, if it does. */
function runtimeMmapThreshold(dockerfile: string): string | undefined {
  const instructions = parseDockerfile(dockerfile);
  const lastStage = Math.max(...instructions.map((instruction) => instruction.stage));
  const runtimeEnv = instructions.filter((instruction) => instruction.stage === lastStage && instruction.keyword === 'ENV').map((instruction) => instruction.args).join(' ');
  return /\bMALLOC_MMAP_THRESHOLD_=(\d+)/.exec(runtimeEnv)?.[1];
}
