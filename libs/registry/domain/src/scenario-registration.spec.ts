import { isNewerStage, scenarioRegistrationSchema } from './scenario-registration';

describe('scenario registration', () => {
  it('accepts a minimal registration and defaults the taxonomy version', () => {
    const parsed = scenarioRegistrationSchema.parse({ title: { zh: '  无人机城市巡检  ' }, domainCode: 'unmanned-systems', ownerUnit: '市城市管理局' });
    expect(parsed).toEqual({ title: { zh: '无人机城市巡检' }, domainCode: 'unmanned-systems', ownerUnit: '市城市管理局', taxonomyVersion: '2025-draft' });
  });

  it('names every invalid field', () => {
    const result = scenarioRegistrationSchema.safeParse({ title: { zh: '' }, domainCode: 'Not A Code', extra: 1 });
    expect(result.success).toBe(false);
    const paths = result.error!.issues.map((issue) => issue.path.join('.') || issue.code);
    expect(paths).toEqual(expect.arrayContaining(['title.zh', 'domainCode', 'ownerUnit', 'unrecognized_keys']));
  });

  it('requires the domain to exist in the taxonomy version the scenario is filed under', () => {
    const base = { title: { zh: '应急救援无人机' }, ownerUnit: '市应急管理局' };
    expect(scenarioRegistrationSchema.safeParse({ ...base, domainCode: 'mine-safety' }).success).toBe(true);
    const merged = scenarioRegistrationSchema.safeParse({ ...base, domainCode: 'mine-safety', taxonomyVersion: '2026-final' });
    expect(merged.error?.issues).toEqual([expect.objectContaining({ path: ['domainCode'], message: expect.stringContaining('No domain mine-safety in taxonomy 2026-final') })]);
    expect(scenarioRegistrationSchema.safeParse({ ...base, domainCode: 'emergency-management-mine-safety', taxonomyVersion: '2026-final' }).success).toBe(true);
    expect(scenarioRegistrationSchema.safeParse({ ...base, domainCode: 'space-mining', taxonomyVersion: '2024-old' }).error?.issues.map((i) => i.path.join('.'))).toEqual(['taxonomyVersion']);
  });

  it('applies only newer stage reports', () => {
    expect(isNewerStage({ stageSequence: null }, 0)).toBe(true);
    expect(isNewerStage({ stageSequence: 1 }, 1)).toBe(false);
    expect(isNewerStage({ stageSequence: 1 }, 0)).toBe(false);
    expect(isNewerStage({ stageSequence: 1 }, 2)).toBe(true);
  });
});
