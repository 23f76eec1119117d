/**
 * npm run bench:pipeline — does the event pipeline keep up with registrations?
 *
 * Two services' messaging, wired as in production (ServiceMessaging: outbox, relay woken on commit, inbox consumers) on
 * real PostgreSQL and kafkajs over librdkafka's mock cluster, in one process:
 *   registry: each registration is one transaction (a scenario row + `registry.scenario.registered` in the outbox);
 *   hop 1 → workflow: the consumer starts the scenario's lifecycle (LifecycleRunner.start, instance + history) and
 *           publishes `workflow.scenario.stage-changed` (to `proposed`) in the same transaction;
 *   hop 2 → registry: the consumer projects the stage onto the scenario row.
 * Registrations arrive at a fixed rate (BENCH_RATE, default 130/s: the API's peak through the gateway, issue 17) for
 * BENCH_SECONDS (default 60). Every BENCH_REPORT_SECONDS (5) it prints both outboxes' backlog; at the end the
 * lifecycle start rate beside the registration rate and each hop's latency p50/p99 (commit → handled).
 * BENCH_PHASES (default `before,after`) runs the previous settings and the current ones in the same session:
 *   before: relay polls every 100 ms (plus the in-process nudge), consumers fetch with maxWaitTimeInMs 100 and handle
 *           one message at a time (one partition, one key at a time);
 *   after:  relay woken on commit (nudge + LISTEN/NOTIFY, 1 s safety poll), maxWaitTimeInMs 20, two partitions and
 *           four keys of a batch at once, each key in order.
 */
import { randomUUID } from 'node:crypto';
import { setup } from 'xstate';
import { chainKey, HistoryChainKeys, LifecycleCatalog, LifecycleRunner, SqlLifecycleStore, lifecycleMigrations, xstateLifecycle, type Actor, type RunnableLifecycle } from '@scq/platform-lifecycle';
import { KafkaMessageBus, messagingMigrations, ServiceMessaging, type KafkaBusOptions } from '@scq/platform-messaging';
import { createLogger } from '@scq/platform-observability';
import { afterCommit, openDatabase, type Database } from '@scq/platform-persistence';
import { createTestDatabase, startKafkaMockCluster, type KafkaMockCluster } from '@scq/platform-testing';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 60);
const RATE = Number(process.env.BENCH_RATE ?? 130);
const REPORT_SECONDS = Number(process.env.BENCH_REPORT_SECONDS ?? 5);
const PHASES = (process.env.BENCH_PHASES ?? 'before,after').split(',').map((p) => p.trim()) as Phase[];
const DRAIN_SECONDS = 60;

type Phase = 'before' | 'after';

const SETTINGS: Record<Phase, { bus: Partial<KafkaBusOptions>; relayIdleDelayMs: number; listen: boolean }> = {
  before: { bus: { maxWaitTimeInMs: 100, partitionsConsumedConcurrently: 1, keysConsumedConcurrently: 1 }, relayIdleDelayMs: 100, listen: false },
  after: { bus: {}, relayIdleDelayMs: 1000, listen: true },
};

const scenarioLifecycle = xstateLifecycle<Record<string, never>>({
  id: 'bench-scenario',
  version: 1,
  machine: setup({ types: { events: {} as { type: 'recognise' } } }).createMachine({ id: 'bench-scenario', initial: 'proposed', states: { proposed: { on: { recognise: 'recognised' } }, recognised: {} } }),
  authorize: () => ({ allowed: true }),
});

const SYSTEM: Actor = { id: 'application-workflow', roles: ['system'], unit: null, organisation: null, district: null };

interface Clock {
  registeredAt: Map<string, number>;
  startedAt: Map<string, number>;
  hop1: number[];
  hop2: number[];
  endToEnd: number[];
}

