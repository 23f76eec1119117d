import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openApiProblems, type OpenApiDocument } from '@scq/platform-http';
import { startServiceProcess, type ServiceProcess, slowTimeout } from '@scq/platform-testing';

jest.setTimeout(slowTimeout(1.5));

const EMBEDDED_ENV = { DATABASE_URL: '', KAFKA_BROKERS: '', REDIS_URL: '', GATEWAY_TRUST_CLIENT_IDENTITY: 'true', DEMO_ACCOUNTS: 'true' };

/** One path of each service (and the gateway's own), as the document must list them. */
const EXPECTED = {
  gateway: ['/api/auth/login', '/api/auth/me'],
  registry: ['/api/scenarios', '/api/scenarios/{id}', '/api/batch-lists/{id}/items/{scenarioId}', '/api/search/scenarios', '/api/targets/{year}', '/api/taxonomy/{version}/units/{unit}/domains'],
  workflow: ['/api/workflow/instances', '/api/workflow/scenarios/{scenarioId}/events', '/api/workflow/machines/{machineId}/statechart'],
  evaluation: ['/api/evaluation/assessments/{id}/scores', '/api/evaluation/evaluators/{id}/conflicts/{conflictId}', '/api/evaluation/rubrics'],
  notification: ['/api/notifications/inbox', '/api/notifications/preferences', '/api/notifications/deadlines/{deadlineId}'],
};

const json = async (url: string) => {
  const response = await fetch(url);
  expect(response.status).toBe(200);
  return (await response.json()) as OpenApiDocument;
};

describe('OpenAPI for the whole platform at /api/docs', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'scq-openapi-'));
  let standalone: ServiceProcess;
  let gateway: ServiceProcess | undefined;
  let evaluation: ServiceProcess | undefined;

  beforeAll(async () => {
    standalone = await startServiceProcess('standalone', { ...EMBEDDED_ENV, DATA_DIR: dataDir });
  });

  afterAll(async () => {
    await gateway?.stop();
    await evaluation?.stop();
    await standalone?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('embedded mode: the gateway documents its own and every service endpoint from the same process, as sound OpenAPI 3.1', async () => {
    const document = await json(`${standalone.url}/api/docs/openapi.json`);
    expect(document.openapi).toBe('3.1.0');
    expect(Object.keys(document.paths)).toEqual(expect.arrayContaining(Object.values(EXPECTED).flat()));
    expect(openApiProblems(document)).toEqual([]);
    expect(document['x-missing']).toBeUndefined();
    expect(document.paths['/api/scenarios'].post).toMatchObject({ tags: ['scenarios'], requestBody: { content: { 'application/json': { schema: { $ref: expect.stringMatching(/^#\/components\/schemas\//) } } } } });
    expect(document.paths['/api/notifications/inbox'].get).toMatchObject({ security: [{ bearer: [] }], parameters: expect.arrayContaining([expect.objectContaining({ name: 'scope', in: 'query' })]) });
    // Authenticated by default: scenarios need sign-in, the public portal does not.
    expect(document.paths['/api/scenarios'].get).toMatchObject({ security: [{ bearer: [] }] });
    expect(document.paths['/api/scenarios'].post).toMatchObject({ security: [{ bearer: [] }] });
    expect(document.paths['/api/opportunities'].get).not.toHaveProperty('security');

    const page = await fetch(`${standalone.url}/api/docs`);
    expect(page.status).toBe(200);
    const html = await page.text();
    for (const path of Object.values(EXPECTED).flat()) expect(html).toContain(path);
  });

  it('distributed mode: each service serves its document at /openapi.json, the gateway fetches and merges them, and a service that is down is listed as missing (never a 500)', async () => {
    evaluation = await startServiceProcess('evaluation', { ...EMBEDDED_ENV, DATA_DIR: dataDir });
    const own = await json(`${evaluation.url}/openapi.json`);
    expect(Object.keys(own.paths)).toEqual(expect.arrayContaining(EXPECTED.evaluation));
    expect(Object.keys(own.paths).every((path) => path.startsWith('/api/evaluation'))).toBe(true);
    expect(openApiProblems(own)).toEqual([]);

    // Nothing listens for the workflow.
    gateway = await startServiceProcess('gateway', {
      GATEWAY_TRUST_CLIENT_IDENTITY: 'true',
      EVALUATION_URL: evaluation.url,
      WORKFLOW_URL: 'http://127.0.0.1:9',
      REGISTRY_URL: '',
      NOTIFICATION_URL: '',
      DATABASE_URL: '',
      GATEWAY_DATABASE_URL: '',
      DATA_DIR: '',
    });
    const document = await json(`${gateway.url}/api/docs/openapi.json`);
    expect(Object.keys(document.paths)).toEqual(expect.arrayContaining([...EXPECTED.gateway, ...EXPECTED.evaluation]));
    expect(openApiProblems(document)).toEqual([]);
    expect(document['x-missing']).toEqual([expect.objectContaining({ source: '/api/workflow → http://127.0.0.1:9' })]);

    const page = await fetch(`${gateway.url}/api/docs`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('/api/workflow → http://127.0.0.1:9');
  });
});
