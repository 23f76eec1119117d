import { randomUUID } from 'node:crypto';
import { eventually } from '@scq/platform-testing';

export interface SliceResult {
  scenarioId: string;
  /** From the POST's response to the registry showing the stage the workflow reported. */
  registeredToProposedMs: number;
  transitionToReadModelMs: number;
}

// Response bodies are checked field by field with expect(), so they are read untyped.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function json(response: Response): Promise<any> {
  const text = await response.text();
  try {
    return JSON.parse(text);
  } catch {
    throw new Error(`not JSON (${response.status}): ${text.slice(0, 500)}`);
  }
}

/**
 * An officer of 市交通运输委, a responsible unit of the unmanned-systems domain (and the scenario's owner): registers the
 * scenario for their own unit and reads it (every read but the public portal needs sign-in).
 */
export const OFFICER = { 'x-user-id': 'officer-1', 'x-user-roles': 'officer', 'x-user-unit': 'transport-commission' };

/**
 * The backbone's end-to-end slice, driven over HTTP against one base URL (the gateway, or the standalone host):
 * register a scenario → the workflow starts its lifecycle → the registry's read model shows `proposed`;
 * then advance it → the registry shows `cultivating`. The correlation id travels with the events.
 */
export async function driveScenarioSlice(baseUrl: string): Promise<SliceResult> {
  const correlationId = `e2e-${randomUUID()}`;
  const started = performance.now();
  const created = await fetch(`${baseUrl}/api/scenarios`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-correlation-id': correlationId, ...OFFICER },
    body: JSON.stringify({ title: { zh: '两江新区无人配送示范场景', en: 'Unmanned delivery pilot' }, domainCode: 'unmanned-systems', ownerUnit: 'transport-commission', ownerType: 'municipal-department', tier: 'industry-integrated' }),
  });
  expect(created.status).toBe(201);
  expect(created.headers.get('x-correlation-id')).toBe(correlationId);
  const scenario = await json(created);
  // The owner unit as the taxonomy names it; registered by the officer for their own unit.
  expect(scenario).toMatchObject({ id: expect.any(String), stage: null, title: { zh: '两江新区无人配送示范场景' }, ownerUnit: '市交通运输委', registeredBy: 'officer-1', registeredOnBehalf: false });

  const proposed = await eventually(async () => {
    const body = await json(await fetch(`${baseUrl}/api/scenarios/${scenario.id}`, { headers: OFFICER }));
    return body.stage === 'proposed' ? body : undefined;
  });
  const registeredToProposedMs = performance.now() - started;
  expect(proposed.stageSequence).toBe(0);

  const lifecycle = await json(await fetch(`${baseUrl}/api/workflow/scenarios/${scenario.id}`, { headers: OFFICER }));
  expect(lifecycle).toMatchObject({ stage: 'proposed', acceptedEvents: ['startCultivation', 'withdraw'], version: 1 });
  expect(lifecycle.history).toEqual([expect.objectContaining({ from: null, to: 'proposed', event: expect.objectContaining({ type: 'start' }), correlationId })]);

  const transitionStarted = performance.now();
  const advanced = await fetch(`${baseUrl}/api/workflow/scenarios/${scenario.id}/events`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...OFFICER },
    body: JSON.stringify({ type: 'startCultivation', reason: '纳入培育 cultivate', expectedVersion: 1 }),
  });
  expect(advanced.status).toBe(200);
  await eventually(async () => {
    const body = await json(await fetch(`${baseUrl}/api/scenarios/${scenario.id}`, { headers: OFFICER }));
    return body.stage === 'cultivating' ? body : undefined;
  });
  const transitionToReadModelMs = performance.now() - transitionStarted;

  const stale = await fetch(`${baseUrl}/api/workflow/scenarios/${scenario.id}/events`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...OFFICER },
    body: JSON.stringify({ type: 'withdraw', expectedVersion: 1 }),
  });
  expect(stale.status).toBe(409);
  expect((await json(stale)).error.code).toBe('CONCURRENT_TRANSITION');

  return { scenarioId: scenario.id, registeredToProposedMs, transitionToReadModelMs };
}

/**
 * Bad input to the slice endpoints: 400 (or 404) with a clear message, and nothing stored; registration refused to
 * anonymous callers (401), to an officer of another unit (403) and for a unit the taxonomy does not know (400 naming
 * the endpoint that lists the units).
 */
