import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DynamicModule, Type } from '@nestjs/common';
import { gatewayAuthConfigFromEnv, serviceTokenKeyFromEnv } from '@scq/gateway-infrastructure';
import { routePolicies, type PolicedRoute } from '@scq/platform-http';
import { InProcessMessageBus } from '@scq/platform-messaging';
import { createLogger } from '@scq/platform-observability';
import { databaseLocationFromEnv } from '@scq/platform-persistence';
import { bootstrapHost, type RunningHost } from '@scq/platform-runtime';
import { domainsForUnit, findUnit } from '@scq/taxonomy';
import { slowTimeout } from '@scq/platform-testing';
import { embeddedModules } from './embedded-modules';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

/** Who calls: the roles of the platform, an officer of unit A and of unit B, district officers in and out of the fixture's district. */
interface Persona {
  name: string;
  id: string;
  role: string;
  unit?: string;
  district?: string;
}
const UNIT_A = '市交通运输委';
const PERSONAS: Persona[] = [
  { name: 'applicant', id: 'demo-applicant', role: 'applicant' },
  { name: 'officer of unit A', id: 'demo-officer-transport', role: 'officer', unit: UNIT_A },
  { name: 'officer of unit B', id: 'demo-officer-forestry', role: 'officer', unit: '市林业局' },
  { name: 'district officer (渝中区)', id: 'demo-officer-yuzhong', role: 'officer', district: '渝中区' },
  { name: 'district officer (江北区)', id: 'matrix-officer-jiangbei', role: 'officer', district: '江北区' },
  { name: 'coordinator', id: 'demo-coordinator', role: 'coordinator', unit: '市发展改革委' },
  { name: 'assigned evaluator', id: 'demo-evaluator', role: 'evaluator' },
  { name: 'evaluator not assigned', id: 'matrix-evaluator-outsider', role: 'evaluator' },
  { name: 'leadership', id: 'demo-leadership', role: 'leadership' },
  { name: 'auditor', id: 'demo-auditor', role: 'auditor' },
  { name: 'admin', id: 'demo-admin', role: 'admin' },
];
const persona = (name: string) => PERSONAS.find((p) => p.name === name) as Persona;

const headersOf = (p: Persona | null): Record<string, string> =>
  p
    ? {
        'x-user-id': p.id,
        'x-user-roles': p.role,
        ...(p.unit ? { 'x-user-unit': encodeURIComponent(p.unit) } : {}),
        ...(p.district ? { 'x-user-district': encodeURIComponent(p.district) } : {}),
      }
    : {};

/**
 * What a path parameter names, by route: the fixture a request reaches, and, for fixtures whose reach differs by
 * person, who is out of scope (per role). Parameters without a scoped fixture take a value every in-policy role may
 * ask about (a random id answers 404, which is neither 401 nor 403).
 */
interface Fixture {
  value: string;
  /** Personas of a role in the policy that must be refused 403 (the record is outside their scope). */
  outOfScope: string[];
}

