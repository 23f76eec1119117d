import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gatewayAuthConfigFromEnv, serviceTokenKeyFromEnv } from '@scq/gateway-infrastructure';
import { answersWithoutSchema, openApiProblems, type OpenApiDocument } from '@scq/platform-http';
import { InProcessMessageBus } from '@scq/platform-messaging';
import { createLogger } from '@scq/platform-observability';
import { databaseLocationFromEnv } from '@scq/platform-persistence';
import { bootstrapHost, type RunningHost } from '@scq/platform-runtime';
import { embeddedModules } from './embedded-modules';


interface RouterLayer {
  route?: { path: string; methods: Record<string, boolean> };
}

/** The embedded host with every service: the API document against the routes Nest really registered in express. */
describe('the API document lists every route the platform serves', () => {
  let host: RunningHost;
  // One PGlite for every service, each in its own schema, as in the embedded mode.
  const dataDir = mkdtempSync(join(tmpdir(), 'scq-api-document-'));
  const onDisk = (service: string) => databaseLocationFromEnv(service, { DATA_DIR: dataDir });

  beforeAll(async () => {
    host = await bootstrapHost({
      name: 'api-document-test',
      logger: createLogger('api-document-test', 'warn'),
      bus: new InProcessMessageBus(),
      port: 0,
      host: '127.0.0.1',
      modules: embeddedModules(onDisk, {
        notification: { rescheduleOnStart: false, sweepIntervalMs: 0 },
        gateway: { serviceTokenKey: serviceTokenKeyFromEnv(process.env), auth: gatewayAuthConfigFromEnv({ DEMO_ACCOUNTS: 'true' }), passwordHashing: { memoryCost: 1024, timeCost: 1 } },
      }),
    });
  });
  afterAll(async () => {
    await host?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('documents exactly the /api routes of Nest’s router, method by method', async () => {
    const router = (host.app.getHttpAdapter().getInstance() as { router: { stack: RouterLayer[] } }).router;
    const served = router.stack
      .flatMap((layer) => (layer.route ? Object.keys(layer.route.methods).map((method) => `${method.toUpperCase()} ${layer.route?.path.replace(/:([A-Za-z0-9_]+)/g, '{$1}')}`) : []))
      // Routes, not the gateway's middleware mounted on every method of /api/*path.
      .filter((route) => route.includes(' /api/') && !route.includes('*'));
    const document = (await (await fetch(`${host.url}/api/docs/openapi.json`)).json()) as OpenApiDocument;
    const documented = Object.entries(document.paths).flatMap(([path, methods]) => Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`));
    expect(served.length).toBeGreaterThan(80);
    expect([...new Set(served)].sort()).toEqual([...new Set(documented)].sort());
    expect(openApiProblems(document)).toEqual([]);
    expect(answersWithoutSchema(document)).toEqual([]);
  });
});
