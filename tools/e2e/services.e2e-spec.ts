import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { createTestDatabase, eventually, startKafkaMockCluster, startServiceProcess, type KafkaMockCluster, type ServiceProcess, type TestDatabase, slowTimeout } from '@scq/platform-testing';
import { generateServiceTokenKey, serviceTokenSigner } from '@scq/platform-http';
import type { ExportedSpanLine } from '@scq/platform-tracing';
import { tokenFor } from './console/console-harness';
import { expectMalformedRequestsRefused } from './malformed-requests.driver';
import { driveScenarioSlice, expectBadInputRefused, OFFICER } from './scenario-slice.driver';

jest.setTimeout(slowTimeout(2));

/** Production shape: every service its own process, real PostgreSQL, the Kafka wire protocol (librdkafka mock). */
describe('platform as separate processes over Kafka and PostgreSQL', () => {
  let kafka: KafkaMockCluster;
  let database: TestDatabase;
  const services: ServiceProcess[] = [];
  let gateway: ServiceProcess;
  // The gateway, the registry and the workflow trace, each into its own JSON-lines file (the test-only exporter): one
  // trace is followed across them. Evaluation and notification run as deployed by default, without tracing.
  const spansDir = mkdtempSync(join(tmpdir(), 'scq-e2e-spans-'));
  const tracing = (app: string): Record<string, string> => (['gateway', 'scenario-registry', 'application-workflow'].includes(app) ? { OTEL_TRACES_EXPORTER: 'scq-test-spans-file', SCQ_TEST_SPANS_FILE: join(spansDir, `${app}.jsonl`) } : {});
  const spansOf = (app: string): ExportedSpanLine[] => {
    const file = join(spansDir, `${app}.jsonl`);
    return existsSync(file) ? readFileSync(file, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as ExportedSpanLine) : [];
  };

  beforeAll(async () => {
    [kafka, database] = await Promise.all([startKafkaMockCluster(), createTestDatabase('e2e')]);
    const env = { DATABASE_URL: database.url, KAFKA_BROKERS: kafka.brokers.join(','), KAFKA_TOPIC_PREFIX: `${kafka.prefix}.`, REDIS_URL: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379', REDIS_PREFIX: `scq-${kafka.prefix}` };
    // Started one by one: each migrates its own schema in the shared database.
    for (const app of ['scenario-registry', 'application-workflow', 'evaluation', 'notification']) services.push(await startServiceProcess(app, { ...env, ...tracing(app) }));
    const [registry, workflow, evaluation, notification] = services;
    // The gateway keeps its directory in the same PostgreSQL (as in production), and publishes its organisations over the same Kafka.
    gateway = await startServiceProcess('gateway', {
      DATABASE_URL: env.DATABASE_URL, REGISTRY_URL: registry.url, WORKFLOW_URL: workflow.url, EVALUATION_URL: evaluation.url, NOTIFICATION_URL: notification.url, GATEWAY_TRUST_CLIENT_IDENTITY: 'true', DEMO_ACCOUNTS: 'true',
      KAFKA_BROKERS: env.KAFKA_BROKERS, KAFKA_TOPIC_PREFIX: env.KAFKA_TOPIC_PREFIX, ...tracing('gateway'),
    });
    services.push(gateway);
    // Listening is not joined: the consumer groups join in the background; the tests below count from joined.
    await Promise.all(services.map((service) => service.consumersJoined()));
  });

  afterAll(async () => {
    const codes = await Promise.all(services.map((s) => s.stop()));
    await Promise.all([kafka?.stop(), database?.drop()]);
    rmSync(spansDir, { recursive: true, force: true });
    expect(codes.every((code) => code === 0)).toBe(true);
  });

  it('reports every service ready (database, Kafka and, for notification, Redis reachable)', async () => {
    for (const service of services) {
      const response = await fetch(`${service.url}/health/ready`);
      const body = (await response.json()) as { status: string; checks: Array<{ name: string }> };
      expect({ app: service.app, status: response.status, body: body.status }).toEqual({ app: service.app, status: 200, body: 'ok' });
      expect(body.checks.map((c) => c.name)).toEqual(expect.arrayContaining(['message-bus', expect.stringMatching(/^database:/)]));
      if (service.app === 'notification') expect(body.checks.map((c) => c.name)).toContain('redis');
      // The consumers' joins are shown, not gating: joined by now (the set-up waited for `<name> consumers joined`).
      expect(body.checks).toContainEqual({ name: 'event-consumers', ok: true, informational: true });
    }
  });

  it('runs the slice through the gateway: registry → Kafka → workflow → Kafka → registry read model', async () => {
    const first = await driveScenarioSlice(gateway.url);
    const second = await driveScenarioSlice(gateway.url);
    console.log(
      `slice latency over Kafka (separate processes): register→proposed ${first.registeredToProposedMs.toFixed(0)} ms (first, includes consumer warm-up), ${second.registeredToProposedMs.toFixed(0)} ms (second); transition→read model ${second.transitionToReadModelMs.toFixed(0)} ms`,
    );
  });

  it('refuses, at every service, a forged identity header and a direct call without a gateway token (zero trust)', async () => {
    const forged = { 'x-user-id': 'demo-coordinator', 'x-user-roles': 'coordinator,admin', 'x-user-unit': encodeURIComponent('市发展改革委'), 'content-type': 'application/json' };
    // A token the gateway did not sign: another key, the right claims.
    const stranger = await serviceTokenSigner(generateServiceTokenKey());
    const foreign = { authorization: `Bearer ${await stranger.sign({ id: 'demo-coordinator', roles: ['coordinator', 'admin'], unit: '市发展改革委', organisation: null, district: null })}`, 'content-type': 'application/json' };
    const protectedRoute: Record<string, [string, string]> = {
      'scenario-registry': ['POST', '/api/batch-lists'],
      'application-workflow': ['POST', '/api/workflow/applications'],
      evaluation: ['POST', '/api/evaluation/evaluators'],
      notification: ['GET', '/api/notifications/inbox'],
    };
    for (const service of services.filter((s) => s.app !== 'gateway')) {
      const [method, path] = protectedRoute[service.app];
      for (const [name, headers, code] of [['forged headers', forged, 'UNAUTHENTICATED'], ['no token', { 'content-type': 'application/json' }, 'UNAUTHENTICATED'], ['foreign token', foreign, 'TOKEN_INVALID']] as const) {
        const response = await fetch(`${service.url}${path}`, { method, headers, body: method === 'GET' ? undefined : '{}' });
        const body = (await response.json()) as { error: { code: string } };
        expect({ app: service.app, name, status: response.status, code: body.error.code }).toEqual({ app: service.app, name, status: 401, code });
      }
    }
    // Through the gateway, a signed-in caller reaches the same route.
    const signedIn = await fetch(`${gateway.url}/api/notifications/inbox`, { headers: { authorization: `Bearer ${await tokenFor(gateway.url, 'officer.transport')}` } });
    expect(signedIn.status).toBe(200);
  });

  it('refuses bad input with 400 and stores nothing', async () => {
    await expectBadInputRefused(gateway.url);
  });

  it('answers every kind of malformed request to every service, through the gateway, in the one bilingual error shape', async () => {
    await expectMalformedRequestsRefused(gateway.url);
  });

  it('records the requests it forwards in the gateway’s audit log, each operation named by its service’s API document', async () => {
    const coordinator = { authorization: `Bearer ${await tokenFor(gateway.url, 'coordinator')}`, 'content-type': 'application/json' };
    const created = await fetch(`${gateway.url}/api/scenarios`, {
      method: 'POST',
      headers: coordinator,
      body: JSON.stringify({ title: { zh: '审计跨服务测试' }, domainCode: 'smart-city', ownerUnit: '市交通运输委', ownerType: 'municipal-department', tier: 'comprehensive-major' }),
    });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    const refused = await fetch(`${gateway.url}/api/workflow/scenarios/${id}/events`, { method: 'POST', headers: coordinator, body: JSON.stringify({ type: 'no.such.event' }) });
    expect(refused.status).toBeGreaterThanOrEqual(400);
    const { error } = (await refused.json()) as { error: { code: string } };
    const auditor = { authorization: `Bearer ${await tokenFor(gateway.url, 'auditor')}` };
    type Entry = { operation: string; targets: string[]; status: number; errorCode: string | null; actorUsername: string; unit: string };
    const entries = await eventually(async () => {
      const page = (await (await fetch(`${gateway.url}/api/audit/entries?target=${id}`, { headers: auditor })).json()) as { items: Entry[] };
      return page.items.length === 2 ? page.items : undefined;
    });
    expect(entries.map(({ operation, targets, status, errorCode, actorUsername, unit }) => ({ operation, targets, status, errorCode, actorUsername, unit }))).toEqual([
      { operation: 'POST /api/workflow/scenarios/{scenarioId}/events', targets: [id], status: refused.status, errorCode: error.code, actorUsername: 'coordinator', unit: '市发展改革委' },
      { operation: 'POST /api/scenarios', targets: [id], status: 201, errorCode: null, actorUsername: 'coordinator', unit: '市发展改革委' },
    ]);
  });

  it('streams an upload over 2 MiB through the gateway to the workflow service, refuses one over the upload limit at the edge, and audits it', async () => {
    const applicant = { authorization: `Bearer ${await tokenFor(gateway.url, 'applicant')}` };
    const applicationId = randomUUID();
    const form = new FormData();
    form.append('file', new Blob([Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(3 * 1024 * 1024)])]), '申报书.pdf');
    // The workflow service read the whole file and then found no such application: the gateway let the body through.
    const forwarded = await fetch(`${gateway.url}/api/workflow/applications/${applicationId}/attachments`, { method: 'POST', headers: applicant, body: form });
    expect(forwarded.status).toBe(404);
    expect(((await forwarded.json()) as { error: { message: string } }).error.message).toContain(`申报不存在 No application ${applicationId}`);
    // Announced over the upload limit: the gateway refuses it before reading, in the one error shape.
    const large = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const headers = { ...applicant, 'content-type': 'multipart/form-data; boundary=x', 'content-length': String(22 * 1024 * 1024) };
      const request = httpRequest(`${gateway.url}/api/workflow/applications/${applicationId}/attachments`, { method: 'POST', headers }, (response) => {
        let body = '';
        response.on('data', (chunk: Buffer) => (body += chunk.toString()));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
      });
      request.on('error', reject);
      request.flushHeaders(); // the headers only: the edge answers from the announced length
    });
    expect(large.status).toBe(413);
    expect(JSON.parse(large.body).error).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', message: expect.stringContaining(`limit ${21 * 1024 * 1024} bytes`) });
    const auditor = { authorization: `Bearer ${await tokenFor(gateway.url, 'auditor')}` };
    const entries = await eventually(async () => {
      const page = (await (await fetch(`${gateway.url}/api/audit/entries?target=${applicationId}`, { headers: auditor })).json()) as { items: Array<{ operation: string; status: number }> };
      return page.items.length > 0 ? page.items : undefined;
    });
    expect(entries.map(({ operation, status }) => ({ operation, status }))).toContainEqual({ operation: 'POST /api/workflow/applications/{applicationId}/attachments', status: 404 });
  });

  it('answers my tasks from every service, each asked by the gateway with the caller’s own service token', async () => {
    const headers = { authorization: `Bearer ${await tokenFor(gateway.url, 'officer.transport')}`, 'content-type': 'application/json' };
    const registered = await fetch(`${gateway.url}/api/scenarios`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ title: { zh: '我的待办端到端' }, domainCode: 'transportation', ownerUnit: '市交通运输委', ownerType: 'municipal-department', tier: 'high-value-niche' }),
    });
    expect(registered.status).toBe(201);
    const { id } = (await registered.json()) as { id: string };
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const tasks = await eventually<any>(async () => {
      const body = (await (await fetch(`${gateway.url}/api/tasks`, { headers })).json()) as { items?: Array<{ subject: { id: string } }> };
      return body.items?.some((task) => task.subject.id === id) ? body : undefined;
    });
    // Every source answered: the services verified the gateway's token for this caller (JWKS over HTTP).
    expect(tasks.unavailable).toEqual([]);
    expect(tasks.items.find((task: { subject: { id: string } }) => task.subject.id === id)).toMatchObject({ kind: 'scenario', allowedEvents: ['startCultivation'], href: `/scenarios/${id}` });
  });

  it('carries a directory change at the gateway over Kafka to the read models of evaluation and the registry', async () => {
    const admin = { authorization: `Bearer ${await tokenFor(gateway.url, 'admin')}`, 'content-type': 'application/json' };
    const created = await fetch(`${gateway.url}/api/admin/organisations`, { method: 'POST', headers: admin, body: JSON.stringify({ name: '重庆交通大学', kind: 'university', aliases: ['重交大'] }) });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    const sql = new Client({ connectionString: database.url });
    await sql.connect();
    try {
      for (const schema of ['evaluation', 'registry']) {
        const row = await eventually(async () => (await sql.query(`SELECT name, aliases FROM ${schema}.organisation_name WHERE organisation_id = $1`, [id])).rows[0] as unknown);
        expect({ schema, row }).toEqual({ schema, row: { name: '重庆交通大学', aliases: ['重交大'] } });
      }
    } finally {
      await sql.end();
    }
    const coordinator = { authorization: `Bearer ${await tokenFor(gateway.url, 'coordinator')}`, 'content-type': 'application/json' };
    const evaluator = await fetch(`${gateway.url}/api/evaluation/evaluators`, { method: 'POST', headers: coordinator, body: JSON.stringify({ id: 'e2e-cqjtu', name: '交大专家', organisation: '重交大', expertise: ['smart-city'] }) });
    expect(evaluator.status).toBe(201);
    expect(((await evaluator.json()) as { organisationId: string }).organisationId).toBe('重庆交通大学');
  });

  it('logs JSON lines carrying the correlation id across services', async () => {
    const response = await fetch(`${gateway.url}/api/scenarios`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-correlation-id': 'trace-me-42', 'x-user-id': 'coordinator-li', 'x-user-roles': 'coordinator', 'x-user-unit': encodeURIComponent('市发展改革委') },
      body: JSON.stringify({ title: { zh: '智慧养老院安全守护' }, domainCode: 'elderly-disability-childcare', ownerUnit: '市民政局', ownerType: 'municipal-department', tier: 'high-value-niche' }),
    });
    expect(response.status).toBe(201);
    const [registry, workflow] = services;
    const linesOf = (service: ServiceProcess) => service.output().split('\n').filter((line) => line.includes('trace-me-42'));
    // The registry logs the request; the workflow, across Kafka, logs the event it handled under the same id.
    await eventually(async () => (linesOf(registry).length > 0 && linesOf(workflow).length > 0 ? true : undefined));
    expect(JSON.parse(linesOf(registry)[0])).toMatchObject({ service: 'scenario-registry', correlationId: 'trace-me-42', msg: 'http', status: 201 });
    expect(JSON.parse(linesOf(workflow)[0])).toMatchObject({ service: 'application-workflow', correlationId: 'trace-me-42', msg: 'event handled', type: 'registry.scenario.registered' });
  });

  it('follows one request in one trace: gateway → registry → its relay → Kafka → workflow → its relay → Kafka → registry consumer', async () => {
    const response = await fetch(`${gateway.url}/api/scenarios`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-correlation-id': 'one-trace-7', ...OFFICER },
      body: JSON.stringify({ title: { zh: '轨道交通客流预警' }, domainCode: 'unmanned-systems', ownerUnit: 'transport-commission', ownerType: 'municipal-department', tier: 'industry-integrated' }),
    });
    expect(response.status).toBe(201);
    const scenarioId = ((await response.json()) as { id: string }).id;
    const keyed = (span: ExportedSpanLine) => span.attributes['messaging.kafka.message.key'] === scenarioId;

    // Each hop as its span, found once every process has exported it (the registry's consumer is the last).
    const hops = await eventually(async () => {
      const [gatewaySpans, registrySpans, workflowSpans] = [spansOf('gateway'), spansOf('scenario-registry'), spansOf('application-workflow')];
      const registryPublish = registrySpans.find((span) => span.name === 'publish registry.scenario.v1' && keyed(span));
      const workflowProcess = workflowSpans.find((span) => span.name === 'process registry.scenario.v1' && keyed(span));
      const workflowPublish = workflowSpans.find((span) => span.name === 'publish workflow.scenario.v1' && keyed(span));
      const registryProcess = registrySpans.find((span) => span.name === 'process workflow.scenario.v1' && keyed(span));
      if (!registryPublish || !workflowProcess || !workflowPublish || !registryProcess) return undefined;
      const trace = registryPublish.traceId;
      const gatewayServer = gatewaySpans.find((span) => span.traceId === trace && span.kind === 1);
      const registryServer = registrySpans.find((span) => span.traceId === trace && span.kind === 1);
      return gatewayServer && registryServer ? { gatewayServer, registryServer, registryPublish, workflowProcess, workflowPublish, registryProcess } : undefined;
    }, 60_000);

    // One trace id from the gateway's request to the registry's read model, each hop the child of the one before.
    const { gatewayServer, registryServer, registryPublish, workflowProcess, workflowPublish, registryProcess } = hops;
    expect(new Set(Object.values(hops).map((span) => span.traceId)).size).toBe(1);
    expect(gatewayServer.parentSpanId).toBeNull();
    // The registry's request span is the child of the gateway's forwarding call (a client span).
    expect(spansOf('gateway').find((span) => span.spanId === registryServer.parentSpanId)).toMatchObject({ kind: 2, traceId: gatewayServer.traceId });
    expect(Object.fromEntries(Object.entries(hops).map(([hop, span]) => [hop, span.service]))).toEqual({
      gatewayServer: 'gateway', registryServer: 'scenario-registry', registryPublish: 'scenario-registry', workflowProcess: 'application-workflow', workflowPublish: 'application-workflow', registryProcess: 'scenario-registry',
    });
    expect(workflowProcess.parentSpanId).toBe(registryPublish.spanId);
    expect(registryProcess.parentSpanId).toBe(workflowPublish.spanId);

    // The workflow's log lines for the event (one a consumer) carry the trace and the consumer's handling span.
    const [, workflow] = services;
    const handled = workflow.output().split('\n').filter((line) => line.includes('one-trace-7') && line.includes('event handled')).map((line) => JSON.parse(line) as Record<string, unknown>);
    const handlingSpans = spansOf('application-workflow').filter((span) => span.name === 'process registry.scenario.v1' && keyed(span));
    expect(handled.length).toBeGreaterThan(0);
    expect(handled.map((line) => [line.trace_id, handlingSpans.find((span) => span.spanId === line.span_id)?.parentSpanId])).toEqual(handled.map(() => [registryPublish.traceId, registryPublish.spanId]));

    // The message as any Kafka tool reads it (kcat): the CloudEvents binary-mode headers and the publish span's context.
    const { stdout } = await promisify(execFile)('kcat', ['-C', '-b', kafka.brokers.join(','), '-t', `${kafka.prefix}.registry.scenario.v1`, '-o', 'beginning', '-e', '-q', '-f', '%k\t%h\t%s\n']);
    const line = stdout.split('\n').find((row) => row.startsWith(`${scenarioId}\t`));
    const [, rawHeaders, body] = line!.split('\t');
    const headers = Object.fromEntries(rawHeaders.split(',').map((pair) => [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)]));
    const envelope = JSON.parse(body) as { id: string; time: string; type: string };
    expect(headers).toMatchObject({
      ce_id: envelope.id,
      ce_type: 'registry.scenario.registered',
      ce_source: 'scenario-registry',
      ce_specversion: '1.0',
      ce_time: envelope.time,
      'content-type': 'application/json',
      traceparent: `00-${registryPublish.traceId}-${registryPublish.spanId}-01`,
    });
  });
});
