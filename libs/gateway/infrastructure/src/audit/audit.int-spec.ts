import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Controller, Delete, Get, HttpCode, HttpStatus, Module, Param, Post, Put } from '@nestjs/common';
import pino from 'pino';
import { z } from 'zod';
import { Access, ApiDocsModule, ApiRoute, RequestError, serviceApiDocs } from '@scq/platform-http';
import { InProcessMessageBus } from '@scq/platform-messaging';
import { openDatabase, type Database, type DatabaseLocation } from '@scq/platform-persistence';
import { bootstrapHost, type RunningHost } from '@scq/platform-runtime';
import { createTestDatabase, type TestDatabase } from '@scq/platform-testing';
import { DEMO_PASSWORD } from '../auth/demo-accounts';
import { gatewayAuthConfigFromEnv } from '../auth/gateway-auth.config';
import { gatewayMigrations } from '../auth/gateway.migrations';
import { serviceTokenKeyFromEnv } from '../auth/service-token-key';
import { GATEWAY_DATABASE, GatewayModule } from '../gateway.module';
import type { ServiceRoute } from '../service-routes';
import { forwardedPaths } from '../service-routes';
import { AuditLog, type AuditLogOptions } from './audit-log';

const ItemSchema = z.object({ id: z.string() });
const ListSchema = z.object({ items: z.array(ItemSchema) });

/** Stands in for a service hosted in the same process (embedded mode), documented like one. */
@Controller('api/echo')
class EchoController {
  @Post('items')
  @Access.public()
  @ApiRoute({ summary: '新建 Create', responses: { '201': { description: 'Created', schema: ItemSchema } } })
  create() {
    return { id: randomUUID() };
  }

  @Put('items/:id')

  @Access.public()
  @ApiRoute({ summary: '修改 Change', responses: { '200': { description: 'Changed', schema: ItemSchema } } })
  change(@Param('id') id: string) {
    if (id !== 'allowed') throw new RequestError(HttpStatus.FORBIDDEN, 'FORBIDDEN', '不允许 Not allowed');
    return { id };
  }

  @Delete('items/:id')

  @Access.public()
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiRoute({ summary: '删除 Delete', responses: { '204': { description: 'Deleted' } } })
  remove(): void {
    return undefined;
  }

  @Post('slow')

  @Access.public()
  @ApiRoute({ summary: '慢 Slow', responses: { '201': { description: 'Created, late', schema: ItemSchema } } })
  async slow() {
    await new Promise((resolve) => setTimeout(resolve, 400));
    return { id: randomUUID() };
  }

  @Get('items')

  @Access.public()
  @ApiRoute({ summary: '列表 List', responses: { '200': { description: 'Items', schema: ListSchema } } })
  list() {
    return { items: [] };
  }
}

@Module({})
class EchoModule {}
const echoModule = { module: EchoModule, imports: [ApiDocsModule], controllers: [EchoController], providers: [serviceApiDocs('echo', [EchoController])] };

interface Entry {
  id: string;
  at: string;
  actorId: string | null;
  actorUsername: string | null;
  actorName: string | null;
  roles: string[];
  unit: string | null;
  method: string;
  path: string;
  operation: string;
  targets: string[];
  status: number | null;
  errorCode: string | null;
  requestId: string | null;
  address: string | null;
  userAgent: string | null;
}
interface EntryPage {
  items: Entry[];
  nextCursor: string | null;
}

const start = (database: DatabaseLocation, options: { routes?: ServiceRoute[]; audit?: AuditLogOptions } = {}) =>
  bootstrapHost({
    name: 'audit-test',
    logger: pino({ level: 'silent' }),
    bus: new InProcessMessageBus(),
    port: 0,
    host: '127.0.0.1',
    forwarded: forwardedPaths(options.routes ?? []),
    modules: [
      ...(options.routes ? [] : [echoModule]),
      GatewayModule.register({
        routes: options.routes ?? [],
        serviceTokenKey: serviceTokenKeyFromEnv(process.env),
        database,
        auth: gatewayAuthConfigFromEnv({ DEMO_ACCOUNTS: 'true' }),
        passwordHashing: { memoryCost: 1024, timeCost: 1 },
        audit: options.audit ?? { delayMs: 10 },
      }),
    ],
  });

