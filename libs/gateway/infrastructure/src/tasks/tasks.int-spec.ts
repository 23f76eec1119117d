import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import type { Actor, TaskItem } from '@scq/contracts';
import { publicKeySet, serviceTokenVerifier } from '@scq/platform-http';
import { InProcessMessageBus } from '@scq/platform-messaging';
import { bootstrapHost, type RunningHost } from '@scq/platform-runtime';
import { gatewayAuthConfigFromEnv } from '../auth/gateway-auth.config';
import { serviceTokenKeyFromEnv } from '../auth/service-token-key';
import { GatewayModule } from '../gateway.module';
import { forwardedPaths, type ServiceRoute } from '../service-routes';

const INSTANCE = '4f1c2d3e-0000-4000-8000-000000000001';
const task = (id: string, over: Partial<TaskItem>): TaskItem => ({
  id: `scenario:${id}`,
  kind: 'scenario',
  title: { zh: id, en: id },
  subject: { kind: 'scenario', id },
  action: { zh: '启动培育', en: 'start cultivation' },
  href: `/scenarios/${id}`,
  overdue: false,
  since: '2026-03-01T00:00:00.000Z',
  ...over,
});

/**
 * The gateway's fan-out against stand-in services over HTTP: each is called with a service token for the caller; a
 * service that fails, or answers out of contract, is named in `unavailable` and the rest is still served, dated by
 * the deadline source.
 */
describe('GET /api/tasks: the gateway’s fan-out over HTTP', () => {
  let services: Server;
  let gateway: RunningHost;
  const callers: Record<string, Actor> = {};
  const asked: string[] = [];
  const verifier = serviceTokenVerifier(publicKeySet(serviceTokenKeyFromEnv(process.env)));

  beforeAll(async () => {
    services = createServer((request, response) => {
      void (async () => {
        const url = new URL(request.url ?? '/', 'http://stand-in');
        callers[url.pathname] = await verifier.actorOf((request.headers.authorization ?? '').replace(/^Bearer /, ''));
        response.setHeader('content-type', 'application/json');
        if (url.pathname === '/api/workflow/tasks') {
          return response.end(JSON.stringify({ items: [task('undated', {}), task('dated', { instanceId: INSTANCE, deadlineIds: [`${INSTANCE}.revision-1`], since: '2026-03-05T00:00:00.000Z' })], truncated: false }));
        }
        if (url.pathname === '/api/evaluation/tasks') return response.end(JSON.stringify({ items: [{ id: 'not a task' }], truncated: false }));
        if (url.pathname === '/api/notifications/armed-deadlines') {
          asked.push(url.searchParams.get('instances') ?? '');
          return response.end(JSON.stringify({ items: [{ deadlineId: `${INSTANCE}.revision-1`, instanceId: INSTANCE, deadline: 'revision', dueAt: '2026-03-04T10:00:00.000Z', workingDaysLeft: -2, overdue: true }] }));
        }
        response.statusCode = 503;
        response.end('{}');
      })();
    });
    await new Promise<void>((resolve) => services.listen(0, '127.0.0.1', resolve));
    const target = `http://127.0.0.1:${(services.address() as AddressInfo).port}`;
    const routes: ServiceRoute[] = [
      { prefix: '/api/workflow', target },
      { prefix: '/api/evaluation', target },
      { prefix: '/api/registry', target: 'http://127.0.0.1:1' },
      { prefix: '/api/notifications', target },
    ];
    gateway = await bootstrapHost({
      name: 'gateway-tasks-test',
      logger: pino({ level: 'silent' }),
      bus: new InProcessMessageBus(),
      port: 0,
      host: '127.0.0.1',
      forwarded: forwardedPaths(routes),
      modules: [
        GatewayModule.register({
          routes,
          serviceTokenKey: serviceTokenKeyFromEnv(process.env),
          database: { pgliteDataDir: 'memory://' },
          auth: { ...gatewayAuthConfigFromEnv({ ADMIN_PASSWORD: 'first administrator passphrase' }), trustClientIdentity: true },
          passwordHashing: { memoryCost: 1024, timeCost: 1 },
        }),
      ],
    });
  });
  afterAll(async () => {
    await gateway?.close();
    await new Promise((resolve) => services?.close(resolve));
  });

  it('asks each service as the caller, dates the tasks, and names the services that failed', async () => {
    const response = await fetch(`${gateway.url}/api/tasks`, { headers: { 'x-user-id': 'officer-7', 'x-user-roles': 'officer', 'x-user-unit': encodeURIComponent('市交通运输委') } });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { items: TaskItem[]; counts: unknown; unavailable: Array<{ source: string; reason: string }> };
    expect(asked).toEqual([INSTANCE]);
    expect(body.items.map((t) => [t.id, t.overdue, t.dueAt, t.workingDaysLeft])).toEqual([
      ['scenario:dated', true, '2026-03-04T10:00:00.000Z', -2],
      ['scenario:undated', false, null, null],
    ]);
    expect(body.counts).toEqual({ total: 2, overdue: 1, byKind: { scenario: 2, application: 0, assessment: 0, assignment: 0, 'batch-list': 0, 'factor-request': 0 } });
    expect(body.unavailable.map((u) => u.source)).toEqual(['/api/evaluation/tasks', '/api/registry/tasks']);
    expect(body.unavailable[0].reason).toBe('答复不符合约定 the answer does not match the task contract');
    expect(body.unavailable[1].reason).toMatch(/^服务不可达 the service did not answer/);
    for (const path of ['/api/workflow/tasks', '/api/evaluation/tasks', '/api/notifications/armed-deadlines']) {
      expect(callers[path]).toMatchObject({ id: 'officer-7', roles: ['officer'], unit: '市交通运输委' });
    }
  });
});
