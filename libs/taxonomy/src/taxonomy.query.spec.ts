import {
  aspects,
  coordinator,
  domain,
  domains,
  domainsForUnit,
  findAspect,
  findDomain,
  findUnit,
  isCoordinator,
  isResponsibleFor,
  isTaxonomyVersionId,
  mechanisms,
  planTargets,
  responsibleUnits,
  taxonomy,
  taxonomyVersions,
  unit,
  units,
  TaxonomyLookupError,
  UnknownAspectError,
  UnknownDomainError,
  UnknownTaxonomyVersionError,
  UnknownUnitError,
} from './index';

const DRAFT = '2025-draft';
const FINAL = '2026-final';
const kebab = /^[a-z0-9]+(-[a-z0-9]+)*$/;

describe('taxonomy versions', () => {
  it('lists the versions oldest first, in the format the registry accepts', () => {
    expect(taxonomyVersions()).toEqual([DRAFT, FINAL]);
    for (const version of taxonomyVersions()) {
      expect(version).toMatch(/^\d{4}-[a-z]+$/);
      expect(taxonomy(version).version).toBe(version);
    }
    expect(isTaxonomyVersionId(FINAL)).toBe(true);
    expect(isTaxonomyVersionId('2027-final')).toBe(false);
    expect(isTaxonomyVersionId(2025)).toBe(false);
    expect(isTaxonomyVersionId('toString')).toBe(false);
  });

  it('throws a clear, bilingual error for an unknown version, from every lookup', () => {
    expect(() => taxonomy('2024-draft')).toThrow(UnknownTaxonomyVersionError);
    expect(() => taxonomy('2024-draft')).toThrow('未知的分类版本 "2024-draft",已知版本:2025-draft、2026-final。Unknown taxonomy version "2024-draft"; known versions: 2025-draft, 2026-final.');
    for (const lookup of [aspects, domains, units, mechanisms, planTargets, coordinator] as ((version: string) => unknown)[]) {
      expect(() => lookup('nope')).toThrow(UnknownTaxonomyVersionError);
    }
    expect(() => domain('nope', 'digital-economy')).toThrow(UnknownTaxonomyVersionError);
    expect(() => domainsForUnit('nope', '市应急管理局')).toThrow(UnknownTaxonomyVersionError);
    expect(() => isResponsibleFor('nope', '市应急管理局', 'mine-safety')).toThrow(UnknownTaxonomyVersionError);
    try {
      taxonomy('x');
    } catch (error) {
      expect(error).toBeInstanceOf(TaxonomyLookupError);
      expect((error as TaxonomyLookupError).code).toBe('unknown-taxonomy-version');
    }
  });

  it('is read-only reference data', () => {
    const first = domains(DRAFT)[0];
    expect(Object.isFrozen(first)).toBe(true);
    expect(Object.isFrozen(first.responsibleUnits)).toBe(true);
    expect(() => (first.responsibleUnits as string[]).push('市财政局')).toThrow(TypeError);
    expect(Object.isFrozen(planTargets(FINAL).annualTargets)).toBe(true);
  });
});