const signIn = (base: string, username: string, password = DEMO_PASSWORD, headers: Record<string, string> = {}) =>
  fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ username, password }) });
const tokens = new Map<string, string>();
async function bearer(base: string, username: string): Promise<Record<string, string>> {
  const key = `${base} ${username}`;
  if (!tokens.has(key)) tokens.set(key, ((await (await signIn(base, username)).json()) as { accessToken: string }).accessToken);
  return { authorization: `Bearer ${tokens.get(key)}` };
}

/** The audit log, in full, straight from the table. */
async function rowsOf(db: Database): Promise<Array<Record<string, unknown>>> {
  return (await db.query<Record<string, unknown>>('SELECT * FROM gateway.audit_entry ORDER BY id')).rows;
}

/** The audit log changes in the database itself: refused whoever asks. */
async function expectAppendOnly(db: Database): Promise<void> {
  const before = await rowsOf(db);
  expect(before.length).toBeGreaterThan(0);
  await expect(db.query(`UPDATE gateway.audit_entry SET status = 200, actor_id = 'someone-else'`)).rejects.toThrow(/audit_entry is append-only: UPDATE refused/);
  await expect(db.query('DELETE FROM gateway.audit_entry')).rejects.toThrow(/audit_entry is append-only: DELETE refused/);
  await expect(db.query('TRUNCATE gateway.audit_entry')).rejects.toThrow(/audit_entry is append-only: TRUNCATE refused/);
  expect(await rowsOf(db)).toEqual(before);
}

