import { randomUUID } from 'node:crypto';
import { buildEnvelope, InProcessMessageBus, SERVICE_DATABASE } from '@scq/platform-messaging';
import { createLogger } from '@scq/platform-observability';
import type { Database } from '@scq/platform-persistence';
import { bootstrapHost, type RunningHost } from '@scq/platform-runtime';
import { callerHeaders } from '@scq/platform-testing';
import { ApplyStageChangedHandler } from '@scq/registry-application';
import { RegistryModule } from './registry.module';

const COORDINATOR = callerHeaders({ id: 'coordinator-1', roles: ['coordinator'], unit: '市发展改革委' });

/** The registry's read model of each scenario's stage, from the workflow's reports, which arrive in any order and may repeat. */
describe('the registry’s stage projection', () => {
  let host: RunningHost;
  let db: Database;
  const bus = new InProcessMessageBus();

  beforeAll(async () => {
    host = await bootstrapHost({
      name: 'registry-stage-projection-test',
      logger: createLogger('registry-stage-projection-test', 'warn'),
      bus,
      port: 0,
      host: '127.0.0.1',
      modules: [RegistryModule.register({ database: { pgliteDataDir: 'memory://' } })],
    });
    db = host.app.get<symbol, Database>(SERVICE_DATABASE, { strict: false });
  });
  afterAll(() => host?.close());

  async function register(title: string): Promise<string> {
    const response = await fetch(`${host.url}/api/scenarios`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...COORDINATOR },
      body: JSON.stringify({ title: { zh: title }, domainCode: 'unmanned-systems', ownerUnit: '市城市管理局', ownerType: 'municipal-department', tier: 'high-value-niche' }),
    });
    expect(response.status).toBe(201);
    return ((await response.json()) as { id: string }).id;
  }

  const report = (scenarioId: string, to: string, sequence: number, changedAt: string) =>
    buildEnvelope('test', 'workflow.scenario.v1', 'workflow.scenario.stage-changed', {
      subject: scenarioId,
      data: { scenarioId, instanceId: randomUUID(), machine: { id: 'scenario-lifecycle', version: 1 }, from: 'cultivating', to, event: 'test', actor: null, sequence, changedAt },
    });
  const publish = (envelope: ReturnType<typeof report>) => bus.publish([{ topic: 'workflow.scenario.v1', key: envelope.subject, value: JSON.stringify(envelope) }]);
  const shown = async (id: string) =>
    (
      await db.query<{ stage: string | null; stage_sequence: number | null; stage_changed_at: Date | null; recognized_at: Date | null }>(
        'SELECT stage, stage_sequence, stage_changed_at, recognized_at FROM registry.scenario WHERE id = $1',
        [id],
      )
    ).rows[0];

  it('shows the newest stage whatever order the reports come in, and keeps the earliest recognition even from a late report', async () => {
    const id = await register('阶段投影测试场景');
    await publish(report(id, 'recognition.recognized', 3, '2026-03-03T00:00:00.000Z'));
    expect(await shown(id)).toEqual({ stage: 'recognition.recognized', stage_sequence: 3, stage_changed_at: new Date('2026-03-03T00:00:00Z'), recognized_at: new Date('2026-03-03T00:00:00Z') });

    // An older report, late: the stage shown stays.
    await publish(report(id, 'recognition.assessing', 2, '2026-03-02T00:00:00.000Z'));
    expect(await shown(id)).toMatchObject({ stage: 'recognition.recognized', stage_sequence: 3 });

    await publish(report(id, 'listed', 5, '2026-03-05T00:00:00.000Z'));
    expect(await shown(id)).toMatchObject({ stage: 'listed', stage_sequence: 5, recognized_at: new Date('2026-03-03T00:00:00Z') });

    // A late report of an earlier recognition (a scenario recognised, suspended and recognised again, say): the stage
    // stays, the first recognition moves earlier. A later one does not move it.
    await publish(report(id, 'recognition.recognized', 4, '2026-01-15T00:00:00.000Z'));
    expect(await shown(id)).toEqual({ stage: 'listed', stage_sequence: 5, stage_changed_at: new Date('2026-03-05T00:00:00Z'), recognized_at: new Date('2026-01-15T00:00:00Z') });
    await publish(report(id, 'operating.open', 6, '2026-04-01T00:00:00.000Z'));
    expect(await shown(id)).toEqual({ stage: 'operating.open', stage_sequence: 6, stage_changed_at: new Date('2026-04-01T00:00:00Z'), recognized_at: new Date('2026-01-15T00:00:00Z') });
  });

  it('writes nothing for a report that changes nothing, and refuses a report about an unknown scenario', async () => {
    const id = await register('阶段投影重复报告');
    await publish(report(id, 'cultivating', 1, '2026-02-01T00:00:00.000Z'));
    const { xmin: before } = (await db.query<{ xmin: string }>('SELECT xmin::text AS xmin FROM registry.scenario WHERE id = $1', [id])).rows[0];
    const handler = host.app.get(ApplyStageChangedHandler);
    await db.transaction((tx) => handler.handle(report(id, 'cultivating', 1, '2026-02-01T00:00:00.000Z'), tx));
    await db.transaction((tx) => handler.handle(report(id, 'proposed', 0, '2026-01-01T00:00:00.000Z'), tx));
    // The row was not rewritten (no new row version), and shows what it showed.
    expect((await db.query<{ xmin: string }>('SELECT xmin::text AS xmin FROM registry.scenario WHERE id = $1', [id])).rows[0].xmin).toBe(before);
    expect(await shown(id)).toMatchObject({ stage: 'cultivating', stage_sequence: 1, recognized_at: null });

    const unknown = randomUUID();
    await expect(db.transaction((tx) => handler.handle(report(unknown, 'cultivating', 1, '2026-02-01T00:00:00.000Z'), tx))).rejects.toThrow(`stage change for unknown scenario ${unknown}`);
  });
});