async function runPhase(phase: Phase, url: string, cluster: KafkaMockCluster): Promise<void> {
  const settings = SETTINGS[phase];
  const logger = createLogger('bench-pipeline', process.env.BENCH_LOG_LEVEL ?? 'silent');
  const prefix = `${cluster.prefix}-${phase}.`;
  const bus = (clientId: string) => new KafkaMessageBus({ brokers: cluster.brokers, clientId, prefix, ...settings.bus });
  const registrySchema = `registry_${phase}`;
  const workflowSchema = `workflow_${phase}`;
  const registryDb = await openDatabase({ schema: registrySchema, url, migrations: [...messagingMigrations(registrySchema)] });
  const workflowDb = await openDatabase({ schema: workflowSchema, url, migrations: [...messagingMigrations(workflowSchema), ...lifecycleMigrations(workflowSchema)] });
  await registryDb.query(`CREATE TABLE IF NOT EXISTS ${registrySchema}.scenario (id uuid PRIMARY KEY, title text NOT NULL, stage text, registered_at timestamptz NOT NULL DEFAULT now())`);
  // "before" had no LISTEN: hide the method so ServiceMessaging does not open one.
  const withoutListen = (db: Database): Database => (settings.listen ? db : Object.assign(Object.create(db) as Database, { listen: undefined }));
  const registryBus = bus('bench-registry');
  const workflowBus = bus('bench-workflow');
  const registry = new ServiceMessaging({ service: 'scenario-registry', db: withoutListen(registryDb), bus: registryBus, logger, relayIdleDelayMs: settings.relayIdleDelayMs });
  const workflow = new ServiceMessaging({ service: 'application-workflow', db: withoutListen(workflowDb), bus: workflowBus, logger, relayIdleDelayMs: settings.relayIdleDelayMs });
  const runner = new LifecycleRunner(new SqlLifecycleStore(workflowSchema), new LifecycleCatalog([scenarioLifecycle as RunnableLifecycle<never>]), new HistoryChainKeys(chainKey(randomUUID())));
  const clock: Clock = { registeredAt: new Map(), startedAt: new Map(), hop1: [], hop2: [], endToEnd: [] };
  let started = 0;
  let projected = 0;

  workflow.consumer('bench-workflow-scenario-registered').on('registry.scenario.v1', 'registry.scenario.registered', async (event, tx) => {
    const result = await runner.start(tx, { machineId: scenarioLifecycle.id, subjectId: event.data.scenarioId, subject: {}, input: {}, actor: SYSTEM, correlationId: event.correlationid });
    if (!result) return;
    await workflow.publisher.publish(tx, 'workflow.scenario.v1', 'workflow.scenario.stage-changed', {
      subject: event.data.scenarioId,
      data: { scenarioId: event.data.scenarioId, instanceId: result.instance.id, machine: { id: scenarioLifecycle.id, version: 1 }, from: null, to: result.instance.stage, event: 'start', actor: null, sequence: 0, changedAt: new Date().toISOString() },
    });
    afterCommit(tx, () => {
      const now = performance.now();
      started += 1;
      clock.startedAt.set(event.data.scenarioId, now);
      const registered = clock.registeredAt.get(event.data.scenarioId);
      if (registered !== undefined) clock.hop1.push(now - registered);
    });
  });
  registry.consumer('bench-registry-stage-changed').on('workflow.scenario.v1', 'workflow.scenario.stage-changed', async (event, tx) => {
    await tx.query(`UPDATE ${registrySchema}.scenario SET stage = $2 WHERE id = $1`, [event.data.scenarioId, event.data.to]);
    afterCommit(tx, () => {
      const now = performance.now();
      projected += 1;
      const lifecycle = clock.startedAt.get(event.data.scenarioId);
      const registered = clock.registeredAt.get(event.data.scenarioId);
      if (lifecycle !== undefined) clock.hop2.push(now - lifecycle);
      if (registered !== undefined) clock.endToEnd.push(now - registered);
    });
  });

  await registry.start();
  await workflow.start();
  const backlog = async () => ({ registry: await registry.outbox.unsentCount(), workflow: await workflow.outbox.unsentCount() });

  // Warm the path (topics auto-create, groups join) before the clock starts.
  await register(registryDb, registry, registrySchema, clock);
  await waitFor(() => projected >= 1, 30_000);
  reset(clock);
  started = 0;
  projected = 0;

  console.log(`\n[${phase}] ${RATE} registrations/s for ${SECONDS} s (relay safety poll ${settings.relayIdleDelayMs} ms${settings.listen ? ' + LISTEN/NOTIFY' : ''}, consumer maxWaitTimeInMs ${settings.bus.maxWaitTimeInMs ?? 'default'})`);
  console.log('   t s | registered | lifecycles started | projected | outbox backlog registry / workflow');
  const t0 = performance.now();
  let registered = 0;
  let failed = 0;
  const inFlight = new Set<Promise<void>>();
  const samples: number[] = [];
  let nextReport = REPORT_SECONDS;
  let startedAtLoadEnd = 0;
  while (true) {
    const elapsed = (performance.now() - t0) / 1000;
    if (elapsed >= SECONDS) break;
    const due = Math.floor(elapsed * RATE);
    while (registered < due) {
      registered += 1;
      const work = register(registryDb, registry, registrySchema, clock).catch(() => void (failed += 1));
      inFlight.add(work);
      void work.finally(() => inFlight.delete(work));
    }
    if (elapsed >= nextReport) {
      nextReport += REPORT_SECONDS;
      const b = await backlog();
      samples.push(b.registry + b.workflow);
      console.log(`  ${elapsed.toFixed(0).padStart(4)} | ${String(registered).padStart(10)} | ${String(started).padStart(18)} | ${String(projected).padStart(9)} | ${b.registry} / ${b.workflow}`);
    }
    await sleep(5);
  }
  startedAtLoadEnd = started;
  const loadSeconds = (performance.now() - t0) / 1000;
  await Promise.all(inFlight);
  const drainStart = performance.now();
  await waitFor(() => projected >= registered - failed, DRAIN_SECONDS * 1000);
  const drainSeconds = (performance.now() - drainStart) / 1000;
  const final = await backlog();

  const half = Math.floor(samples.length / 2);
  const firstHalf = Math.max(0, ...samples.slice(0, half));
  const secondHalf = Math.max(0, ...samples.slice(half));
  console.log(`[${phase}] registrations ${(registered / loadSeconds).toFixed(1)}/s (${failed} failed); lifecycles started during the load ${(startedAtLoadEnd / loadSeconds).toFixed(1)}/s = ${((startedAtLoadEnd / Math.max(1, registered)) * 100).toFixed(0)} % of registrations`);
  console.log(`[${phase}] outbox backlog (both services) max ${Math.max(0, ...samples)}, max in first half ${firstHalf}, in second half ${secondHalf}: ${secondHalf <= Math.max(firstHalf, RATE) ? 'bounded' : 'GROWING'}; drained ${drainSeconds.toFixed(1)} s after the load (left: ${final.registry} / ${final.workflow})`);
  console.log(`[${phase}] hop 1 registered → lifecycle started  p50 ${pct(clock.hop1, 0.5)} ms  p99 ${pct(clock.hop1, 0.99)} ms  (${clock.hop1.length})`);
  console.log(`[${phase}] hop 2 lifecycle started → projected   p50 ${pct(clock.hop2, 0.5)} ms  p99 ${pct(clock.hop2, 0.99)} ms  (${clock.hop2.length})`);
  console.log(`[${phase}] register → proposed projected (2 hops) p50 ${pct(clock.endToEnd, 0.5)} ms  p99 ${pct(clock.endToEnd, 0.99)} ms`);

  await workflow.stop();
  await registry.stop();
  await registryBus.close();
  await workflowBus.close();
  await registryDb.close();
  await workflowDb.close();
}