/** Embedded mode on PostgreSQL: the gateway module in front of a service in the same process. */
describe('the audit log', () => {
  let database: TestDatabase;
  let host: RunningHost;
  let db: Database;

  beforeAll(async () => {
    database = await createTestDatabase('audit');
    host = await start({ url: database.url });
    db = host.app.get<Database>(GATEWAY_DATABASE, { strict: false });
    // Signed in once each beforehand: the tests count the entries their own requests add.
    for (const username of ['officer.urban', 'coordinator', 'auditor', 'admin', 'applicant']) await bearer(host.url, username);
  });

  afterAll(async () => {
    await host?.close();
    await database?.drop();
  });

  const flush = () => host.app.get(AuditLog, { strict: false }).flush();
  /** Every entry, newest first, once `count` of them are written (the log writes after the answers). */
  async function entries(count: number): Promise<Entry[]> {
    const deadline = Date.now() + 10_000;
    for (;;) {
      await flush();
      const rows = await rowsOf(db);
      if (rows.length >= count || Date.now() > deadline) {
        const page = await read('/api/audit/entries?limit=500');
        return page.items;
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
  async function read(path: string, username = 'auditor'): Promise<EntryPage> {
    const response = await fetch(`${host.url}${path}`, { headers: await bearer(host.url, username) });
    expect(response.status).toBe(200);
    return (await response.json()) as EntryPage;
  }
  const call = async (method: string, path: string, headers: Record<string, string> = {}) => fetch(`${host.url}${path}`, { method, headers });

  it('records a state-changing request once, with who, what, on which id, the result, request id and address; a GET not at all', async () => {
    const before = (await entries(0)).length;
    const created = await call('POST', '/api/echo/items', { ...(await bearer(host.url, 'officer.urban')), 'user-agent': 'audit-test/1.0' });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    expect((await call('GET', '/api/echo/items', await bearer(host.url, 'officer.urban'))).status).toBe(200);
    const [entry, ...others] = await entries(before + 1);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await entries(before + 1)).toHaveLength(before + 1); // still one: the GET left none
    expect(others).toHaveLength(before);
    expect(entry).toMatchObject({
      actorId: 'demo-officer-urban',
      actorUsername: 'officer.urban',
      actorName: expect.any(String),
      roles: ['officer'],
      unit: '市城市管理局',
      method: 'POST',
      path: '/api/echo/items',
      operation: 'POST /api/echo/items',
      targets: [id],
      status: 201,
      errorCode: null,
      requestId: created.headers.get('x-request-id'),
      address: expect.stringMatching(/127\.0\.0\.1$/),
      userAgent: 'audit-test/1.0',
    });
    expect(Date.now() - Date.parse(entry.at)).toBeLessThan(60_000);
  });

  it('records refusals with their error code: by the service (403), by the gateway (a bad token, 401), and names the route template', async () => {
    const before = (await entries(0)).length;
    expect((await call('PUT', '/api/echo/items/item-7', await bearer(host.url, 'coordinator'))).status).toBe(403);
    expect((await call('DELETE', '/api/echo/items/4b1d7a58-2f8e-4c0e-9d55-0c7a4e0f7f11', { authorization: 'Bearer not-a-jwt' })).status).toBe(401);
    const [bad, refused] = await entries(before + 2);
    expect(refused).toMatchObject({ actorId: 'demo-coordinator', actorUsername: 'coordinator', operation: 'PUT /api/echo/items/{id}', targets: ['item-7'], status: 403, errorCode: 'FORBIDDEN' });
    expect(bad).toMatchObject({ actorId: null, roles: [], operation: 'DELETE /api/echo/items/{id}', targets: ['4b1d7a58-2f8e-4c0e-9d55-0c7a4e0f7f11'], status: 401, errorCode: 'TOKEN_INVALID' });
  });

  it('records a request whose client went away before the answer, without a status', async () => {
    const before = (await entries(0)).length;
    const abandoned = new AbortController();
    const pending = fetch(`${host.url}/api/echo/slow`, { method: 'POST', headers: await bearer(host.url, 'officer.urban'), signal: abandoned.signal }).catch((error: Error) => error.name);
    await new Promise((resolve) => setTimeout(resolve, 100));
    abandoned.abort();
    expect(await pending).toBe('AbortError');
    const [entry] = await entries(before + 1);
    expect(entry).toMatchObject({ actorId: 'demo-officer-urban', operation: 'POST /api/echo/slow', status: null, errorCode: 'CONNECTION_CLOSED', targets: [] });
    await new Promise((resolve) => setTimeout(resolve, 500)); // the answer the service wrote later adds nothing
    expect(await entries(before + 1)).toHaveLength(before + 1);
  });

  it('records sign-in attempts with the username tried and the result, never the password', async () => {
    const before = (await entries(0)).length;
    const password = 'Wrong-Password-7f3a9c';
    expect((await signIn(host.url, 'Evaluator.2', password)).status).toBe(401);
    expect((await signIn(host.url, 'evaluator.2')).status).toBe(200);
    const [succeeded, failed] = await entries(before + 2);
    expect(failed).toMatchObject({ actorId: null, actorUsername: 'Evaluator.2', operation: 'POST /api/auth/login', status: 401, errorCode: 'INVALID_CREDENTIALS', targets: [] });
    expect(succeeded).toMatchObject({ actorId: 'demo-evaluator-2', actorUsername: 'evaluator.2', roles: ['evaluator'], status: 200, errorCode: null });
    const stored = JSON.stringify(await rowsOf(db));
    expect(stored).not.toContain(password);
    expect(stored).not.toContain(DEMO_PASSWORD);
    expect(stored).not.toContain('accessToken');
  });

  it('filters by actor, role, unit, method, operation, target, result and time, newest first, page by page', async () => {
    const all = await entries(0);
    const expectOnly = async (query: string, predicate: (entry: Entry) => boolean) => {
      const { items } = await read(`/api/audit/entries?limit=500&${query}`);
      expect(items.map((e) => e.id)).toEqual(all.filter(predicate).map((e) => e.id));
      expect(items.length).toBeGreaterThan(0);
    };
    await expectOnly('actor=officer.urban', (e) => e.actorId === 'demo-officer-urban');
    await expectOnly('actor=demo-coordinator', (e) => e.actorId === 'demo-coordinator');
    await expectOnly('actor=EVALUATOR.2', (e) => e.actorUsername?.toLowerCase() === 'evaluator.2');
    await expectOnly('role=officer', (e) => e.roles.includes('officer'));
    await expectOnly(`unit=${encodeURIComponent('市城市管理局')}`, (e) => e.unit === '市城市管理局');
    await expectOnly('method=PUT', (e) => e.method === 'PUT');
    await expectOnly('operation=echo/items/%7Bid%7D', (e) => e.operation.includes('/api/echo/items/{id}'));
    await expectOnly('operation=ITEM-7', (e) => e.path.includes('item-7'));
    await expectOnly('target=item-7', (e) => e.targets.includes('item-7'));
    await expectOnly('result=failed', (e) => e.status === null || e.status >= 400);
    await expectOnly('result=succeeded', (e) => e.status !== null && e.status < 400);
    await expectOnly('result=4xx', (e) => e.status !== null && e.status >= 400 && e.status < 500);
    await expectOnly('result=403', (e) => e.status === 403);
    await expectOnly('role=officer&method=POST&result=201', (e) => e.roles.includes('officer') && e.method === 'POST' && e.status === 201);
    const middle = all[Math.floor(all.length / 2)];
    await expectOnly(`to=${encodeURIComponent(middle.at)}`, (e) => Date.parse(e.at) < Date.parse(middle.at));
    await expectOnly(`from=${encodeURIComponent(middle.at)}`, (e) => Date.parse(e.at) >= Date.parse(middle.at));
    expect((await read('/api/audit/entries?from=2000-01-01&to=2000-01-02')).items).toEqual([]);

    // Pages of two: the same entries in the same order, each once.
    const paged: string[] = [];
    let after: string | null = null;
    do {
      const page: EntryPage = await read(`/api/audit/entries?limit=2${after ? `&after=${encodeURIComponent(after)}` : ''}`);
      expect(page.items.length).toBeLessThanOrEqual(2);
      paged.push(...page.items.map((e) => e.id));
      after = page.nextCursor;
    } while (after);
    expect(paged).toEqual(all.map((e) => e.id));
    const times = all.map((e) => Date.parse(e.at));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
  });

  it('refuses bad filters with a bilingual 400 naming them', async () => {
    for (const [query, field] of [
      ['result=maybe', 'result'],
      ['from=yesterday', 'from'],
      ['limit=501', 'limit'],
      ['method=GET', 'method'],
      ['after=bm90LWEtY3Vyc29y', 'after'],
      ['colour=red', ''],
    ] as const) {
      const response = await fetch(`${host.url}/api/audit/entries?${query}`, { headers: await bearer(host.url, 'admin') });
      expect({ query, status: response.status }).toEqual({ query, status: 400 });
      const body = (await response.json()) as { error: { code: string; message: string; fields: Array<{ path: string }> } };
      expect(body.error.code).toBe('VALIDATION_FAILED');
      expect(body.error.message).toMatch(/[\u4e00-\u9fff].*[A-Za-z]/);
      if (field) expect(body.error.fields.map((f) => f.path)).toContain(field);
    }
  });

  it('lets only auditors and admins read it: 403 for others, 401 without a token', async () => {
    for (const path of ['/api/audit/entries', '/api/audit/entries.csv']) {
      const officer = await fetch(`${host.url}${path}`, { headers: await bearer(host.url, 'officer.urban') });
      expect(officer.status).toBe(403);
      const refusal = (await officer.json()) as { error: { code: string; message: string } };
      expect(refusal.error).toMatchObject({ code: 'FORBIDDEN_ROLE', message: expect.stringContaining('roles that may: auditor, admin') });
      expect((await fetch(`${host.url}${path}`)).status).toBe(401);
      expect((await fetch(`${host.url}${path}`, { headers: await bearer(host.url, 'admin') })).status).toBe(200);
    }
  });

  it('exports CSV: UTF-8 with BOM, attachment, bilingual header, escaped cells and formulas kept as text', async () => {
    const hostile = '=HYPERLINK("http://evil.example","click"),+1';
    expect((await call('PUT', '/api/echo/items/csv', await bearer(host.url, 'coordinator'))).status).toBe(403);
    expect((await signIn(host.url, '@SUM(1+1)', 'whatever-password', { 'user-agent': hostile })).status).toBe(401);
    const all = await entries((await rowsOf(db)).length + 2);
    const response = await fetch(`${host.url}/api/audit/entries.csv?result=failed`, { headers: await bearer(host.url, 'auditor') });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="audit-log-\d{8}-\d{4}\.csv"; filename\*=UTF-8''/);
    const bytes = Buffer.from(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).split('\r\n');
    expect(lines.at(-1)).toBe('');
    expect(lines[0]).toContain('时间 Time (UTC),账号 Account id,用户名 Username');
    const failed = all.filter((e) => e.status === null || e.status >= 400);
    expect(lines.slice(1, -1)).toHaveLength(failed.length);
    const row = lines[1];
    expect(row.startsWith(`${failed[0].id},${failed[0].at},`)).toBe(true);
    expect(row).toContain(`,'@SUM(1+1),`);
    expect(row.endsWith(`"'=HYPERLINK(""http://evil.example"",""click""),+1"`)).toBe(true);
    expect(lines.find((line) => line.includes(',403,'))).toContain(',市发展改革委,');
  });

  it('streams a CSV of more entries than one database page', async () => {
    const token = await bearer(host.url, 'applicant');
    const count = 520;
    for (let i = 0; i < count; i += 40) await Promise.all(Array.from({ length: Math.min(40, count - i) }, () => call('DELETE', `/api/echo/items/${randomUUID()}`, token)));
    const total = (await rowsOf(db)).length;
    await entries(total);
    const response = await fetch(`${host.url}/api/audit/entries.csv?actor=applicant&method=DELETE`, { headers: await bearer(host.url, 'admin') });
    const lines = (await response.text()).split('\r\n').filter(Boolean);
    expect(lines).toHaveLength(count + 1);
    expect(new Set(lines.slice(1).map((line) => line.split(',')[0])).size).toBe(count);
  });

  it('is append-only in the database: UPDATE, DELETE and TRUNCATE are refused (PostgreSQL)', async () => {
    await expectAppendOnly(db);
  });

  it('writes what is pending before the gateway closes its database', async () => {
    const slow = await start({ url: database.url }, { audit: { delayMs: 60_000 } });
    const response = await fetch(`${slow.url}/api/echo/items`, { method: 'POST', headers: { 'user-agent': 'written-at-shutdown' } });
    expect(response.status).toBe(201);
    await slow.close();
    const rows = await rowsOf(db);
    expect(rows.filter((row) => row.user_agent === 'written-at-shutdown')).toHaveLength(1);
  });
});

describe('the audit log on PGlite', () => {
  it('refuses UPDATE, DELETE and TRUNCATE there too', async () => {
    const db = await openDatabase({ schema: 'gateway', pgliteDataDir: 'memory://', migrations: gatewayMigrations });
    try {
      await db.query(`INSERT INTO gateway.audit_entry (at, duration_ms, method, path, operation, status) VALUES (now(), 3, 'POST', '/api/x', 'POST /api/x', 201)`);
      await expectAppendOnly(db);
    } finally {
      await db.close();
    }
  });
});

/** Distributed mode: the gateway forwards to a service elsewhere and names operations from that service's document. */
describe('the audit log of forwarded requests', () => {
  let upstream: Server;
  let gateway: RunningHost;
  let documentReads = 0;

  beforeAll(async () => {
    upstream = createServer((request, response) => {
      response.setHeader('content-type', 'application/json');
      if (request.url === '/openapi.json') {
        documentReads += 1;
        return response.end(JSON.stringify({ openapi: '3.1.0', paths: { '/api/workflow/evaluators/{id}': { patch: {} }, '/api/workflow/evaluators/pool': { patch: {} }, '/api/workflow/import': { post: {} } } }));
      }
      if (request.url === '/api/workflow/import') {
        // An import route: counts the bytes it was sent and says what it did in x-audit-summary.
        let bytes = 0;
        request.on('data', (chunk: Buffer) => (bytes += chunk.length));
        return request.on('end', () => {
          response.setHeader('x-audit-summary', JSON.stringify({ mode: 'commit', rows: 3, imported: 2, refused: 1 }));
          response.end(JSON.stringify({ bytes, contentType: request.headers['content-type'] }));
        });
      }
      response.statusCode = request.url?.endsWith('/pool') ? 200 : 409;
      response.end(JSON.stringify(response.statusCode === 200 ? { ok: true } : { error: { status: 409, code: 'STALE_VERSION', message: '版本冲突 Stale version' } }));
    });
    await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
    const target = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`;
    gateway = await start({ pgliteDataDir: 'memory://' }, { routes: [{ prefix: '/api/workflow', target }] });
  });

  afterAll(async () => {
    await gateway?.close();
    await new Promise((resolve) => upstream?.close(resolve));
  });

  it('names the operation and its targets from the service’s API document, with the service’s error code', async () => {
    const headers = await bearer(gateway.url, 'admin');
    expect((await fetch(`${gateway.url}/api/workflow/evaluators/zhang-san`, { method: 'PATCH', headers })).status).toBe(409);
    expect((await fetch(`${gateway.url}/api/workflow/evaluators/pool`, { method: 'PATCH', headers })).status).toBe(200);
    await gateway.app.get(AuditLog, { strict: false }).flush();
    const db = gateway.app.get<Database>(GATEWAY_DATABASE, { strict: false });
    const deadline = Date.now() + 10_000;
    while ((await rowsOf(db)).length < 3 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    const page = (await (await fetch(`${gateway.url}/api/audit/entries?method=PATCH`, { headers })).json()) as EntryPage;
    expect(page.items.map(({ operation, targets, status, errorCode, actorUsername }) => ({ operation, targets, status, errorCode, actorUsername }))).toEqual([
      { operation: 'PATCH /api/workflow/evaluators/pool', targets: [], status: 200, errorCode: null, actorUsername: 'admin' },
      { operation: 'PATCH /api/workflow/evaluators/{id}', targets: ['zhang-san'], status: 409, errorCode: 'STALE_VERSION', actorUsername: 'admin' },
    ]);
    expect(documentReads).toBe(1);
  });

  it('forwards a spreadsheet to an import route past the JSON limit (up to 5 MiB) and keeps the route’s summary', async () => {
    const headers = { ...(await bearer(gateway.url, 'admin')), 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' };
    const upload = await fetch(`${gateway.url}/api/workflow/import`, { method: 'POST', headers, body: Buffer.alloc(3 * 1024 * 1024, 7) });
    expect(upload.status).toBe(200);
    expect(await upload.json()).toEqual({ bytes: 3 * 1024 * 1024, contentType: headers['content-type'] });
    const tooBig = await fetch(`${gateway.url}/api/workflow/import`, { method: 'POST', headers, body: Buffer.alloc(5 * 1024 * 1024 + 1, 7) });
    expect(tooBig.status).toBe(413);
    expect(((await tooBig.json()) as { error: { code: string } }).error.code).toBe('PAYLOAD_TOO_LARGE');
    const json = await fetch(`${gateway.url}/api/workflow/import`, { method: 'POST', headers: { ...headers, 'content-type': 'text/csv' }, body: 'a,b' });
    expect(json.status).toBe(415);
    await gateway.app.get(AuditLog, { strict: false }).flush();
    const db = gateway.app.get<Database>(GATEWAY_DATABASE, { strict: false });
    const deadline = Date.now() + 10_000;
    while ((await rowsOf(db)).filter((row) => row.path === '/api/workflow/import').length < 1 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    const read = await fetch(`${gateway.url}/api/audit/entries?operation=import`, { headers: await bearer(gateway.url, 'admin') });
    const page = (await read.json()) as { items: Array<Entry & { summary: unknown }> };
    // The edge's own refusals (413, 415) come before the audit trail and are not recorded; the import is, with its summary.
    expect(page.items.map(({ operation, status, summary }) => ({ operation, status, summary }))).toEqual([
      { operation: 'POST /api/workflow/import', status: 200, summary: { mode: 'commit', rows: 3, imported: 2, refused: 1 } },
    ]);
  });
});
