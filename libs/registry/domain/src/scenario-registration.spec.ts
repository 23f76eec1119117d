import { budgetReserve, scenarioRegistrationSchema, withCanonicalDistrict } from './scenario-registration';

const minimal = { title: { zh: '  无人机城市巡检  ' }, domainCode: 'unmanned-systems', ownerUnit: '市城市管理局', ownerType: 'municipal-department', tier: 'high-value-niche' };

function fieldErrors(input: unknown): string[] {
  const result = scenarioRegistrationSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.') || issue.code);
}

describe('scenario registration', () => {
  it('accepts a minimal registration, trims text and defaults the taxonomy version, tags and contacts', () => {
    expect(scenarioRegistrationSchema.parse(minimal)).toEqual({ ...minimal, title: { zh: '无人机城市巡检' }, taxonomyVersion: '2025-draft', tags: [], contacts: [], coOwnerUnits: [] });
  });

  it('names every invalid field', () => {
    expect(fieldErrors({ title: { zh: '' }, domainCode: 'Not A Code', extra: 1 })).toEqual(
      expect.arrayContaining(['title.zh', 'domainCode', 'ownerUnit', 'ownerType', 'tier', 'unrecognized_keys']),
    );
    expect(fieldErrors({ ...minimal, ownerType: 'club', tier: 'huge', tags: ['x'.repeat(31)], contacts: [{ name: '王工' }, { name: '李工', email: 'nope' }] })).toEqual(
      expect.arrayContaining(['ownerType', 'tier', 'tags.0', 'contacts.0.phone', 'contacts.1.email']),
    );
  });

  it('requires the domain to exist in the taxonomy version the scenario is filed under', () => {
    const base = { ...minimal, ownerUnit: '市应急管理局' };
    expect(fieldErrors({ ...base, domainCode: 'mine-safety' })).toEqual([]);
    const merged = scenarioRegistrationSchema.safeParse({ ...base, domainCode: 'mine-safety', taxonomyVersion: '2026-final' });
    expect(merged.error?.issues).toEqual([expect.objectContaining({ path: ['domainCode'], message: expect.stringContaining('No domain mine-safety in taxonomy 2026-final') })]);
    expect(fieldErrors({ ...base, domainCode: 'emergency-management-mine-safety', taxonomyVersion: '2026-final' })).toEqual([]);
    expect(fieldErrors({ ...base, domainCode: 'space-mining', taxonomyVersion: '2024-old' })).toEqual(['taxonomyVersion']);
  });

  it('asks for the district of a district-owned scenario, the reserve of a government investment project, and why a sandbox is needed', () => {
    expect(fieldErrors({ ...minimal, ownerType: 'district', ownerUnit: '渝中区' })).toEqual(['district']);
    expect(fieldErrors({ ...minimal, budget: { totalFen: 100_000_000, fundingSource: 'government-investment' } })).toEqual(['budget.newScenarioReserveFen']);
    expect(fieldErrors({ ...minimal, budget: { totalFen: 10_000, fundingSource: 'fiscal-fund', newScenarioReserveFen: 20_000 } })).toEqual(['budget.newScenarioReserveFen']);
    expect(fieldErrors({ ...minimal, sandbox: { needed: true } })).toEqual(['sandbox.reason']);
  });

  it('takes a district the directory knows, by its name, an alias or its code, and stores it by its name', () => {
    expect(fieldErrors({ ...minimal, district: '火星区' })).toEqual(['district']);
    expect(scenarioRegistrationSchema.safeParse({ ...minimal, district: '火星区' }).error?.issues[0].message).toContain('未知区县「火星区」');
    for (const district of ['渝中区', '重庆市渝中区', '两江新区']) expect(fieldErrors({ ...minimal, district })).toEqual([]);
    expect(withCanonicalDistrict(scenarioRegistrationSchema.parse({ ...minimal, district: '重庆市渝中区' })).district).toBe('渝中区');
    expect(withCanonicalDistrict(scenarioRegistrationSchema.parse(minimal)).district).toBeUndefined();
  });

  it('takes money as integer fen only: a fraction of a fen, a string, a negative or more than 1 万亿元 is refused', () => {
    const budget = (totalFen: unknown) => ({ ...minimal, budget: { totalFen, fundingSource: 'fiscal-fund' } });
    expect(fieldErrors(budget(123_456))).toEqual([]);
    for (const bad of [1.5, '100', -1, 1e300, 100_000_000_000_001]) expect(new Set(fieldErrors(budget(bad)))).toEqual(new Set(['budget.totalFen']));
    expect(fieldErrors({ ...minimal, budget: { total: 100, fundingSource: 'fiscal-fund' } })).toEqual(expect.arrayContaining(['budget']));
  });

  it('flags a government investment project that reserves less than the plan’s minimum share (data: 5%)', () => {
    const gov = (reserve: number) => budgetReserve({ taxonomyVersion: '2026-final', budget: { totalFen: 200_000_000, fundingSource: 'government-investment', newScenarioReserveFen: reserve * 100 } });
    expect(gov(100_000)).toEqual({ share: 0.05, minimumShare: 0.05, belowMinimum: false });
    expect(gov(99_999)).toMatchObject({ belowMinimum: true });
    // The draft sets no minimum of its own: the newest version that does applies.
    expect(budgetReserve({ taxonomyVersion: '2025-draft', budget: { totalFen: 10_000, fundingSource: 'government-investment', newScenarioReserveFen: 100 } })).toMatchObject({ minimumShare: 0.05, belowMinimum: true });
    expect(budgetReserve({ taxonomyVersion: '2026-final', budget: { totalFen: 10_000, fundingSource: 'social-capital' } })).toEqual({ share: null, minimumShare: 0.05, belowMinimum: false });
    expect(budgetReserve({ taxonomyVersion: '2026-final' })).toEqual({ share: null, minimumShare: 0.05, belowMinimum: false });
  });
});
