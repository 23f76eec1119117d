import { COORDINATOR, outboxEvents, person, registerScenario, stageChanged, startRegistryTestHost, type Engine, type Json, type RegistryTestHost } from './opportunities/testing/registry-http.testing';

const OWNER = '市交通运输委';
const owner = person('officer', OWNER, 'officer-transport');
const outsider = person('officer', '市林业局', 'officer-forestry');
const applicant = person('applicant', null, 'enterprise-1');

const draft = (more: Record<string, unknown> = {}) => ({
  title: { zh: '两江新区园区无人配送', en: 'Unmanned delivery in Liangjiang parks' },
  domainCode: 'unmanned-systems',
  ownerUnit: OWNER,
  ownerType: 'municipal-department',
  tier: 'high-value-niche',
  district: '两江新区',
  ...more,
});

describe.each<[string, Engine]>([
  ['PostgreSQL', 'postgres'],
  ['PGlite', 'pglite'],
])('scenario profile: near-duplicates before saving, edits while open, their history (%s)', (_name, engine) => {
  let host: RegistryTestHost;
  beforeAll(async () => {
    host = await startRegistryTestHost(engine, 'scenario_profile');
  });
  afterAll(() => host?.close());

  it('shows the near-duplicates of a draft before anything is stored, under the registration’s ownership rule', async () => {
    const stored = await registerScenario(host, draft());
    const before = await host.count('scenario');
    const check = await host.call('POST', '/api/scenarios/near-duplicates', owner, draft({ title: { zh: '两江新区园区无人配送（二期）' } }));
    expect(check.status).toBe(200);
    expect(check.body.nearDuplicates).toEqual([expect.objectContaining({ scenarioId: stored.id, title: { zh: '两江新区园区无人配送', en: 'Unmanned delivery in Liangjiang parks' } })]);
    expect(await host.count('scenario')).toBe(before);
    const other = await host.call('POST', '/api/scenarios/near-duplicates', outsider, draft());
    expect(other.status).toBe(403);
    expect((await host.call('POST', '/api/scenarios/near-duplicates', owner, { title: {} })).status).toBe(400);
  });

  it('edits the profile while proposed or cultivating, recording each change with who made it, and tells the other services', async () => {
    const scenario = await registerScenario(host, draft({ title: { zh: '智慧园区巡检' } }));
    expect(scenario.profileRevision).toBe(1);
    const edited = await host.call('PATCH', `/api/scenarios/${scenario.id}`, owner, {
      title: { zh: '智慧园区无人机巡检', en: 'Drone patrols of smart parks' },
      tier: 'comprehensive-major',
      budget: { totalFen: 100_000_000, fundingSource: 'government-investment', newScenarioReserveFen: 4_000_000 },
      expectedRevision: 1,
    });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ profileRevision: 2, tier: 'comprehensive-major', title: { zh: '智慧园区无人机巡检' }, budgetReserve: { belowMinimum: true } });
    expect(edited.body.changes.map((c: Json) => c.field)).toEqual(['title', 'tier', 'budget']);
    expect(edited.body.changes[0]).toEqual({ field: 'title', before: { zh: '智慧园区巡检' }, after: { zh: '智慧园区无人机巡检', en: 'Drone patrols of smart parks' } });
    // Read back as stored; the history names the change and who made it; the title reaches the other services.
    expect((await host.call('GET', `/api/scenarios/${scenario.id}`, owner)).body).toMatchObject({ profileRevision: 2, title: { en: 'Drone patrols of smart parks' } });
    const revisions = await host.call('GET', `/api/scenarios/${scenario.id}/revisions`, COORDINATOR);
    expect(revisions.body.items).toEqual([expect.objectContaining({ revision: 2, changedBy: 'officer-transport', changes: edited.body.changes })]);
    expect(await outboxEvents(host, 'registry.scenario.profile-changed')).toContainEqual(
      expect.objectContaining({ scenarioId: scenario.id, profileRevision: 2, title: { zh: '智慧园区无人机巡检', en: 'Drone patrols of smart parks' }, changedFields: ['title', 'tier', 'budget'] }),
    );

    // A stale revision is refused; an edit that changes nothing records nothing; null clears an optional field.
    const stale = await host.call('PATCH', `/api/scenarios/${scenario.id}`, owner, { tags: ['无人机'], expectedRevision: 1 });
    expect({ status: stale.status, code: stale.body.error.code }).toEqual({ status: 409, code: 'VERSION_MISMATCH' });
    const same = await host.call('PATCH', `/api/scenarios/${scenario.id}`, owner, { tier: 'comprehensive-major' });
    expect(same.body).toMatchObject({ profileRevision: 2, changes: [] });
    await stageChanged(host, scenario.id, 'cultivating', 1, new Date().toISOString());
    const cleared = await host.call('PATCH', `/api/scenarios/${scenario.id}`, owner, { budget: null });
    expect(cleared.body).toMatchObject({ profileRevision: 3, changes: [expect.objectContaining({ field: 'budget', after: null })] });
    expect(cleared.body.budget).toBeUndefined();
  });

  it('refuses edits by others (403), invalid edits (400), and any edit once the recognition assessment started (409 naming the stage); nothing changes', async () => {
    const scenario = await registerScenario(host, draft({ title: { zh: '山地城市立体停车' } }));
    const refusals: Array<[Record<string, string>, unknown, number, string]> = [
      [outsider, { tags: ['x'] }, 403, 'NOT_OWN_UNIT'],
      [applicant, { tags: ['x'] }, 403, 'FORBIDDEN_ROLE'],
      [owner, {}, 400, 'VALIDATION_FAILED'],
      [owner, { budget: { totalFen: 10_000, fundingSource: 'government-investment' } }, 400, 'VALIDATION_FAILED'],
      [owner, { budget: { totalFen: 10_000.5, fundingSource: 'fiscal-fund' } }, 400, 'VALIDATION_FAILED'],
      [owner, { domainCode: 'healthcare' }, 400, 'VALIDATION_FAILED'],
      [owner, { ownerUnit: '市林业局' }, 400, 'VALIDATION_FAILED'],
    ];
    for (const [caller, body, status, code] of refusals) {
      const reply = await host.call('PATCH', `/api/scenarios/${scenario.id}`, caller, body);
      expect({ body, status: reply.status, code: reply.body.error.code }).toEqual({ body, status, code });
    }
    await stageChanged(host, scenario.id, 'recognition.assessing', 3, new Date().toISOString());
    const locked = await host.call('PATCH', `/api/scenarios/${scenario.id}`, COORDINATOR, { tags: ['x'] });
    expect({ status: locked.status, code: locked.body.error.code }).toEqual({ status: 409, code: 'SCENARIO_PROFILE_LOCKED' });
    expect(locked.body.error.message).toContain('认定评估中 Being assessed');
    expect((await host.call('GET', `/api/scenarios/${scenario.id}`, owner)).body).toMatchObject({ profileRevision: 1, tags: [] });
    expect((await host.call('PATCH', '/api/scenarios/00000000-0000-4000-8000-000000000000', owner, { tags: ['x'] })).status).toBe(404);
  });
});
