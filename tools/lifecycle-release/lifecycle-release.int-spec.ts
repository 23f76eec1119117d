import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { promisify } from 'node:util';
import { buildEnvelope, InProcessMessageBus } from '@scq/platform-messaging';
import { createLogger } from '@scq/platform-observability';
import { bootstrapHost, type RunningHost } from '@scq/platform-runtime';
import { callerHeaders, createTestDatabase, type TestDatabase } from '@scq/platform-testing';
import { WorkflowModule } from '@scq/workflow-infrastructure';

const run = promisify(execFile);

/** `npm run lifecycle:release` as an operator runs it: a process talking to the admin API with a token. */
describe('npm run lifecycle:release against the workflow service on PostgreSQL', () => {
  let database: TestDatabase;
  let host: RunningHost | undefined;

  const start = async (scenarioVersion: 1 | 2) => {
    const bus = new InProcessMessageBus();
    host = await bootstrapHost({ name: `release-cli-v${scenarioVersion}`, logger: createLogger('release-cli-test', 'warn'), bus, port: 0, host: '127.0.0.1', modules: [WorkflowModule.register({ database: { url: database.url }, machines: { scenarioVersion } })] });
    return bus;
  };
  const cli = async (args: string[], token: string) => {
    try {
      const { stdout } = await run(process.execPath, ['-r', './tools/register.js', 'tools/lifecycle-release/lifecycle-release.ts', ...args, '--url', host!.url], { env: { ...process.env, SCQ_ADMIN_TOKEN: token }, cwd: process.cwd() });
      return { code: 0, stdout };
    } catch (error) {
      const failed = error as { code: number; stdout: string; stderr: string };
      return { code: failed.code, stdout: failed.stdout + failed.stderr };
    }
  };
  const adminToken = callerHeaders({ id: 'admin-1', roles: ['admin'] }).authorization.slice('Bearer '.length);
  const officerToken = callerHeaders({ id: 'officer-1', roles: ['officer'], unit: '市交通运输委' }).authorization.slice('Bearer '.length);

  beforeAll(async () => {
    database = await createTestDatabase('release_cli');
  });
  afterAll(async () => {
    await host?.close();
    await database?.drop();
  });

  it('prints the dry run as a table, applies it, and applying again moves nothing; a non-admin token is refused', async () => {
    const bus = await start(1);
    const scenarioId = randomUUID();
    const topic = 'registry.scenario.v1';
    await bus.publish([{ topic, key: scenarioId, value: JSON.stringify(buildEnvelope('test', topic, 'registry.scenario.registered', { subject: scenarioId, data: { scenarioId, title: { zh: '园区无人配送' }, domainCode: 'unmanned-systems', ownerUnit: '市交通运输委', taxonomyVersion: '2025-draft', registeredAt: new Date().toISOString() } as never })) }]);
    await host!.close();
    await start(2);

    const dryRun = await cli(['--machine', 'scenario-lifecycle', '--to', '2', '--dry-run'], adminToken);
    expect(dryRun.code).toBe(0);
    expect(dryRun.stdout).toMatch(/dry run: scenario-lifecycle → v2/);
    expect(dryRun.stdout).toMatch(new RegExp(`${scenarioId}\\s+v1 proposed\\s+v2 proposed\\s+would move`));
    expect(dryRun.stdout).toContain('move: 1, blocked: 0');

    const applied = await cli(['--machine', 'scenario-lifecycle', '--to', '2', '--apply'], adminToken);
    expect(applied.code).toBe(0);
    expect(applied.stdout).toMatch(new RegExp(`${scenarioId}\\s+v1 proposed\\s+v2 proposed\\s+moved`));
    expect(applied.stdout).toContain('moved: 1, skipped: 0, failed: 0');
    expect((await cli(['--machine', 'scenario-lifecycle', '--to', '2', '--apply'], adminToken)).stdout).toContain('moved: 0, skipped: 0, failed: 0');

    const refused = await cli(['--machine', 'scenario-lifecycle', '--to', '2', '--dry-run'], officerToken);
    expect(refused).toMatchObject({ code: 2, stdout: expect.stringContaining('HTTP 403') });
  });
});
