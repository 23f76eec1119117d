import { randomUUID } from 'node:crypto';
import { buildEnvelope } from '@scq/platform-messaging';
import { COORDINATOR, person, registerScenario, stageChanged, startRegistryTestHost, type Engine, type Json, type RegistryTestHost } from '../opportunities/testing/registry-http.testing';

const OWNER = '市交通运输委';
const owner = person('officer', 'transport-commission', 'officer-transport');
const admin = person('admin', null, 'admin-1');
const outsider = person('officer', '市林业局', 'officer-forestry');
const applicant = person('applicant', null, 'enterprise-1');

/** Delivers the evaluation service's report that an assessment of a scenario reached its decision. */
async function assessmentFinalized(host: RegistryTestHost, scenarioId: string, purpose: 'recognition' | 'effectiveness' | 'application-review', passed: boolean, finalizedAt: string): Promise<string> {
  const assessmentId = randomUUID();
  const envelope = buildEnvelope('test', 'evaluation.assessment.v1', 'evaluation.assessment.finalized', {
    subject: scenarioId,
    data: { assessmentId, subject: { kind: 'scenario', id: scenarioId }, purpose, passed, explanation: `【${purpose}】${passed ? '通过 passed' : '未通过 failed'}`, finalizedAt: new Date(finalizedAt).toISOString() },
  });
  await host.bus.publish([{ topic: 'evaluation.assessment.v1', key: scenarioId, value: JSON.stringify(envelope) }]);
  return assessmentId;
}

const parties = (shares: number[]) =>
  shares.map((shareBasisPoints, i) => ({ name: ['市交通运输委', '重庆某智能科技有限公司', '重庆大学'][i] ?? `参与方${i}`, role: (['scenario-owner', 'supplier', 'research-partner'] as const)[i] ?? 'other', shareBasisPoints }));
const agreement = (overrides: Record<string, unknown> = {}) => ({ parties: parties([4000, 4500, 1500]), basis: '按各方投入与成效评估结论分享', effectiveFrom: '2026-07-01', effectiveTo: '2029-06-30', ...overrides });