describe.each([DRAFT, FINAL])('data integrity of %s', (version) => {
  it('has 5 aspects with unique kebab-case codes', () => {
    expect(aspects(version)).toHaveLength(5);
    const codes = aspects(version).map((a) => a.code);
    expect(new Set(codes).size).toBe(5);
    for (const code of codes) expect(code).toMatch(kebab);
    for (const a of aspects(version)) expect(a.zhName).toContain(a.zhLabel);
  });

  it('has domains with unique kebab-case codes and zh names, each under a known aspect', () => {
    const all = domains(version);
    expect(new Set(all.map((d) => d.code)).size).toBe(all.length);
    expect(new Set(all.map((d) => d.zhName)).size).toBe(all.length);
    for (const d of all) {
      expect(d.code).toMatch(kebab);
      expect(d.zhName.endsWith('领域')).toBe(true);
      expect(d.enName).not.toBe('');
      expect(findAspect(version, d.aspect)).toBeDefined();
      expect(d.responsibleUnits.length).toBeGreaterThan(0);
      expect(new Set(d.responsibleUnits).size).toBe(d.responsibleUnits.length);
    }
  });

  it('has units with unique codes, zh names and aliases', () => {
    const names = units(version).flatMap((u) => [u.code, u.zhName, ...(u.aliases ?? [])]);
    expect(new Set(names).size).toBe(names.length);
    for (const u of units(version)) {
      expect(u.code).toMatch(kebab);
      expect(u.zhName.startsWith('市')).toBe(true);
      expect(u.enName).not.toBe('');
    }
  });

  it('references only listed units, and lists no unit it never references', () => {
    const referenced = new Set([
      ...domains(version).flatMap((d) => d.responsibleUnits),
      ...mechanisms(version).flatMap((m) => m.responsibleUnits),
      coordinator(version).unit,
    ]);
    for (const zhName of referenced) expect({ zhName, listed: findUnit(version, zhName)?.zhName }).toEqual({ zhName, listed: zhName });
    expect(new Set(units(version).map((u) => u.zhName))).toEqual(referenced);
  });

  it('has mechanisms with unique codes and known responsible units', () => {
    const codes = mechanisms(version).map((m) => m.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(mechanisms(version).map((m) => m.numeral)).toEqual(['六', '七', '八', '九', '十', '十一', '五']);
  });

  it('finds the same domains for a unit by code, by zh name, by alias and by the unit itself', () => {
    for (const u of units(version)) {
      const byZh = domainsForUnit(version, u.zhName).map((d) => d.code);
      expect(domainsForUnit(version, u.code).map((d) => d.code)).toEqual(byZh);
      expect(domainsForUnit(version, u).map((d) => d.code)).toEqual(byZh);
      for (const alias of u.aliases ?? []) expect(domainsForUnit(version, alias).map((d) => d.code)).toEqual(byZh);
      for (const code of byZh) expect(isResponsibleFor(version, u.code, code)).toBe(true);
    }
  });

  it('agrees between responsibleUnits and domainsForUnit', () => {
    for (const d of domains(version)) {
      const responsible = responsibleUnits(version, d.code);
      expect(responsible.map((u) => u.zhName)).toEqual(d.responsibleUnits);
      for (const u of units(version)) {
        expect(isResponsibleFor(version, u, d.code)).toBe(responsible.includes(u));
        expect(domainsForUnit(version, u).includes(d)).toBe(responsible.includes(u));
      }
    }
  });
});

describe('aspect and domain lookups', () => {
  it('filters domains by aspect code or zh heading', () => {
    expect(domains(DRAFT, { aspect: 'new-fields-new-tracks' }).map((d) => d.code)).toEqual([
      'digital-economy',
      'artificial-intelligence',
      'unmanned-systems',
      'biotechnology',
      'clean-energy',
      'ocean-development',
    ]);
    expect(domains(DRAFT, { aspect: '推出一批行业领域应用场景' }).map((d) => d.number)).toEqual([11, 12, 13, 14, 15]);
    expect(domains(FINAL, { aspect: 'sector-applications' }).map((d) => d.code)).toEqual([
      'emergency-management-mine-safety',
      'smart-water',
      'construction-safety',
      'forestry-grassland',
    ]);
    const perAspect = aspects(DRAFT).map((a) => domains(DRAFT, { aspect: a.code }).length);
    expect(perAspect).toEqual([6, 4, 5, 3, 4]);
    expect(domains(DRAFT, {})).toHaveLength(22);
  });

  it('throws for an unknown aspect', () => {
    expect(() => domains(DRAFT, { aspect: 'space' })).toThrow(UnknownAspectError);
    expect(() => domains(DRAFT, { aspect: 'space' })).toThrow('分类版本 2025-draft 中没有方面 "space"。Taxonomy 2025-draft has no aspect "space".');
    expect(findAspect(DRAFT, 'space')).toBeUndefined();
  });

  it('looks a domain up by code, throwing for an unknown one (findDomain: undefined)', () => {
    expect(domain(DRAFT, 'unmanned-systems')).toMatchObject({ number: 3, zhName: '全空间无人体系领域', enName: 'All-space unmanned systems' });
    expect(() => domain(DRAFT, 'space-mining')).toThrow(UnknownDomainError);
    expect(() => domain(DRAFT, 'space-mining')).toThrow('分类版本 2025-draft 中没有领域 "space-mining"。Taxonomy 2025-draft has no domain "space-mining".');
    expect(findDomain(DRAFT, 'space-mining')).toBeUndefined();
    // a code of one version is not silently accepted by another
    expect(() => domain(FINAL, 'mine-safety')).toThrow(UnknownDomainError);
    expect(() => domain(DRAFT, 'emergency-management-mine-safety')).toThrow(UnknownDomainError);
  });
});

describe('units and responsibility', () => {
  it('looks a unit up by code, zh name or alias', () => {
    const ndrc = unit(DRAFT, 'development-reform-commission');
    expect(ndrc).toMatchObject({ zhName: '市发展改革委', enName: 'Municipal Development and Reform Commission' });
    expect(unit(DRAFT, '市发展改革委')).toBe(ndrc);
    expect(unit(DRAFT, '市发改委')).toBe(ndrc);
    expect(unit(FINAL, '市经信委').code).toBe('economy-information-commission');
    expect(unit(DRAFT, '市委军民融合办').code).toBe('military-civilian-integration-office');
    expect(unit(DRAFT, '市政府口岸物流办').code).toBe('port-logistics-office');
    expect(unit(DRAFT, '市残联').code).toBe('disabled-persons-federation');
  });

  it('knows every unit by its official full name too, each name belonging to one unit', () => {
    expect(unit(FINAL, '重庆市住房和城乡建设委员会').zhName).toBe('市住房城乡建委');
    expect(unit(DRAFT, '重庆市发展和改革委员会').zhName).toBe('市发展改革委');
    expect(unit(FINAL, '中共重庆市委军民融合发展委员会办公室').code).toBe('military-civilian-integration-office');
    for (const version of [DRAFT, FINAL]) {
      const names = units(version).flatMap((u) => [u.code, u.zhName, u.fullName, ...(u.aliases ?? [])]);
      expect(new Set(names).size).toBe(names.length);
      for (const u of units(version)) expect(u.fullName).toMatch(/^(重庆市|中共重庆市委)/);
    }
  });

  it('throws for an unknown unit (findUnit: undefined)', () => {
    expect(() => unit(DRAFT, '两江新区')).toThrow(UnknownUnitError);
    expect(() => unit(DRAFT, '两江新区')).toThrow('分类版本 2025-draft 中没有责任单位 "两江新区"');
    expect(findUnit(DRAFT, '两江新区')).toBeUndefined();
    expect(() => domainsForUnit(DRAFT, 'no-such-unit')).toThrow(UnknownUnitError);
  });

  it('gives a domain’s responsible units as unit objects, in the plan’s order', () => {
    expect(responsibleUnits(DRAFT, 'digital-economy').map((u) => u.code)).toEqual([
      'development-reform-commission',
      'economy-information-commission',
      'big-data-development-bureau',
    ]);
    expect(responsibleUnits(DRAFT, 'smart-logistics').map((u) => u.zhName)).toEqual(['市政府口岸物流办']);
    expect(() => responsibleUnits(DRAFT, 'space-mining')).toThrow(UnknownDomainError);
  });

  it('gives 市应急管理局 emergency management and mine safety (one merged domain in 2026-final)', () => {
    expect(domainsForUnit(DRAFT, '市应急管理局').map((d) => d.code)).toEqual(['emergency-management', 'mine-safety']);
    expect(domainsForUnit(DRAFT, 'emergency-management-bureau').map((d) => d.code)).toEqual(['emergency-management', 'mine-safety']);
    expect(domainsForUnit(FINAL, '市应急管理局').map((d) => d.code)).toEqual(['emergency-management-mine-safety']);
  });

  it('gives the coordinator its domains and a unit named only in mechanisms none', () => {
    expect(domainsForUnit(DRAFT, '市发展改革委').map((d) => d.number)).toEqual([1, 2, 3, 4, 5]);
    expect(domainsForUnit(DRAFT, '市财政局')).toEqual([]);
    expect(domainsForUnit(DRAFT, '市卫生健康委').map((d) => d.code)).toEqual(['healthcare', 'elderly-disability-childcare', 'cross-sector-consumption']);
  });

  it('authorises only responsible units, denying unknown ones, and throws for an unknown domain', () => {
    expect(isResponsibleFor(DRAFT, '市应急管理局', 'mine-safety')).toBe(true);
    expect(isResponsibleFor(DRAFT, 'emergency-management-bureau', 'mine-safety')).toBe(true);
    expect(isResponsibleFor(DRAFT, '市水利局', 'mine-safety')).toBe(false);
    expect(isResponsibleFor(DRAFT, '两江新区', 'mine-safety')).toBe(false);
    expect(isResponsibleFor(DRAFT, '', 'mine-safety')).toBe(false);
    expect(() => isResponsibleFor(DRAFT, '市应急管理局', 'space-mining')).toThrow(UnknownDomainError);
  });

  it('knows the coordinator', () => {
    expect(coordinator(FINAL).unit).toBe('市发展改革委');
    expect(isCoordinator(FINAL, 'development-reform-commission')).toBe(true);
    expect(isCoordinator(FINAL, '市发改委')).toBe(true);
    expect(isCoordinator(FINAL, '市科技局')).toBe(false);
    expect(isCoordinator(FINAL, '两江新区')).toBe(false);
  });
});

describe('plan targets', () => {
  it('has no numeric annual targets and no budget reserve in the draft', () => {
    expect(planTargets(DRAFT)).toMatchObject({ targetYear: 2030, annualTargets: null, budgetReserveMinShare: null, budgetReserveSource: null });
    expect(planTargets(DRAFT).annualTargetsNote).toMatch(/no numeric annual targets/);
  });

  it('has 2028, 20 / 200 / 2,000 a year and a 5% budget reserve in the final plan', () => {
    expect(planTargets(FINAL)).toMatchObject({
      targetYear: 2028,
      annualTargets: { comprehensiveMajorScenarios: 20, matchmakingEvents: 200, scenarioOpportunities: 2000 },
      budgetReserveMinShare: 0.05,
    });
  });
});
