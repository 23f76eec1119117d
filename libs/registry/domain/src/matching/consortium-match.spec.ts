import { consortiumSupplier, scoreConsortium, type ConsortiumMemberOffer } from './consortium-match';
import { scoreMatch, type MatchOpportunity, type MatchSupplier } from './match-score';

const opportunity: MatchOpportunity = {
  title: { zh: '林区无人机防火巡检' },
  description: { zh: '在缙云山林区开展无人机森林防火巡查与火点识别' },
  capabilities: ['无人机巡检', '火点识别'],
  domainCode: 'forestry-grassland',
  district: '北碚区',
};

function supplier(overrides: Partial<MatchSupplier> = {}): MatchSupplier {
  return { capabilities: '', tags: [], products: [], domains: [], districts: [], firstSetRecognitions: [], trackRecord: { agreements: 0, byDomain: {} }, credit: { status: 'normal' }, ...overrides };
}

// One member flies the drones, the other recognises fire: neither meets both needs alone.
const drones: ConsortiumMemberOffer = {
  organisation: '重庆翼飞无人机公司',
  supplier: supplier({ capabilities: '工业级多旋翼无人机研发制造', products: [{ name: '长航时巡检无人机' }], districts: ['全市'], trackRecord: { agreements: 2, byDomain: { 'forestry-grassland': 1, 'smart-logistics': 1 } } }),
};
const vision: ConsortiumMemberOffer = {
  organisation: '重庆大学',
  supplier: supplier({ capabilities: '红外热成像火点识别算法', domains: ['forestry-grassland'], trackRecord: { agreements: 1, byDomain: { 'forestry-grassland': 1 } }, firstSetRecognitions: [{ product: '林区巡检无人机', year: 2025, level: 'municipal' }] }),
};

describe('scoreConsortium', () => {
  it('scores the union of the members’ profiles above either member alone, each reason naming the member whose offer met the need', () => {
    const result = scoreConsortium(opportunity, [drones, vision]);
    expect(result.score).toBeGreaterThan(scoreMatch(opportunity, drones.supplier).score);
    expect(result.score).toBeGreaterThan(scoreMatch(opportunity, vision.supplier).score);
    expect(result.reasons.filter((r) => r.kind === 'capability')).toEqual([
      expect.objectContaining({ need: '无人机巡检', offerKind: 'product', offer: '长航时巡检无人机', members: ['重庆翼飞无人机公司'] }),
      expect.objectContaining({ need: '火点识别', offerKind: 'capability', offer: '红外热成像火点识别算法', coverage: 1, members: ['重庆大学'] }),
    ]);
    expect(result.reasons).toEqual(
      expect.arrayContaining([
        { kind: 'domain', domainCode: 'forestry-grassland', points: 15, members: ['重庆大学'] },
        { kind: 'district', district: '北碚区', points: 5, members: ['重庆翼飞无人机公司'] },
        { kind: 'track-record', agreements: 3, inDomain: 2, points: 7, members: ['重庆翼飞无人机公司', '重庆大学'] },
        expect.objectContaining({ kind: 'first-set', product: '林区巡检无人机', members: ['重庆大学'] }),
      ]),
    );
    // It is scoreMatch of the union, not a second scorer.
    expect(result.score).toBe(scoreMatch(opportunity, consortiumSupplier([drones, vision])).score);
  });

  it('sums the track record per domain and keeps each tag, domain and district once', () => {
    const union = consortiumSupplier([drones, vision, { organisation: 'x', supplier: supplier({ tags: ['巡检'], domains: ['forestry-grassland'], districts: ['全市'] }) }]);
    expect(union.trackRecord).toEqual({ agreements: 3, byDomain: { 'forestry-grassland': 2, 'smart-logistics': 1 } });
    expect(union.domains).toEqual(['forestry-grassland']);
    expect(union.districts).toEqual(['全市']);
    expect(union.capabilities.split('\n')).toEqual(['工业级多旋翼无人机研发制造', '红外热成像火点识别算法', '']);
  });

  it('leaves out a consortium with a 失信-restricted member, and one whose members have no profile', () => {
    expect(scoreConsortium(opportunity, [drones, { ...vision, supplier: { ...vision.supplier, credit: { status: 'restricted' } } }])).toEqual({ score: 0, reasons: [] });
    expect(scoreConsortium(opportunity, [])).toEqual({ score: 0, reasons: [] });
  });
});
