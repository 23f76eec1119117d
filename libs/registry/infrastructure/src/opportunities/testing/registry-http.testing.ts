import { randomUUID } from 'node:crypto';
import { buildEnvelope, InProcessMessageBus, SERVICE_DATABASE } from '@scq/platform-messaging';
import type { Database } from '@scq/platform-persistence';
import { createLogger } from '@scq/platform-observability';
import { bootstrapHost, type RunningHost } from '@scq/platform-runtime';
import { callerHeaders, createTestDatabase, type TestDatabase } from '@scq/platform-testing';
import { RegistryModule } from '../../registry.module';

// Bodies are checked field by field with expect(), so they are read untyped.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;

export type Engine = 'postgres' | 'pglite';

/** The registry hosted in-process over HTTP, on a fresh PostgreSQL database (or PGlite in memory). */
export interface RegistryTestHost {
  url: string;
  /** The registry's own database, for fixtures the API cannot make (a scenario registered last year) and for counting rows. */
  db: Database;
  /** The in-process bus the registry consumes from (to deliver the workflow's events). */
  bus: InProcessMessageBus;
  call(method: string, path: string, headers?: Record<string, string>, body?: unknown): Promise<{ status: number; body: Json }>;
  count(table: string): Promise<number>;
  close(): Promise<void>;
}

export async function startRegistryTestHost(engine: Engine, label: string): Promise<RegistryTestHost> {
  let database: TestDatabase | null = null;
  let host: RunningHost | null = null;
  const bus = new InProcessMessageBus();
  try {
    database = engine === 'postgres' ? await createTestDatabase(label) : null;
    host = await bootstrapHost({
      name: `${label}-test`,
      logger: createLogger(`${label}-test`, 'warn'),
      bus,
      port: 0,
      host: '127.0.0.1',
      modules: [RegistryModule.register({ database: database ? { url: database.url } : { pgliteDataDir: 'memory://' } })],
    });
  } catch (error) {
    await host?.close();
    await database?.drop();
    throw error;
  }
  const running = host;
  const db = running.app.get<symbol, Database>(SERVICE_DATABASE, { strict: false });
  return {
    url: running.url,
    db,
    bus,
    async call(method, path, headers = {}, body) {
      const response = await fetch(`${running.url}${path}`, {
        method,
        headers: { 'content-type': 'application/json', ...headers },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await response.text();
      return { status: response.status, body: text ? JSON.parse(text) : null };
    },
    async count(table) {
      const { rows } = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM registry.${table}`);
      return rows[0]?.n ?? 0;
    },
    async close() {
      await running.close();
      await database?.drop();
    },
  };
}

/** The caller as the gateway would name it: a service token signed with the test key. */
export function person(roles: string, unit: string | null, id = `user-${roles}-${unit ?? 'none'}`): Record<string, string> {
  return callerHeaders({ id, roles: roles.split(','), unit });
}

export const COORDINATOR = person('coordinator', '市发展改革委', 'coordinator-1');

/**
 * Registers a scenario through the API, by default as the coordinator on behalf of its owner unit (an officer may only
 * register for their own unit); `registeredAt` moves its registration into the past (for yearly figures).
 */
export async function registerScenario(host: RegistryTestHost, body: Record<string, unknown>, registeredAt?: string, as: Record<string, string> = COORDINATOR): Promise<Json> {
  const response = await host.call('POST', '/api/scenarios', as, body);
  if (response.status !== 201) throw new Error(`scenario not registered: ${JSON.stringify(response.body)}`);
  if (registeredAt) await host.db.query('UPDATE registry.scenario SET registered_at = $2 WHERE id = $1', [response.body.id, new Date(registeredAt)]);
  return response.body;
}

/** Drafts and publishes an opportunity; `close` closes it afterwards. */
export async function publishedOpportunity(
  host: RegistryTestHost,
  headers: Record<string, string>,
  scenarioId: string,
  publishedOn: string,
  options: { title?: string; close?: 'matched' | 'expired' | 'withdrawn'; respondBy?: string } = {},
): Promise<Json> {
  const draft = await host.call('POST', '/api/opportunities', headers, {
    scenarioId,
    title: { zh: options.title ?? `场景机会 ${publishedOn}` },
    sought: { capabilities: ['系统集成'], respondBy: options.respondBy ?? '2099-12-31' },
  });
  if (draft.status !== 201) throw new Error(`opportunity not drafted: ${JSON.stringify(draft.body)}`);
  const published = await host.call('POST', `/api/opportunities/${draft.body.id}/publish`, headers, { publishedOn });
  if (published.status !== 200) throw new Error(`opportunity not published: ${JSON.stringify(published.body)}`);
  if (!options.close) return published.body;
  const closed = await host.call('POST', `/api/opportunities/${draft.body.id}/close`, headers, { reason: options.close });
  if (closed.status !== 200) throw new Error(`opportunity not closed: ${JSON.stringify(closed.body)}`);
  return closed.body;
}

/** Delivers the workflow's report that a scenario reached `to` (its `sequence`-th transition) at `changedAt`. */
export async function stageChanged(host: RegistryTestHost, scenarioId: string, to: string, sequence: number, changedAt: string): Promise<void> {
  const envelope = buildEnvelope('test', 'workflow.scenario.v1', 'workflow.scenario.stage-changed', {
    subject: scenarioId,
    data: { scenarioId, instanceId: randomUUID(), machine: { id: 'scenario-lifecycle', version: 1 }, from: null, to, event: 'test', actor: null, sequence, changedAt: new Date(changedAt).toISOString() },
  });
  await host.bus.publish([{ topic: 'workflow.scenario.v1', key: scenarioId, value: JSON.stringify(envelope) }]);
}

/** Lists a scenario (入清单) the way the workflow reports it, so its opportunities and demand lists may be published. */
export async function listScenario(host: RegistryTestHost, scenarioId: string, sequence = 1): Promise<void> {
  await stageChanged(host, scenarioId, 'listed', sequence, new Date().toISOString());
}

/** The data of the events of `type` the registry wrote to its outbox, oldest first. */
export async function outboxEvents(host: RegistryTestHost, type: string): Promise<Json[]> {
  const { rows } = await host.db.query<{ payload: string }>('SELECT payload FROM registry.outbox WHERE event_type = $1 ORDER BY seq', [type]);
  return rows.map((row) => JSON.parse(row.payload).data);
}
