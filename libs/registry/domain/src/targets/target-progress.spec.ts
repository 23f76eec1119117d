import type { MatchmakingEventFact, OpportunityFact, ScenarioFact, TaxonomyPlacement } from './target-facts';
import { targetProgress } from './target-progress';

const final = (domainCode: string, aspectCode: string): TaxonomyPlacement => ({ taxonomyVersion: '2026-final', domainCode, aspectCode });
const UNMANNED = final('unmanned-systems', 'new-fields-new-tracks');
const SMART_CITY = final('smart-city', 'social-governance');
const HEALTHCARE = final('healthcare', 'livelihood');
const MINE_SAFETY_DRAFT: TaxonomyPlacement = { taxonomyVersion: '2025-draft', domainCode: 'mine-safety', aspectCode: 'sector-applications' };

const scenario = (id: string, registeredAt: string, placement: TaxonomyPlacement, more: Partial<ScenarioFact> = {}): ScenarioFact => ({
  id,
  tier: 'comprehensive-major',
  district: null,
  registeredAt: new Date(registeredAt),
  // Recognised the moment it was registered unless a case says otherwise.
  recognisedAt: new Date(registeredAt),
  fundingSource: null,
  budgetTotalFen: null,
  newScenarioReserveFen: null,
  joint: false,
  ...placement,
  ...more,
});

const scenarios: ScenarioFact[] = [
  scenario('s1', '2026-03-01T02:00:00Z', UNMANNED, { district: '两江新区', fundingSource: 'government-investment', budgetTotalFen: 100_000, newScenarioReserveFen: 5_000 }),
  scenario('s2', '2026-04-01T02:00:00Z', SMART_CITY, { district: '渝中区', fundingSource: 'government-investment', budgetTotalFen: 100_000, newScenarioReserveFen: 4_999 }),
  scenario('s3', '2026-05-01T02:00:00Z', MINE_SAFETY_DRAFT, { fundingSource: 'soe-own', budgetTotalFen: 100_000 }),
  scenario('s4', '2026-06-01T02:00:00Z', UNMANNED, { tier: 'high-value-niche', district: '两江新区', fundingSource: 'government-investment', budgetTotalFen: 50_000 }),
  // 2025-12-31 16:30 UTC is 2026-01-01 in Beijing: this year's.
  scenario('s5', '2025-12-31T16:30:00Z', HEALTHCARE, { district: '两江新区' }),
  // 2026-12-31 16:30 UTC is already 2027 in Beijing: next year's, for both the target and the reserve check.
  scenario('s6', '2026-12-31T16:30:00Z', HEALTHCARE, { fundingSource: 'government-investment', budgetTotalFen: 10_000, newScenarioReserveFen: 0 }),
  // Registered this year but never recognised, and registered last year but recognised this year.
  scenario('s7', '2026-02-01T02:00:00Z', HEALTHCARE, { recognisedAt: null }),
  scenario('s8', '2025-10-01T02:00:00Z', SMART_CITY, { recognisedAt: new Date('2026-09-01T02:00:00Z') }),
];

const opportunity = (
  id: string,
  publishedOn: string,
  placement: TaxonomyPlacement,
  district: string | null,
  closeReason: string | null = null,
  more: Partial<OpportunityFact> = {},
): OpportunityFact => ({
  id,
  publishedOn,
  closeReason,
  respondBy: '2099-12-31',
  scenarioStage: 'operating.open',
  district,
  ...placement,
  ...more,
});

const opportunities: OpportunityFact[] = [
  opportunity('o1', '2026-02-01', UNMANNED, '两江新区'),
  opportunity('o2', '2026-03-01', SMART_CITY, '渝中区', 'matched'),
  opportunity('o3', '2026-04-01', SMART_CITY, '渝中区', 'withdrawn'),
  opportunity('o4', '2025-12-31', UNMANNED, '两江新区'),
  opportunity('o5', '2026-05-31', MINE_SAFETY_DRAFT, null, 'expired'),
  opportunity('o6', '2026-03-01', MINE_SAFETY_DRAFT, null, null, { scenarioStage: 'listed' }),
  opportunity('o7', '2026-03-01', HEALTHCARE, null, null, { scenarioStage: 'proposed' }),
  opportunity('o8', '2026-03-01', HEALTHCARE, null, null, { scenarioStage: null }),
  opportunity('o9', '2026-03-01', HEALTHCARE, null, null, { respondBy: '2026-06-29' }),
  opportunity('o10', '2026-01-10', UNMANNED, '两江新区', 'matched', { respondBy: '2026-02-01', scenarioStage: 'operating.matched' }),
  // Recognised but not yet listed: not counted; listed, since suspended: counted.
  opportunity('o11', '2026-03-01', HEALTHCARE, null, null, { scenarioStage: 'recognition.recognized' }),
  opportunity('o12', '2026-03-02', MINE_SAFETY_DRAFT, null, null, { scenarioStage: 'suspended.reported' }),
];

const events: MatchmakingEventFact[] = [
  { id: 'e1', heldOn: '2026-05-01', district: '两江新区', hasOutcome: true, presented: [UNMANNED, SMART_CITY, UNMANNED] },
  { id: 'e2', heldOn: '2026-06-30', district: null, hasOutcome: true, presented: [] },
  { id: 'e3', heldOn: '2026-07-01', district: '两江新区', hasOutcome: true, presented: [UNMANNED] },
  { id: 'e4', heldOn: '2025-11-11', district: '渝中区', hasOutcome: true, presented: [HEALTHCARE] },
  { id: 'e5', heldOn: '2026-01-15', district: '渝中区', hasOutcome: true, presented: [HEALTHCARE] },
  // Held, but nothing came of it on record: not counted.
  { id: 'e6', heldOn: '2026-02-15', district: '渝中区', hasOutcome: false, presented: [HEALTHCARE] },
];