/** One registration, as the registry's use case commits it: the scenario row and its event in one transaction. */
async function register(db: Database, messaging: ServiceMessaging, schema: string, clock: Clock): Promise<void> {
  const id = randomUUID();
  await db.transaction(async (tx) => {
    afterCommit(tx, () => clock.registeredAt.set(id, performance.now()));
    await tx.query(`INSERT INTO ${schema}.scenario (id, title) VALUES ($1, $2)`, [id, `基准场景 ${id.slice(0, 8)}`]);
    await messaging.publisher.publish(tx, 'registry.scenario.v1', 'registry.scenario.registered', {
      subject: id,
      data: { scenarioId: id, title: { zh: '基准场景', en: 'Benchmark scenario' }, domainCode: 'smart-logistics', ownerUnit: '市发展改革委', taxonomyVersion: '2026.1', registeredAt: new Date().toISOString() },
    });
  });
}

function reset(clock: Clock): void {
  clock.registeredAt.clear();
  clock.startedAt.clear();
  clock.hop1.length = 0;
  clock.hop2.length = 0;
  clock.endToEnd.length = 0;
}

function pct(samples: number[], q: number): string {
  if (samples.length === 0) return '–';
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))].toFixed(0);
}

async function waitFor(condition: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!condition() && performance.now() < deadline) await sleep(20);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function main(): Promise<void> {
  const database = await createTestDatabase('bench_pipeline');
  const cluster = await startKafkaMockCluster();
  try {
    for (const phase of PHASES) await runPhase(phase, database.url, cluster);
  } finally {
    await cluster.stop();
    await database.drop();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
