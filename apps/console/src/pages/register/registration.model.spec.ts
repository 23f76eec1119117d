import { requestOf, unfilledFields, type Form } from './registration.model';

const complete: Form = {
  titleZh: '无人机城市巡检',
  titleEn: '',
  descriptionZh: '',
  domainCode: 'unmanned-systems',
  ownerType: 'municipal-department',
  ownerUnit: '市城市管理局',
  district: '',
  tier: 'high-value-niche',
  budgetTotal: '',
  fundingSource: '',
  reserve: '',
  coOwnerUnits: '',
};

describe('what the registration form tells before sending', () => {
  it('nothing for a complete form, with or without a budget', () => {
    expect(unfilledFields(complete)).toEqual(new Map());
    expect(unfilledFields({ ...complete, budgetTotal: '1,200,000.50', fundingSource: 'fiscal-fund' })).toEqual(new Map());
  });

  it('each required field left empty, by the API’s path', () => {
    expect([...unfilledFields({ ...complete, titleZh: '  ', domainCode: '', tier: '', ownerUnit: '' }).keys()]).toEqual(['title.zh', 'domainCode', 'tier', 'ownerUnit']);
  });

  it('a district-owned scenario without its district', () => {
    expect(unfilledFields({ ...complete, ownerType: 'district', ownerUnit: '渝中区' }).get('district')).toBe('fillDistrict');
  });

  it('a budget begun without its total or its funding source (the request would carry it half)', () => {
    const begun = { ...complete, budgetTotal: '1,200,000.50' };
    expect(unfilledFields(begun)).toEqual(new Map([['budget.fundingSource', 'chooseFundingSource']]));
    expect(requestOf(begun).budget).toEqual({ totalFen: 120_000_050, fundingSource: undefined });
    expect(unfilledFields({ ...complete, fundingSource: 'mixed' })).toEqual(new Map([['budget.totalFen', 'fillBudgetTotal']]));
  });
});
