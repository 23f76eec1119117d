import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { callerHeaders, createTestDatabase, slowTimeout, startKafkaMockCluster, startServiceProcess, type KafkaMockCluster, type ServiceProcess, type TestDatabase } from '@scq/platform-testing';

const { build } = require('./build-services.js') as { build(options: { apps: string[]; outDir: string; log?: (line: string) => void }): Record<string, { files: number; external: string[] }> };

jest.setTimeout(slowTimeout(1));

const filesUnder = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)]));

/** The production build (tools/build/build-services.js): one service compiled once, then run from its output alone. */
describe('a compiled service (node dist/apps/<app>/main.js)', () => {
  // Inside the workspace (tmp/ is ignored by git), so the output finds node_modules as dist/apps/<app> does.
  const tmpRoot = join(__dirname, '..', '..', 'tmp');
  mkdirSync(tmpRoot, { recursive: true });
  const outDir = mkdtempSync(join(tmpRoot, 'scq-build-'));
  let kafka: KafkaMockCluster;
  let database: TestDatabase;
  let registry: ServiceProcess;
  let built: Record<string, { files: number; external: string[] }>;

  beforeAll(async () => {
    built = build({ apps: ['scenario-registry'], outDir, log: () => undefined });
    [kafka, database] = await Promise.all([startKafkaMockCluster(), createTestDatabase('build')]);
    registry = await startServiceProcess(
      'scenario-registry',
      { DATABASE_URL: database.url, KAFKA_BROKERS: kafka.brokers.join(','), KAFKA_TOPIC_PREFIX: `${kafka.prefix}.` },
      slowTimeout(0.5),
      { main: join(outDir, 'scenario-registry', 'main.js') },
    );
  });

  afterAll(async () => {
    const code = await registry?.stop();
    await Promise.all([kafka?.stop(), database?.drop()]);
    rmSync(outDir, { recursive: true, force: true });
    expect(code).toBe(0);
  });

  it('is JavaScript only, every workspace import rewritten, with source maps; packages stay in node_modules', () => {
    const files = filesUnder(join(outDir, 'scenario-registry'));
    expect(files.filter((file) => file.endsWith('.ts'))).toEqual([]);
    expect(existsSync(join(outDir, 'scenario-registry', 'apps', 'scenario-registry', 'src', 'main.js.map'))).toBe(true);
    for (const file of files.filter((name) => name.endsWith('.js'))) expect({ file, alias: /require\("@scq\//.test(readFileSync(file, 'utf8')) }).toEqual({ file, alias: false });
    expect(built['scenario-registry'].external).toEqual(expect.arrayContaining(['@nestjs/core', 'typeorm', 'kafkajs']));
    expect(built['scenario-registry'].external).not.toContain('@swc/core');
  });

  it('starts without a compiler, reports ready and answers through Nest’s dependency injection (decorator metadata)', async () => {
    const ready = await fetch(`${registry.url}/health/ready`);
    expect(ready.status).toBe(200);
    const taxonomy = await fetch(`${registry.url}/api/taxonomy`, { headers: callerHeaders({ id: 'build-test', roles: ['coordinator'] }) });
    expect(taxonomy.status).toBe(200);
    // an unknown scenario: the bilingual 404 of the error filter, not a 500
    const missing = await fetch(`${registry.url}/api/scenarios/${randomUUID()}`, { headers: callerHeaders({ id: 'build-test', roles: ['coordinator'] }) });
    const body = (await missing.json()) as { error: { status: number; message: string } };
    expect(missing.status).toBe(404);
    expect(body.error.status).toBe(404);
    expect(registry.output()).not.toMatch(/swc/i);
  });
});