function fixtureFor(route: PolicedRoute, name: string, f: Fixtures): Fixture {
  const open = (value: string): Fixture => ({ value, outOfScope: [] });
  const p = route.path;
  // Scenario A is in recognition: of the evaluators, only those on its panel read it.
  if (p.startsWith('/api/scenarios/:id') && name === 'id') return { value: f.scenarioId, outOfScope: ['applicant', 'officer of unit B', 'district officer (江北区)', 'evaluator not assigned'] };
  if (p.startsWith('/api/workflow/scenarios/:scenarioId') || (p.startsWith('/api/workflow/instances/:id') && name === 'id')) {
    const value = name === 'id' ? f.instanceId : f.scenarioId;
    return { value, outOfScope: ['applicant', 'officer of unit B', 'district officer (江北区)', 'evaluator not assigned'] };
  }
  if (p.startsWith('/api/evaluation/assessments/:id')) return { value: f.assessmentId, outOfScope: ['officer of unit B', 'district officer (渝中区)', 'district officer (江北区)', 'evaluator not assigned'] };
  if (p.startsWith('/api/evaluation/evaluators/:id') && name === 'id') return { value: 'demo-evaluator', outOfScope: ['evaluator not assigned'] };
  // One version of a benefit-sharing agreement (a number; the agreement's readers are scoped by the scenario).
  if (p.startsWith('/api/scenarios/:scenarioId/benefit-sharing') && name === 'version') return open('1');
  if (name === 'version') return open('2025-draft');
  if (name === 'unit') return open(UNIT_A);
  if (name === 'year') return open('2026');
  if (name === 'machineId') return open('scenario-lifecycle');
  if (name === 'rubricId') return open(f.rubricId);
  if (name === 'deadlineId') return open(`${randomUUID()}.matrix-1`);
  if (p.startsWith('/api/evaluation/organisations')) return open('matrix-organisation');
  // A scenario's financing: its owner unit (A), the coordinator and 市委金融办 only.
  if (p.startsWith('/api/scenarios/:scenarioId/financing') && name === 'scenarioId') return { value: f.scenarioId, outOfScope: ['officer of unit B', 'district officer (渝中区)', 'district officer (江北区)'] };
  // A scenario's procurement route: read by whoever reads the scenario (A is in recognition), recorded by whoever acts for its owner unit (A).
  if (p.startsWith('/api/scenarios/:scenarioId/procurement') && name === 'scenarioId') {
    const readers = ['applicant', 'officer of unit B', 'district officer (江北区)', 'evaluator not assigned'];
    return { value: f.scenarioId, outOfScope: route.method === 'get' ? readers : ['officer of unit B', 'district officer (渝中区)', 'district officer (江北区)'] };
  }
  // A scenario's benefit-sharing agreement: its owner unit (A), the coordinator and admins only.
  if (p.startsWith('/api/scenarios/:scenarioId/benefit-sharing') && name === 'scenarioId') return { value: f.scenarioId, outOfScope: ['officer of unit B', 'district officer (渝中区)', 'district officer (江北区)'] };
  // A scenario's factor requests: its owner unit asks; units a factor is routed to read (unit B, 市林业局, answers for none).
  if (p.startsWith('/api/scenarios/:scenarioId/factor-requests') && name === 'scenarioId') return { value: f.scenarioId, outOfScope: ['officer of unit B', 'district officer (渝中区)', 'district officer (江北区)'] };
  // A scenario's employment figures: its owner unit (A), the coordinator, admins and 市人力社保局 only.
  if (p.startsWith('/api/scenarios/:scenarioId/employment') && name === 'scenarioId') return { value: f.scenarioId, outOfScope: ['officer of unit B', 'district officer (渝中区)', 'district officer (江北区)'] };
  if (name === 'period') return open('2026-01');
  if (name === 'scenarioId') return open(f.scenarioId);
  return open(randomUUID());
}

/** Routes without a record in the path whose scope still excludes some personas: the financing totals (coordinator and 市委金融办 only). */
const ROUTE_OUT_OF_SCOPE: Record<string, string[]> = {
  'GET /api/financing/totals': ['officer of unit A', 'officer of unit B', 'district officer (渝中区)', 'district officer (江北区)'],
  // Factor requests of the officer's unit: a district officer has no unit.
  'GET /api/factor-requests': ['district officer (渝中区)', 'district officer (江北区)'],
  // The employment-risk dashboard: the coordinator, admins and 市人力社保局 only.
  'GET /api/employment-risk': ['officer of unit A', 'officer of unit B', 'district officer (渝中区)', 'district officer (江北区)'],
};

interface Fixtures {
  scenarioId: string;
  instanceId: string;
  assessmentId: string;
  rubricId: string;
}

interface Cell {
  route: string;
  who: string;
  expected: 'unauthenticated' | 'forbidden-role' | 'out-of-scope' | 'served';
  status: number;
  code?: string;
  ok: boolean;
}

