import { aspects, domain, domains, mechanisms, planTargets, successorDomain, taxonomy } from './index';
import { readSeed } from './testing/seed-file';

/** 2026-final: facts against the press article (seed 003), domains against the documented 22 → 21 mapping. */

const DRAFT = '2025-draft';
const FINAL = '2026-final';

describe('2026-final against the press article (seed 003) and the 22 → 21 mapping', () => {
  let article: string;
  let draftText: string;

  beforeAll(() => {
    article = readSeed('003_5c6542698b279700.txt');
    draftText = readSeed('000_af6b83ffc61223da.txt');
  });

  it('has as many aspects and domains as the article says (5个方面21个重点领域)', () => {
    const [, aspectCount, domainCount] = /(\d+)个方面(\d+)个重点领域/.exec(article) ?? [];
    expect(aspects(FINAL)).toHaveLength(Number(aspectCount));
    expect(domains(FINAL)).toHaveLength(Number(domainCount));
    expect([aspects(FINAL).length, domains(FINAL).length]).toEqual([5, 21]);
    expect(domains(FINAL).map((d) => d.number)).toEqual(Array.from({ length: 21 }, (_, i) => i + 1));
  });

  it('is marked derived from 2025-draft, with a source note and its assumptions', () => {
    const version = taxonomy(FINAL);
    expect(version.derived).toBe(true);
    expect(version.derivedFrom?.version).toBe(DRAFT);
    expect(version.derivedFrom?.assumptions.length).toBeGreaterThan(0);
    expect(version.source).toMatch(/003_5c6542698b279700/);
    expect(taxonomy(DRAFT).derived).toBe(false);
  });

  it('maps every draft domain to exactly one final domain, and every final domain from draft domain(s)', () => {
    const sources = domains(FINAL).flatMap((d) => d.derivedFrom ?? []);
    expect([...sources].sort()).toEqual(domains(DRAFT).map((d) => d.code).sort());
    for (const final of domains(FINAL)) {
      expect(final.derivedFrom?.length).toBeGreaterThan(0);
      for (const code of final.derivedFrom ?? []) expect(domain(DRAFT, code).aspect).toBe(final.aspect);
    }
    // the draft order is kept
    expect(sources).toEqual(domains(DRAFT).map((d) => d.code));
  });

  it('merges exactly emergency management and mine safety, the two domains with identical responsible units', () => {
    const merged = domains(FINAL).filter((d) => (d.derivedFrom?.length ?? 0) > 1);
    expect(merged.map((d) => ({ code: d.code, from: d.derivedFrom }))).toEqual([
      { code: 'emergency-management-mine-safety', from: ['emergency-management', 'mine-safety'] },
    ]);
    expect(domain(DRAFT, 'emergency-management').responsibleUnits).toEqual(domain(DRAFT, 'mine-safety').responsibleUnits);
    expect(successorDomain(FINAL, 'mine-safety')?.code).toBe('emergency-management-mine-safety');
    expect(successorDomain(FINAL, 'digital-economy')?.code).toBe('digital-economy');
    expect(successorDomain(FINAL, 'no-such-domain')).toBeUndefined();
  });

  it('keeps each domain’s responsible units from the draft (the ordered union for a merge)', () => {
    for (const final of domains(FINAL)) {
      const union = [...new Set((final.derivedFrom ?? []).flatMap((code) => domain(DRAFT, code).responsibleUnits))];
      expect({ domain: final.code, units: final.responsibleUnits }).toEqual({ domain: final.code, units: union });
      if (final.derivedFrom?.length === 1) {
        const source = domain(DRAFT, final.derivedFrom[0]);
        expect({ code: final.code, zhName: final.zhName, enName: final.enName }).toEqual({ code: source.code, zhName: source.zhName, enName: source.enName });
      }
    }
  });

  it('cites only phrases that are in the article as evidence', () => {
    for (const d of domains(FINAL)) for (const mention of d.sourceMentions ?? []) expect({ mention, found: article.includes(mention) }).toEqual({ mention, found: true });
  });

  it('takes each mechanism instrument from the draft or the article', () => {
    for (const mechanism of mechanisms(FINAL)) {
      for (const instrument of mechanism.instruments) {
        expect({ instrument, found: draftText.includes(instrument) || article.includes(instrument) }).toEqual({ instrument, found: true });
      }
    }
    expect(mechanisms(FINAL).map((m) => [m.code, m.responsibleUnits])).toEqual(mechanisms(DRAFT).map((m) => [m.code, m.responsibleUnits]));
  });

  it('carries the plan facts of the article: 2028, the annual targets and the 5% budget reserve', () => {
    const targets = planTargets(FINAL);
    expect(Number(/到(\d{4})年基本建成/.exec(article)?.[1])).toBe(targets.targetYear);
    expect(targets.targetYear).toBe(2028);
    expect(article).toContain(targets.targetYearSource.quote);

    const [, major, events, opportunities] = /每年打造(\d+)个[^，]*综合性重大场景，举办(\d+)场以上供需对接活动，开放(\d+)项以上有效场景机会/.exec(article) ?? [];
    expect(targets.annualTargets).toMatchObject({
      comprehensiveMajorScenarios: Number(major),
      matchmakingEvents: Number(events),
      scenarioOpportunities: Number(opportunities),
    });
    expect(targets.annualTargets).toMatchObject({ comprehensiveMajorScenarios: 20, matchmakingEvents: 200, scenarioOpportunities: 2000 });
    expect(article).toContain(targets.annualTargets?.source.quote);

    expect(targets.budgetReserveMinShare).toBe(Number(/预留不低于(\d+)%的预算/.exec(article)?.[1]) / 100);
    expect(targets.budgetReserveMinShare).toBe(0.05);
    expect(article).toContain(targets.budgetReserveSource?.quote);
  });

  it('attests each scenario tier only with quotes that are in the seeds', () => {
    const texts = { '000_af6b83ffc61223da.txt': draftText, '003_5c6542698b279700.txt': article };
    for (const version of [DRAFT, FINAL]) {
      const tiers = planTargets(version).scenarioTiers;
      expect(tiers.map((t) => t.code)).toEqual(['comprehensive-major', 'industry-integrated', 'high-value-niche']);
      for (const tier of tiers) for (const source of tier.sources) expect(texts[source.seed]).toContain(source.quote);
    }
    const [major, integrated, niche] = planTargets(FINAL).scenarioTiers;
    expect(major.sources.map((s) => s.seed)).toEqual(['000_af6b83ffc61223da.txt', '003_5c6542698b279700.txt']);
    expect(draftText.includes('集成式') || article.includes('集成式')).toBe(false);
    expect(integrated.sources).toEqual([]);
    expect(draftText.includes('小切口') || article.includes('小切口')).toBe(false);
    expect(niche.sources.every((s) => !s.quote.includes('小切口'))).toBe(true);
  });
});