export async function expectBadInputRefused(baseUrl: string): Promise<void> {
  const before = (await json(await fetch(`${baseUrl}/api/scenarios?limit=200`, { headers: OFFICER }))).items.length;
  const cases: Array<{ body: string; field?: string }> = [
    { body: '{"title": {"zh": ""}, "domainCode": "Bad Code", "ownerUnit": "市发展改革委"}', field: 'title.zh' },
    { body: '{"title": {"zh": "场景"}, "domainCode": "artificial-intelligence", "ownerUnit": "市发展改革委", "ownerType": "municipal-department", "tier": "high-value-niche", "budgetX": "x"}', field: '(body)' },
    { body: '{"title": {"zh": "场景"}, "domainCode": "artificial-intelligence", "ownerUnit": "市发展改革委", "ownerType": "municipal-department", "tier": "high-value-niche", "budget": {"totalFen": 100000, "fundingSource": "government-investment"}}', field: 'budget.newScenarioReserveFen' },
    { body: '{"title": "not an object", "domainCode": "ai", "ownerUnit": "市发展改革委"}', field: 'title' },
    { body: '{"title": {"zh": "场景"}, "ownerUnit": "市发展改革委"}', field: 'domainCode' },
    { body: '{not json' },
    { body: '[]', field: '(body)' },
  ];
  for (const { body, field } of cases) {
    const response = await fetch(`${baseUrl}/api/scenarios`, { method: 'POST', headers: { 'content-type': 'application/json', ...OFFICER }, body });
    const payload = await json(response);
    expect({ body, status: response.status }).toEqual({ body, status: 400 });
    expect(payload.error.message).toEqual(expect.any(String));
    if (field) expect(payload.error.fields.map((f: { path: string }) => f.path)).toContain(field);
  }
  const valid = (ownerUnit: string) => JSON.stringify({ title: { zh: '不应登记的场景' }, domainCode: 'unmanned-systems', ownerUnit, ownerType: 'municipal-department', tier: 'high-value-niche', taxonomyVersion: '2026-final' });
  const refusals: Array<{ headers: Record<string, string>; ownerUnit: string; status: number; code: string }> = [
    { headers: {}, ownerUnit: '市交通运输委', status: 401, code: 'UNAUTHENTICATED' },
    { headers: OFFICER, ownerUnit: '市城市管理局', status: 403, code: 'NOT_OWN_UNIT' },
    { headers: { 'x-user-id': 'enterprise-1', 'x-user-roles': 'applicant' }, ownerUnit: '市交通运输委', status: 403, code: 'FORBIDDEN_ROLE' },
    { headers: OFFICER, ownerUnit: '不存在的局', status: 400, code: 'UNKNOWN_UNIT' },
  ];
  for (const { headers, ownerUnit, status, code } of refusals) {
    const response = await fetch(`${baseUrl}/api/scenarios`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: valid(ownerUnit) });
    const payload = await json(response);
    expect({ ownerUnit, status: response.status, code: payload.error.code }).toEqual({ ownerUnit, status, code });
    if (code === 'UNKNOWN_UNIT') expect(payload.error.fields).toEqual([{ path: 'ownerUnit', message: expect.stringContaining('GET /api/taxonomy/2026-final/units') }]);
  }
  const huge = await fetch(`${baseUrl}/api/scenarios`, { method: 'POST', headers: { 'content-type': 'application/json', ...OFFICER }, body: JSON.stringify({ title: { zh: '场'.repeat(1_200_000) } }) });
  expect(huge.status).toBe(413);
  expect((await json(huge)).error.code).toBe('PAYLOAD_TOO_LARGE');
  const badId = await fetch(`${baseUrl}/api/scenarios/not-a-uuid`, { headers: OFFICER });
  expect(badId.status).toBe(400);
  const missing = await fetch(`${baseUrl}/api/scenarios/${randomUUID()}`, { headers: OFFICER });
  expect(missing.status).toBe(404);
  const badEvent = await fetch(`${baseUrl}/api/workflow/scenarios/${randomUUID()}/events`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-user-id': 'officer-1', 'x-user-roles': 'officer' },
    body: '{"type":"launchRocket"}',
  });
  expect(badEvent.status).toBe(400);
  const badCursor = await fetch(`${baseUrl}/api/scenarios?after=garbage`, { headers: OFFICER });
  expect(badCursor.status).toBe(400);
  const after = (await json(await fetch(`${baseUrl}/api/scenarios?limit=200`, { headers: OFFICER }))).items.length;
  expect(after).toBe(before);
}
