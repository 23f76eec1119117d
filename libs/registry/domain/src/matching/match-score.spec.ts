import { matchTerms } from './match-text';
import { rankMatches, scoreMatch, type MatchOpportunity, type MatchSupplier } from './match-score';
import { canonicalSupplierProfile, creditStatusChangeSchema, supplierProfileInputSchema } from './supplier-profile';

const opportunity: MatchOpportunity = {
  title: { zh: '林区无人机防火巡检' },
  description: { zh: '在缙云山林区开展无人机森林防火巡查与火点识别' },
  capabilities: ['无人机巡检', '火点识别'],
  domainCode: 'forestry-grassland',
  district: '北碚区',
};

function supplier(overrides: Partial<MatchSupplier> = {}): MatchSupplier {
  return {
    capabilities: '工业级多旋翼无人机研发制造；红外热成像火点识别算法',
    tags: ['低空巡检'],
    products: [{ name: '长航时巡检无人机', description: '林区、电网巡检' }],
    domains: ['unmanned-systems'],
    districts: ['北碚区'],
    firstSetRecognitions: [],
    trackRecord: { agreements: 0, byDomain: {} },
    credit: { status: 'normal' },
    ...overrides,
  };
}

describe('matchTerms', () => {
  it('splits Chinese into character bigrams, keeps Latin words and drops words that say nothing', () => {
    expect([...matchTerms('无人机巡检')]).toEqual(['无人', '人机', '机巡', '巡检']);
    expect(matchTerms('5G 专网 and BIM 建模')).toEqual(new Set(['专网', '建模', '5g', 'bim']));
    expect(matchTerms('智慧场景应用').size).toBe(0);
  });
});

describe('scoreMatch', () => {
  it('says which offer met which need, with the terms they share', () => {
    const result = scoreMatch(opportunity, supplier());
    const capabilities = result.reasons.filter((r) => r.kind === 'capability');
    expect(capabilities).toEqual([
      expect.objectContaining({ need: '无人机巡检', offerKind: 'product', offer: '长航时巡检无人机', shared: ['无人', '人机', '巡检'] }),
      expect.objectContaining({ need: '火点识别', offerKind: 'capability', offer: '红外热成像火点识别算法', shared: ['火点', '点识', '识别'], coverage: 1 }),
    ]);
    expect(result.reasons).toContainEqual({ kind: 'district', district: '北碚区', points: 5 });
    expect(result.reasons.some((r) => r.kind === 'domain')).toBe(false);
    expect(result.score).toBeGreaterThan(50);
  });

  it('adds the domain, the track record in the domain and a 首台(套) product that meets a need', () => {
    const plain = scoreMatch(opportunity, supplier());
    const rich = scoreMatch(
      opportunity,
      supplier({ domains: ['forestry-grassland'], trackRecord: { agreements: 3, byDomain: { 'forestry-grassland': 1 } }, firstSetRecognitions: [{ product: '林区巡检无人机', year: 2025, level: 'municipal' }] }),
    );
    expect(rich.reasons).toEqual(
      expect.arrayContaining([
        { kind: 'domain', domainCode: 'forestry-grassland', points: 15 },
        { kind: 'track-record', agreements: 3, inDomain: 1, points: 5 },
        { kind: 'first-set', product: '林区巡检无人机', year: 2025, level: 'municipal', need: '无人机巡检', points: 4 },
      ]),
    );
    expect(rich.score).toBe(Math.min(100, plain.score + 15 + 5 + 4));
  });

  it('gives reputation, district and 首台(套) nothing to a supplier that meets no need and works in another domain', () => {
    const unrelated = supplier({
      capabilities: '财务共享与会计核算软件',
      tags: [],
      products: [{ name: '财务云' }],
      districts: ['全市'],
      trackRecord: { agreements: 9, byDomain: { 'forestry-grassland': 4 } },
      firstSetRecognitions: [{ product: '财务云', year: 2024, level: 'national' }],
    });
    expect(scoreMatch(opportunity, unrelated)).toEqual({ score: 0, reasons: [] });
  });

  it('scores a 失信-restricted supplier 0 whatever it offers', () => {
    expect(scoreMatch(opportunity, supplier({ credit: { status: 'restricted' } }))).toEqual({ score: 0, reasons: [] });
  });

  it('ranks by score, then by key, and leaves out zero scores', () => {
    const strong = scoreMatch(opportunity, supplier({ domains: ['forestry-grassland'] }));
    const weak = scoreMatch(opportunity, supplier({ capabilities: '农业植保', tags: [], products: [{ name: '植保无人机' }], districts: [] }));
    const none = { score: 0, reasons: [] };
    const ranked = rankMatches([{ key: 'b-weak', result: weak }, { key: 'z-none', result: none }, { key: 'c-strong', result: strong }, { key: 'a-strong', result: strong }], 10);
    expect(ranked.map((c) => c.key)).toEqual(['a-strong', 'c-strong', 'b-weak']);
    expect(weak.score).toBeGreaterThan(0);
    expect(rankMatches(ranked, 1).map((c) => c.key)).toEqual(['a-strong']);
  });
});

describe('supplier profile input', () => {
  it('refuses an unknown field and a domain that is not a code, and defaults the lists', () => {
    expect(supplierProfileInputSchema.safeParse({ capabilities: 'x', domains: ['无人系统'] }).success).toBe(false);
    expect(supplierProfileInputSchema.safeParse({ capabilities: 'x', credit: 'normal' }).success).toBe(false);
    expect(supplierProfileInputSchema.parse({ capabilities: '无人机' })).toEqual({ capabilities: '无人机', tags: [], products: [], domains: [], districts: [], firstSetRecognitions: [] });
  });

  it('refuses a domain code the taxonomy does not have and a district the directory does not know, each at its item', () => {
    const refused = supplierProfileInputSchema.safeParse({ capabilities: 'x', domains: ['unmanned-systems', 'not-a-domain'], districts: ['北碚区', '火星区'] });
    expect(refused.success).toBe(false);
    expect(refused.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['domains.1', 'districts.1']);
    expect(refused.error?.issues[0].message).toContain('未知的领域代码');
    expect(supplierProfileInputSchema.safeParse({ capabilities: 'x', domains: ['unmanned-systems'], districts: ['全市', '两江新区', '石柱县'] }).success).toBe(true);
  });

  it('stores districts by the directory’s names, once each, and 全市 as it is', () => {
    const input = supplierProfileInputSchema.parse({ capabilities: 'x', districts: ['石柱县', '石柱土家族自治县', '全市'] });
    expect(canonicalSupplierProfile(input).districts).toEqual(['石柱土家族自治县', '全市']);
  });

  it('needs a reason and a date to restrict a supplier', () => {
    expect(creditStatusChangeSchema.safeParse({ status: 'restricted' }).success).toBe(false);
    expect(creditStatusChangeSchema.parse({ status: 'restricted', reason: '列入失信被执行人名单', since: '2026-03-01' })).toEqual({ status: 'restricted', reason: '列入失信被执行人名单', since: '2026-03-01' });
    expect(creditStatusChangeSchema.parse({ status: 'normal' })).toEqual({ status: 'normal' });
  });
});
