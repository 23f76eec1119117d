import type { TaxonomyVersionId } from '@scq/taxonomy';
import { canonicalOwnerUnit, scenarioOwnership, ScenarioRegistrationError, type ScenarioRegistrant } from './scenario-registrant.policy';

const municipal = (ownerUnit: string, taxonomyVersion: TaxonomyVersionId = '2025-draft') => ({ ownerUnit, ownerType: 'municipal-department' as const, taxonomyVersion });
const officer = (unit: string | null): ScenarioRegistrant => ({ id: 'officer-1', roles: ['officer'], unit });
const coordinator: ScenarioRegistrant = { id: 'coordinator-1', roles: ['coordinator'], unit: '市发展改革委' };

function refusal(run: () => unknown): { kind: string; code: string; message: string; fields?: unknown } {
  try {
    run();
  } catch (error) {
    if (!(error instanceof ScenarioRegistrationError)) throw error;
    return { kind: error.kind, code: error.code, message: error.message, ...(error.fields ? { fields: error.fields } : {}) };
  }
  throw new Error('not refused');
}

describe('who registers a scenario for which unit', () => {
  it('stores a municipal department as the taxonomy names it, whether given by code, alias or name', () => {
    expect(canonicalOwnerUnit(municipal('市发改委'))).toBe('市发展改革委');
    expect(canonicalOwnerUnit(municipal('development-reform-commission'))).toBe('市发展改革委');
    expect(canonicalOwnerUnit(municipal(' 市交通运输委 ', '2026-final'))).toBe('市交通运输委');
  });

  it('refuses an unknown municipal department with a field error naming the endpoint that lists the units of that version', () => {
    expect(refusal(() => canonicalOwnerUnit(municipal('不存在的局', '2026-final')))).toEqual({
      kind: 'invalid',
      code: 'UNKNOWN_UNIT',
      message: expect.stringContaining('GET /api/taxonomy/2026-final/units'),
      fields: [{ path: 'ownerUnit', message: expect.stringContaining('GET /api/taxonomy/2026-final/units') }],
    });
  });

  it('keeps other owner types as free text, canonicalised when they name a known unit', () => {
    expect(canonicalOwnerUnit({ ownerUnit: ' 两江新区 ', ownerType: 'district', taxonomyVersion: '2025-draft' })).toBe('两江新区');
    expect(canonicalOwnerUnit({ ownerUnit: '重庆某科技有限公司', ownerType: 'enterprise', taxonomyVersion: '2025-draft' })).toBe('重庆某科技有限公司');
    expect(canonicalOwnerUnit({ ownerUnit: '市经信委', ownerType: 'municipal-soe', taxonomyVersion: '2025-draft' })).toBe('市经济信息委');
  });

  it('lets an officer register for their own unit only, naming it when refused', () => {
    expect(scenarioOwnership(officer('development-reform-commission'), municipal('市发改委'))).toEqual({ ownerUnit: '市发展改革委', registeredBy: 'officer-1', registeredOnBehalf: false });
    expect(refusal(() => scenarioOwnership(officer('市交通运输委'), municipal('市城市管理局')))).toEqual({
      kind: 'forbidden',
      code: 'NOT_OWN_UNIT',
      message: expect.stringMatching(/市交通运输委[\s\S]*市城市管理局/),
    });
    expect(refusal(() => scenarioOwnership(officer(null), municipal('市城市管理局')))).toMatchObject({ kind: 'forbidden', code: 'NOT_OWN_UNIT', message: expect.stringContaining('no unit') });
  });

  it('lets the coordinator and admins register for any unit, on its behalf unless it is their own', () => {
    expect(scenarioOwnership(coordinator, municipal('transport-commission'))).toEqual({ ownerUnit: '市交通运输委', registeredBy: 'coordinator-1', registeredOnBehalf: true });
    expect(scenarioOwnership(coordinator, municipal('市发改委'))).toEqual({ ownerUnit: '市发展改革委', registeredBy: 'coordinator-1', registeredOnBehalf: false });
    expect(scenarioOwnership({ id: 'admin-1', roles: ['admin'], unit: null }, { ownerUnit: '两江新区', ownerType: 'district', taxonomyVersion: '2025-draft' })).toEqual({
      ownerUnit: '两江新区',
      registeredBy: 'admin-1',
      registeredOnBehalf: true,
    });
    expect(refusal(() => scenarioOwnership(coordinator, municipal('不存在的局')))).toMatchObject({ kind: 'invalid', code: 'UNKNOWN_UNIT' });
  });

  it('lets a district officer register district-owned scenarios of their own district only', () => {
    const yuzhong = { id: 'officer-yz', roles: ['officer'], unit: null, district: '渝中区' };
    const owned = (district: string) => ({ ownerUnit: district, ownerType: 'district' as const, taxonomyVersion: '2025-draft' as const, district });
    expect(scenarioOwnership(yuzhong, owned('渝中区'))).toEqual({ ownerUnit: '渝中区', registeredBy: 'officer-yz', registeredOnBehalf: false });
    expect(refusal(() => scenarioOwnership(yuzhong, owned('江北区')))).toEqual({ kind: 'forbidden', code: 'NOT_OWN_DISTRICT', message: expect.stringMatching(/渝中区[\s\S]*江北区/) });
    expect(refusal(() => scenarioOwnership(yuzhong, municipal('市城市管理局')))).toMatchObject({ kind: 'forbidden', code: 'NOT_OWN_DISTRICT', message: expect.stringContaining('市城市管理局') });
  });

  it('refuses every other role before looking at the unit', () => {
    for (const roles of [['applicant'], ['evaluator'], ['leadership'], ['auditor'], []]) {
      expect(refusal(() => scenarioOwnership({ id: 'x', roles, unit: '市城市管理局' }, municipal('不存在的局')))).toMatchObject({ kind: 'forbidden', code: 'FORBIDDEN' });
    }
  });
});