describe.each<[string, Engine]>([
  ['PostgreSQL', 'postgres'],
  ['PGlite', 'pglite'],
])('benefit-sharing agreements (收益分享) over HTTP on %s', (_name, engine) => {
  let host: RegistryTestHost;
  let scaled: Json;
  let recognitionId: string;
  let pilotId: string;
  const path = (s: Json) => `/api/scenarios/${s.id}/benefit-sharing`;
  const base = { ownerUnit: OWNER, ownerType: 'municipal-department', tier: 'industry-integrated', taxonomyVersion: '2026-final', domainCode: 'smart-city', district: '渝中区' };

  beforeAll(async () => {
    host = await startRegistryTestHost(engine, 'benefit');
    scaled = await registerScenario(host, { ...base, title: { zh: '智慧公交规模化' } });
    recognitionId = await assessmentFinalized(host, scaled.id, 'recognition', true, '2026-02-01T08:00:00Z');
    await assessmentFinalized(host, scaled.id, 'effectiveness', false, '2026-05-01T08:00:00Z');
    pilotId = await assessmentFinalized(host, scaled.id, 'effectiveness', true, '2026-06-01T08:00:00Z');
    await stageChanged(host, scaled.id, 'operating.scaling', 12, '2026-06-01T08:00:01Z');
  });
  afterAll(() => host?.close());

  it('refuses an agreement before a successful pilot or without a completed value assessment (409, in words)', async () => {
    const piloting = await registerScenario(host, { ...base, title: { zh: '试点中的场景' } });
    await assessmentFinalized(host, piloting.id, 'recognition', true, '2026-02-01T08:00:00Z');
    await stageChanged(host, piloting.id, 'operating.piloting.regular', 8, '2026-04-01T08:00:00Z');
    const early = await host.call('POST', path(piloting), owner, agreement());
    expect(early.status).toBe(409);
    expect(early.body.error.code).toBe('NO_SUCCESSFUL_PILOT');
    expect(early.body.error.message).toContain('成效评估');
    expect(early.body.error.message).toContain('operating.piloting.regular');

    // The effectiveness assessment failed: the scenario went back to piloting.
    await assessmentFinalized(host, piloting.id, 'effectiveness', false, '2026-05-01T08:00:00Z');
    expect((await host.call('POST', path(piloting), owner, agreement())).body.error.code).toBe('NO_SUCCESSFUL_PILOT');

    // Scaling, but the registry never heard of a passed value (recognition) assessment.
    const noValue = await registerScenario(host, { ...base, title: { zh: '无价值评估的场景' } });
    await assessmentFinalized(host, noValue.id, 'effectiveness', true, '2026-06-01T08:00:00Z');
    await stageChanged(host, noValue.id, 'operating.scaling', 12, '2026-06-01T08:00:01Z');
    const refused = await host.call('POST', path(noValue), owner, agreement());
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('NO_VALUE_ASSESSMENT');
    expect(refused.body.error.message).toMatch(/价值评估.*value assessment/);
    const overview = await host.call('GET', path(noValue), owner);
    expect(overview.body).toMatchObject({ current: null, versions: [], basis: { stage: 'operating.scaling', value: null, refusals: [{ code: 'NO_VALUE_ASSESSMENT' }] } });
    expect(await host.count('benefit_sharing_agreement')).toBe(0);
  });

  it.each<[string, Record<string, unknown>, string, RegExp]>([
    ['shares adding up to 99.99%', { parties: parties([4000, 4500, 1499]) }, 'parties', /100%.*99\.99%/],
    ['shares adding up to 100.01%', { parties: parties([4000, 4500, 1501]) }, 'parties', /100\.01%/],
    ['a fraction of a basis point', { parties: parties([4000, 4500.5, 1499.5]) }, 'parties.1.shareBasisPoints', /整数基点/],
    ['a share given as a percentage float', { parties: parties([0.4, 0.45, 0.15]) }, 'parties.0.shareBasisPoints', /整数基点/],
    ['a zero share', { parties: parties([0, 10000]) }, 'parties.0.shareBasisPoints', /大于 0/],
    ['a single party', { parties: [{ name: '市交通运输委', role: 'scenario-owner', shareBasisPoints: 10000 }] }, 'parties', /至少两方/],
    ['a party twice', { parties: [{ name: '重庆大学', role: 'research-partner', shareBasisPoints: 5000 }, { name: '重庆 大学', role: 'supplier', shareBasisPoints: 5000 }] }, 'parties.1.name', /重复/],
    ['an unknown role', { parties: [{ name: 'A', role: 'boss', shareBasisPoints: 5000 }, { name: 'B', role: 'supplier', shareBasisPoints: 5000 }] }, 'parties.0.role', /role/],
    ['an end before the start', { effectiveTo: '2026-06-30' }, 'effectiveTo', /不能早于/],
    ['an amendment without its reason', { amends: 1 }, 'amendmentReason', /理由/],
  ])('refuses %s with a bilingual 400 naming the field', async (_what, overrides, field, message) => {
    const refused = await host.call('POST', path(scaled), owner, agreement(overrides));
    expect(refused.status).toBe(400);
    expect(refused.body.error.code).toBe('VALIDATION_FAILED');
    const named = refused.body.error.fields.find((f: Json) => f.path === field);
    expect(named?.message).toMatch(message);
    expect(named?.message).toMatch(/[\u4e00-\u9fff].*[A-Za-z]/);
  });

  it('makes version 1 resting on the passed effectiveness and value assessments, then amends it by version 2, keeping version 1 readable', async () => {
    const first = await host.call('POST', path(scaled), owner, agreement());
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({
      version: 1,
      current: true,
      ownerUnit: OWNER,
      parties: parties([4000, 4500, 1500]),
      effectiveFrom: '2026-07-01',
      effectiveTo: '2029-06-30',
      pilotAssessmentId: pilotId,
      valueAssessmentId: recognitionId,
      pilotAssessment: { assessmentId: pilotId, purpose: 'effectiveness', passed: true },
      valueAssessment: { assessmentId: recognitionId, purpose: 'recognition', passed: true },
      amendmentReason: null,
      createdBy: 'officer-transport',
    });

    // A second "first" agreement, or an amendment of a version that is not current, is refused.
    const again = await host.call('POST', path(scaled), owner, agreement());
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('AGREEMENT_VERSION');
    expect((await host.call('POST', path(scaled), owner, agreement({ amends: 2, amendmentReason: '调整' }))).body.error.code).toBe('AGREEMENT_VERSION');

    const amended = await host.call('POST', path(scaled), owner, agreement({ parties: parties([3000, 5000, 2000]), effectiveFrom: '2027-01-01', effectiveTo: undefined, amends: 1, amendmentReason: '运营方投入增加，调整份额' }));
    expect(amended.status).toBe(201);
    expect(amended.body).toMatchObject({ version: 2, current: true, effectiveTo: null, amendmentReason: '运营方投入增加，调整份额', pilotAssessmentId: pilotId });
    // Amending the old version again is stale.
    expect((await host.call('POST', path(scaled), owner, agreement({ amends: 1, amendmentReason: '再次调整' }))).status).toBe(409);

    const overview = await host.call('GET', path(scaled), COORDINATOR);
    expect(overview.status).toBe(200);
    expect(overview.body.current).toMatchObject({ version: 2, current: true });
    expect(overview.body.versions.map((v: Json) => [v.version, v.current, v.parties.map((p: Json) => p.shareBasisPoints)])).toEqual([
      [2, true, [3000, 5000, 2000]],
      [1, false, [4000, 4500, 1500]],
    ]);
    expect(overview.body.basis).toMatchObject({ stage: 'operating.scaling', refusals: [], pilot: { assessmentId: pilotId }, value: { assessmentId: recognitionId } });

    const old = await host.call('GET', `${path(scaled)}/versions/1`, admin);
    expect(old.status).toBe(200);
    expect(old.body).toMatchObject({ version: 1, current: false, parties: parties([4000, 4500, 1500]), effectiveTo: '2029-06-30' });
    expect((await host.call('GET', `${path(scaled)}/versions/3`, owner)).status).toBe(404);
    expect((await host.call('GET', `${path(scaled)}/versions/one`, owner)).status).toBe(400);

    // The stored versions cannot be changed behind the API's back.
    await expect(host.db.query('UPDATE registry.benefit_sharing_agreement SET basis = $1 WHERE scenario_id = $2', ['改写', scaled.id])).rejects.toThrow(/cannot be changed/);
    await expect(host.db.query('DELETE FROM registry.benefit_sharing_agreement WHERE scenario_id = $1', [scaled.id])).rejects.toThrow(/cannot be changed/);
  });

  it('lets only officers of the owner unit make or amend, and only they, the coordinator and admins read (others 403)', async () => {
    for (const caller of [COORDINATOR, admin, outsider]) {
      const refused = await host.call('POST', path(scaled), caller, agreement({ amends: 2, amendmentReason: '越权' }));
      expect(refused.status).toBe(403);
    }
    expect((await host.call('POST', path(scaled), applicant, agreement())).status).toBe(403);
    for (const caller of [outsider, applicant]) expect((await host.call('GET', path(scaled), caller)).status).toBe(403);
    expect((await host.call('GET', `${path(scaled)}/versions/1`, outsider)).status).toBe(403);
    expect((await host.call('GET', path(scaled))).status).toBe(401);
    expect((await host.call('GET', '/api/scenarios/00000000-0000-4000-8000-000000000000/benefit-sharing', COORDINATOR)).status).toBe(404);
  });

  it('keeps an assessment outcome once, and ignores application reviews', async () => {
    const before = await host.count('scenario_assessment_outcome');
    await assessmentFinalized(host, scaled.id, 'application-review', true, '2026-06-02T08:00:00Z');
    expect(await host.count('scenario_assessment_outcome')).toBe(before);
  });
});
