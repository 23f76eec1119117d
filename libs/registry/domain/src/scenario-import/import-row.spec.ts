import { columnOfHeader, columnOfPath } from './import-columns';
import { readImportRow, registrationInputOf, scenarioIdentity } from './import-row';

describe('reading an import row', () => {
  it('reads choices by Chinese label or code, numbers with separators, 是/否 and tags into a registration', () => {
    expect(
      registrationInputOf({
        titleZh: ' 城市内涝预警 ',
        domainCode: 'emergency-management',
        ownerUnit: '市应急管理局',
        ownerType: '市级部门',
        tier: 'high-value-niche',
        budgetTotal: '1,200,000 元',
        fundingSource: '政府投资',
        newScenarioReserve: 60000,
        sandboxNeeded: '否',
        tags: '防汛；预警, 物联网',
        contactName: '张工',
        contactEmail: 'zhang@example.cn',
      }),
    ).toEqual({
      title: { zh: '城市内涝预警' },
      domainCode: 'emergency-management',
      ownerUnit: '市应急管理局',
      ownerType: 'municipal-department',
      tier: 'high-value-niche',
      budget: { totalFen: 120_000_000, fundingSource: 'government-investment', newScenarioReserveFen: 6_000_000 },
      sandbox: { needed: false },
      tags: ['防汛', '预警', '物联网'],
      contacts: [{ name: '张工', email: 'zhang@example.cn' }],
    });
  });

  it('reads 元 into integer fen from the digits, and says in 元 what it cannot read', () => {
    const row = (budgetTotal: string | number) => readImportRow({ titleZh: '甲', domainCode: 'emergency-management', ownerUnit: '市应急管理局', ownerType: '市级部门', tier: '高价值小切口', budgetTotal, fundingSource: '财政资金' });
    expect(row('1,234.56 元').registration?.budget?.totalFen).toBe(123_456);
    expect(row(0.29).registration?.budget?.totalFen).toBe(29);
    expect(row(1e7).registration?.budget?.totalFen).toBe(1_000_000_000);
    for (const unreadable of ['1.234', '很多', 2e12]) {
      expect(row(unreadable).problems).toEqual([expect.objectContaining({ code: 'INVALID_VALUE', column: 'budgetTotal', message: expect.stringMatching(/应为金额（元）.*amount of yuan/) })]);
    }
  });

  it('names each problem by its column, in both languages', () => {
    const { registration, problems } = readImportRow({ titleZh: '甲', domainCode: 'space-mining', ownerUnit: '市应急管理局', ownerType: '外星机构', tier: '高价值小切口', budgetTotal: '很多' });
    expect(registration).toBeNull();
    expect(problems.map((p) => [p.code, p.column])).toEqual(
      expect.arrayContaining([
        ['INVALID_VALUE', 'ownerType'],
        ['INVALID_VALUE', 'budgetTotal'],
      ]),
    );
    expect(readImportRow({ titleZh: '甲', domainCode: 'space-mining', ownerUnit: '市应急管理局', ownerType: '市级部门', tier: '高价值小切口' }).problems).toEqual([
      expect.objectContaining({ code: 'UNKNOWN_DOMAIN', column: 'domainCode', columnLabel: '领域代码 Domain code', severity: 'error', message: expect.stringMatching(/space-mining.*No domain space-mining/) }),
    ]);
  });

  it('warns of a reserve below the plan’s minimum and of a department outside the domain’s responsible units', () => {
    const { registration, problems } = readImportRow({
      titleZh: '甲',
      domainCode: 'smart-logistics',
      ownerUnit: '市应急管理局',
      ownerType: '市级部门',
      tier: '高价值小切口',
      budgetTotal: 1000,
      fundingSource: '政府投资',
      newScenarioReserve: 30,
    });
    expect(registration).not.toBeNull();
    expect(problems.map((p) => [p.code, p.severity, p.column])).toEqual([
      ['RESERVE_BELOW_MINIMUM', 'warning', 'newScenarioReserve'],
      ['UNIT_NOT_RESPONSIBLE', 'warning', 'ownerUnit'],
    ]);
    expect(problems[0]?.message).toMatch(/3%.*5%.*3% of the total budget/);
  });

  it('knows the columns by either language of the header, and a scenario by its title, domain and owner', () => {
    expect(columnOfHeader('领域代码 Domain code')?.key).toBe('domainCode');
    expect(columnOfHeader('domain CODE')?.key).toBe('domainCode');
    expect(columnOfHeader('所属单位')?.key).toBe('ownerUnit');
    expect(columnOfHeader('备注')).toBeUndefined();
    expect(columnOfPath('contacts.0.name')?.key).toBe('contactName');
    expect(columnOfPath('budget.newScenarioReserveFen')?.key).toBe('newScenarioReserve');
    const scenario = { title: { zh: '城市 内涝预警' }, domainCode: 'emergency-management', ownerUnit: '市应急管理局' };
    expect(scenarioIdentity(scenario)).toBe(scenarioIdentity({ ...scenario, title: { zh: '城市内涝预警' } }));
    expect(scenarioIdentity(scenario)).not.toBe(scenarioIdentity({ ...scenario, domainCode: 'mine-safety' }));
  });

  it('reads a tier as the plan writes it, with 场景, as well as the template’s label and the code', () => {
    for (const tier of ['高价值小切口场景', '高价值小切口', 'high-value-niche']) {
      expect(readImportRow({ titleZh: '甲', domainCode: 'unmanned-systems', ownerUnit: '市交通运输委', ownerType: '市级部门', tier }).registration).toMatchObject({ tier: 'high-value-niche' });
    }
  });

  it('reports an unknown domain in the same pass as a field the schema refuses', () => {
    const { registration, problems } = readImportRow({ titleZh: '甲', domainCode: 'space-mining', ownerUnit: '市交通运输委', ownerType: '市级部门', tier: '不存在的层级' });
    expect(registration).toBeNull();
    expect(problems.map((problem) => problem.code).sort()).toEqual(['INVALID_VALUE', 'UNKNOWN_DOMAIN']);
  });
});