/**
 * Refusals that are about the record's stage, not about who asks (answered 403 by the evaluation service): blind
 * scoring keeps the consensus sealed until one's own sheet, and everybody's, is in.
 */
const STAGE_REFUSALS = new Set(['BLIND_SCORING']);

/** Routes about the caller's session: the matrix's callers are named by the gateway's trusting mode and have none (401). */
const SESSION_ROUTES = new Set(['POST /api/auth/logout']);

const controllersOf = (module: DynamicModule) => (module.controllers ?? []) as Array<Type<unknown>>;
const ORDER: Record<string, number> = { get: 0, post: 1, put: 1, patch: 1, delete: 2 };

/**
 * The authorisation matrix, generated from the route metadata: every route of the embedded platform (the gateway and
 * every service) × anonymous and every role × in and out of scope. Anonymous → 401 unless public; a role the
 * route's @Access does not name → 403 FORBIDDEN_ROLE; a role it names, in scope → neither 401 nor 403; a role it
 * names on a record outside the caller's scope → 403. A route added with a policy is checked here without editing
 * the test; one added without a policy fails it.
 */
// Every route × every persona, one request at a time (the served ones change the fixtures): the work grows with the
// routes, so this file takes a multiple of the one knob.
jest.setTimeout(slowTimeout(4));