const report = (version: '2026-final' | '2025-draft' = '2026-final') => targetProgress({ year: 2026, version, today: '2026-06-30', facts: { scenarios, opportunities, events } });
const counts = (items: Array<{ code: string | null; count: number }>) => Object.fromEntries(items.filter((i) => i.count > 0).map((i) => [i.code ?? '(unclassified)', i.count]));

describe('target progress', () => {
  it('counts comprehensive major scenarios recognised in the Beijing year (not merely registered), by aspect, domain and district', () => {
    const metric = report().comprehensiveMajorScenarios;
    expect(metric).toMatchObject({ target: 20, actual: 5, percent: 25, met: false });
    expect(metric.byAspect.map((a) => [a.code, a.count])).toEqual([
      ['new-fields-new-tracks', 1],
      ['industrial-upgrading', 0],
      ['sector-applications', 1],
      ['social-governance', 2],
      ['livelihood', 1],
    ]);
    expect(metric.byDomain).toHaveLength(21);
    expect(counts(metric.byDomain)).toEqual({ 'unmanned-systems': 1, 'smart-city': 2, 'emergency-management-mine-safety': 1, healthcare: 1 });
    expect(metric.byDistrict).toEqual([
      { district: '两江新区', count: 2 },
      { district: '渝中区', count: 1 },
      { district: null, count: 2 },
    ]);
  });

  it('counts events held in the year up to today; an event counts under each aspect and domain it presented', () => {
    const metric = report().matchmakingEvents;
    expect(metric).toMatchObject({ target: 200, actual: 3, percent: 1.5, met: false });
    expect(counts(metric.byAspect)).toEqual({ 'new-fields-new-tracks': 1, 'social-governance': 1, livelihood: 1, '(unclassified)': 1 });
    expect(counts(metric.byDomain)).toEqual({ 'unmanned-systems': 1, 'smart-city': 1, healthcare: 1, '(unclassified)': 1 });
    expect(metric.byAspect.at(-1)).toMatchObject({ code: null, zhName: '未归类' });
    expect(metric.byDistrict).toEqual([
      { district: '两江新区', count: 1 },
      { district: '渝中区', count: 1 },
      { district: null, count: 1 },
    ]);
  });

  it('counts effective opportunities published in the year: of a scenario that has been listed, not expired (closed as matched included; withdrawn not)', () => {
    const metric = report().scenarioOpportunities;
    expect(metric).toMatchObject({ target: 2000, actual: 5, percent: 0.3, met: false });
    expect(counts(metric.byAspect)).toEqual({ 'new-fields-new-tracks': 2, 'social-governance': 1, 'sector-applications': 2 });
    expect(counts(metric.byDomain)).toEqual({ 'unmanned-systems': 2, 'smart-city': 1, 'emergency-management-mine-safety': 2 });
    expect(metric.byDistrict).toEqual([
      { district: '两江新区', count: 2 },
      { district: '渝中区', count: 1 },
      { district: null, count: 2 },
    ]);
  });

  it('reports the budget-reserve compliance of the year’s government-investment scenarios with the minimum from the data', () => {
    expect(report().budgetReserve).toMatchObject({
      minimumShare: 0.05,
      minimumShareVersion: '2026-final',
      governmentInvestmentScenarios: 3,
      compliant: 1,
      nonCompliant: 2,
      complianceRate: 0.3333,
      nonCompliantScenarioIds: ['s2', 's4'],
    });
  });

  it('says so when the version sets no annual targets, and reads the reserve minimum from the newest version that sets one', () => {
    const draft = report('2025-draft');
    expect(draft.targets).toEqual({ defined: false, note: expect.stringContaining('没有数值化的年度目标'), source: null });
    expect(draft.comprehensiveMajorScenarios).toMatchObject({ target: null, actual: 5, percent: null, met: null });
    expect(draft.scenarioOpportunities).toMatchObject({ target: null, actual: 5 });
    expect(draft.budgetReserve).toMatchObject({ minimumShare: 0.05, minimumShareVersion: '2026-final', nonCompliantScenarioIds: ['s2', 's4'] });
    // In the draft's 22 domains, the final smart-city maps back to smart-city and the draft's mine-safety stays itself.
    expect(counts(draft.comprehensiveMajorScenarios.byDomain)).toEqual({ 'unmanned-systems': 1, 'smart-city': 2, 'mine-safety': 1, healthcare: 1 });
    expect(draft.comprehensiveMajorScenarios.byDomain).toHaveLength(22);
  });

  it('meets a target at exactly the target, and reports an empty year as zeros', () => {
    const many = Array.from({ length: 20 }, (_, i) => scenario(`m${i}`, '2027-02-01T00:00:00Z', UNMANNED));
    const next = targetProgress({ year: 2027, version: '2026-final', today: '2027-12-31', facts: { scenarios: many, opportunities: [], events: [] } });
    expect(next.comprehensiveMajorScenarios).toMatchObject({ actual: 20, percent: 100, met: true });
    expect(next.matchmakingEvents).toMatchObject({ actual: 0, percent: 0, met: false, byDistrict: [] });
    expect(next.budgetReserve).toMatchObject({ governmentInvestmentScenarios: 0, complianceRate: null, nonCompliantScenarioIds: [] });
  });
});