describe('the authorisation matrix of every route', () => {
  let host: RunningHost;
  const dataDir = mkdtempSync(join(tmpdir(), 'scq-authz-matrix-'));
  const onDisk = (service: string) => databaseLocationFromEnv(service, { DATA_DIR: dataDir });
  const modules = () =>
    embeddedModules(onDisk, {
      notification: { rescheduleOnStart: false, sweepIntervalMs: 0 },
      gateway: {
        serviceTokenKey: serviceTokenKeyFromEnv(process.env),
        auth: gatewayAuthConfigFromEnv({ DEMO_ACCOUNTS: 'true', GATEWAY_TRUST_CLIENT_IDENTITY: 'true' }),
        passwordHashing: { memoryCost: 1024, timeCost: 1 },
      },
    });
  const platformModules = modules();
  let fixtures: Fixtures;

  async function call(method: string, path: string, who: Persona | null, body?: unknown): Promise<{ status: number; body: Json }> {
    const response = await fetch(`${host.url}${path}`, {
      method: method.toUpperCase(),
      headers: { 'content-type': 'application/json', ...headersOf(who) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    // An event stream (the inbox's unread counts) answers until the client leaves: its status is what counts.
    if (response.headers.get('content-type')?.startsWith('text/event-stream')) {
      await response.body?.cancel();
      return { status: response.status, body: null };
    }
    const text = await response.text();
    let parsed: Json = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      // not JSON (a page, CSV, Mermaid): the status is what counts
    }
    return { status: response.status, body: parsed };
  }

  async function eventually<T>(what: string, attempt: () => Promise<T | undefined>): Promise<T> {
    for (let i = 0; i < 100; i++) {
      const value = await attempt();
      if (value !== undefined) return value;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`never happened: ${what}`);
  }

  beforeAll(async () => {
    host = await bootstrapHost({ name: 'authorisation-matrix', logger: createLogger('authorisation-matrix', 'warn'), bus: new InProcessMessageBus(), port: 0, host: '127.0.0.1', modules: platformModules });
    const coordinator = persona('coordinator');
    const officerA = persona('officer of unit A');
    const unit = findUnit('2025-draft', UNIT_A);
    const domainCode = unit ? domainsForUnit('2025-draft', unit)[0]?.code : undefined;
    if (!domainCode) throw new Error(`${UNIT_A} is responsible for no domain`);
    for (const [id, organisation] of [
      ['demo-evaluator', '重庆大学'],
      ['demo-evaluator-2', '西南大学'],
      ['demo-evaluator-3', '重庆邮电大学'],
    ]) {
      const added = await call('post', '/api/evaluation/evaluators', coordinator, { id, name: `专家 ${id}`, organisation, expertise: [domainCode] });
      expect(added.status).toBe(201);
    }
    // Scenario A: unit A's, in 渝中区, not public (being recognised), assessed by a panel.
    const registered = await call('post', '/api/scenarios', coordinator, { title: { zh: '授权矩阵测试场景' }, domainCode, ownerUnit: UNIT_A, ownerType: 'municipal-department', tier: 'high-value-niche', district: '渝中区' });
    expect(registered.status).toBe(201);
    const scenarioId = registered.body.id as string;
    const instanceId = await eventually('the scenario lifecycle', async () => {
      const found = await call('get', `/api/workflow/scenarios/${scenarioId}`, coordinator);
      return found.status === 200 ? (found.body.id as string) : undefined;
    });
    for (const type of ['startCultivation', 'requestRecognition']) expect((await call('post', `/api/workflow/scenarios/${scenarioId}/events`, officerA, { type })).status).toBe(200);
    const assessmentId = await eventually('the recognition assessment', async () => {
      const listed = await call('get', `/api/evaluation/assessments?subject=${scenarioId}`, coordinator);
      return (listed.body.items?.[0]?.id as string | undefined) ?? undefined;
    });
    await eventually('demo-evaluator on the panel', async () => {
      const assessment = await call('get', `/api/evaluation/assessments/${assessmentId}`, coordinator);
      return assessment.body.assignments?.some((a: Json) => a.evaluatorId === 'demo-evaluator' && a.status === 'assigned') ? true : undefined;
    });
    // The panel reaches the registry's and the workflow's read models through the events (in process here).
    for (const path of [`/api/scenarios/${scenarioId}`, `/api/workflow/scenarios/${scenarioId}`]) {
      await eventually(`demo-evaluator reading ${path}`, async () => ((await call('get', path, persona('assigned evaluator'))).status === 200 ? true : undefined));
    }
    const rubrics = await call('get', '/api/evaluation/rubrics', coordinator);
    fixtures = { scenarioId, instanceId, assessmentId, rubricId: rubrics.body.items[0].id as string };
  });
  afterAll(async () => {
    await host?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('leaves out of every list what the caller does not read: scenarios, search hits, lifecycles, assessments', async () => {
    const lists: Array<[string, (body: Json) => string[]]> = [
      ['/api/scenarios?limit=200', (body) => body.items.map((i: Json) => i.id)],
      ['/api/search/scenarios?limit=50', (body) => body.items.map((i: Json) => i.id)],
      ['/api/workflow/instances?machine=scenario-lifecycle&limit=200', (body) => body.items.map((i: Json) => i.subjectId)],
    ];
    const reads = { applicant: false, 'officer of unit A': true, 'officer of unit B': false, 'district officer (渝中区)': true, 'district officer (江北区)': false, coordinator: true, 'assigned evaluator': true, 'evaluator not assigned': false, leadership: true, auditor: true, admin: true };
    for (const [path, ids] of lists) {
      for (const [who, expected] of Object.entries(reads)) {
        const answer = await call('get', path, persona(who));
        expect({ path, who, status: answer.status, listed: ids(answer.body).includes(fixtures.scenarioId) }).toEqual({ path, who, status: 200, listed: expected });
      }
    }
    const assessments = async (who: string) => (await call('get', '/api/evaluation/assessments?limit=200', persona(who))).body.items.map((i: Json) => i.id);
    expect(await assessments('officer of unit A')).toContain(fixtures.assessmentId);
    expect(await assessments('officer of unit B')).not.toContain(fixtures.assessmentId);
    expect(await assessments('district officer (渝中区)')).toEqual([]);
    expect(await assessments('auditor')).toContain(fixtures.assessmentId);
  });

  it('finds a declared policy on every route, and every route × caller answers as its policy says', async () => {
    const controllers = platformModules.flatMap(controllersOf);
    const { routes, withoutPolicy } = routePolicies(controllers);
    expect(withoutPolicy).toEqual([]);
    const apiRoutes = routes.filter((route) => route.path.startsWith('/api/')).sort((a, b) => ORDER[a.method] - ORDER[b.method]);
    expect(apiRoutes.length).toBeGreaterThan(80);

    const cells: Cell[] = [];
    const record = (cell: Omit<Cell, 'ok'>, ok: boolean) => cells.push({ ...cell, ok });
    for (const route of apiRoutes) {
      const params = [...route.path.matchAll(/:([A-Za-z0-9_]+)/g)].map((m) => m[1]);
      const resolved = params.map((name) => ({ name, ...fixtureFor(route, name, fixtures) }));
      const path = resolved.reduce((p, param) => p.replace(`:${param.name}`, encodeURIComponent(param.value)), route.path);
      const label = `${route.method.toUpperCase()} ${route.path}`;
      const outOfScope = new Set([...resolved.flatMap((param) => param.outOfScope), ...(ROUTE_OUT_OF_SCOPE[label] ?? [])]);
      const body = route.method === 'get' || route.method === 'delete' ? undefined : {};

      const anonymous = await call(route.method, path, null, body);
      record({ route: label, who: 'anonymous', expected: route.policy.anonymous ? 'served' : 'unauthenticated', status: anonymous.status, code: anonymous.body?.error?.code }, route.policy.anonymous ? anonymous.status !== 401 && anonymous.status !== 403 : anonymous.status === 401);

      // Refusals first: they change nothing, so the fixtures are intact for the callers who are served.
      const refused = (p: Persona) => (!(p.role in route.policy.roles) || outOfScope.has(p.name) ? 0 : 1);
      const ordered = [...PERSONAS].sort((a, b) => refused(a) - refused(b));
      for (const who of ordered) {
        const answer = await call(route.method, path, who, body);
        const code = answer.body?.error?.code as string | undefined;
        const cell = { route: label, who: who.name, status: answer.status, code };
        if (!(who.role in route.policy.roles)) record({ ...cell, expected: 'forbidden-role' }, answer.status === 403 && code === 'FORBIDDEN_ROLE');
        else if (outOfScope.has(who.name) && route.policy.roles[who.role as keyof typeof route.policy.roles] !== 'everything')
          // A change whose body is refused first (400) never reaches the record: refused all the same.
          record({ ...cell, expected: 'out-of-scope' }, answer.status === 403 || (body !== undefined && answer.status === 400));
        // A persona with no account asks the gateway who it is: 401 ACCOUNT_UNAVAILABLE is about the account, not access.
        else record({ ...cell, expected: 'served' }, (answer.status !== 403 || STAGE_REFUSALS.has(code ?? '')) && (answer.status !== 401 || code === 'ACCOUNT_UNAVAILABLE' || SESSION_ROUTES.has(label)));
      }
    }

    const failures = cells.filter((cell) => !cell.ok);
    const summary = {
      routes: apiRoutes.length,
      routesCovered: new Set(cells.map((cell) => cell.route)).size,
      cells: cells.length,
      byExpectation: Object.fromEntries(['unauthenticated', 'forbidden-role', 'out-of-scope', 'served'].map((e) => [e, cells.filter((c) => c.expected === e).length])),
      failures,
    };
    mkdirSync('tmp', { recursive: true });
    writeFileSync(join('tmp', 'authorisation-matrix.json'), JSON.stringify({ ...summary, cells }, null, 2));
    console.log(`authorisation matrix: routes covered ${summary.routesCovered} / ${summary.routes}, cells checked ${summary.cells} ${JSON.stringify(summary.byExpectation)}`);
    expect(failures).toEqual([]);
    expect(summary.routesCovered).toBe(summary.routes);
  });
});
