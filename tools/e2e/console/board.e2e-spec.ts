import { eventually } from '@scq/platform-testing';
import { apiAs, screenshot, signIn, startConsolePlatform, tokenFor, type ConsolePlatform } from './console-harness';

jest.setTimeout(180_000);

interface Created {
  id: string;
}

const DRONES = '两江新区无人机巡检示范';
const LOW_ALTITUDE = '渝中区低空物流小切口';
const SMART_CITY = '九龙坡区智慧城管综合场景';
const URBAN_DRONES = '市政设施无人机巡检场景';
/** Evaluated in the page: how far the document scrolls sideways (0 when everything fits). */
const HORIZONTAL_OVERFLOW = 'document.documentElement.scrollWidth - document.documentElement.clientWidth';

/** The pipeline board and the domain matrix in Chromium, on scenarios seeded through the API. */
describe('console board and matrix (Chromium)', () => {
  let platform: ConsolePlatform;

  beforeAll(async () => {
    platform = await startConsolePlatform('board');
    const url = platform.url;
    const officer = await tokenFor(url, 'officer.transport');
    // The officer registers for their own unit (an applicant may not register scenarios).
    const register = (title: string, domainCode: string, district: string, tier: string) =>
      apiAs<Created>(url, officer, 'POST', '/api/scenarios', {
        title: { zh: title, en: `${title} (en)` },
        domainCode,
        ownerUnit: '市交通运输委',
        ownerType: 'district',
        district,
        tier,
        taxonomyVersion: '2026-final',
      });
    const drones = await register(DRONES, 'unmanned-systems', '两江新区', 'comprehensive-major');
    const lowAltitude = await register(LOW_ALTITUDE, 'unmanned-systems', '渝中区', 'high-value-niche');
    const smartCity = await register(SMART_CITY, 'smart-city', '九龙坡区', 'industry-integrated');
    // Proposed and cultivating scenarios are not public: the owning unit's officer reads them (an applicant would not).
    const stageOf = (id: string) => apiAs<{ stage: string | null }>(url, officer, 'GET', `/api/scenarios/${id}`).then((s) => s.stage);
    // The workflow starts each lifecycle from the registry's event: wait until all three are proposed.
    await eventually(async () => ((await Promise.all([drones, lowAltitude, smartCity].map((s) => stageOf(s.id)))).every((stage) => stage === 'proposed') ? true : undefined), 30_000);
    await apiAs(url, officer, 'POST', `/api/workflow/scenarios/${drones.id}/events`, { type: 'startCultivation', reason: '纳入培育库' });
    await eventually(async () => ((await stageOf(drones.id)) === 'cultivating' ? true : undefined), 30_000);
  });

  afterAll(async () => {
    await platform?.stop();
  });

  it('groups scenarios by stage, filters by domain and unit in the URL, in Chinese and English', async () => {
    const { context, page } = await platform.newPage();
    await signIn(page, platform.url, 'coordinator');
    await page.getByRole('heading', { name: '场景看板' }).waitFor();

    const proposed = page.getByRole('region', { name: '征集 2 个场景' });
    const cultivating = page.getByRole('region', { name: '培育 1 个场景' });
    await cultivating.getByRole('link', { name: DRONES }).waitFor();
    expect(await proposed.getByRole('link').allTextContents()).toEqual([LOW_ALTITUDE, SMART_CITY]);
    expect(await cultivating.getByRole('listitem').first().textContent()).toContain('全空间无人体系领域');
    expect(await cultivating.getByRole('listitem').first().textContent()).toContain('两江新区');
    expect(await cultivating.getByRole('listitem').first().textContent()).toContain('综合性重大');
    expect(await cultivating.getByRole('link', { name: DRONES }).getAttribute('href')).toMatch(/^\/scenarios\/[0-9a-f-]{36}$/);
    // Stages without scenarios are listed compactly, by the machine's own labels.
    await page.getByRole('region', { name: '暂无场景的阶段' }).getByText('规模化应用').waitFor();
    await page.getByText('共 3 个场景').waitFor();
    await screenshot(page, 'board');

    await page.getByLabel('领域').selectOption('smart-city');
    await page.getByText('筛选出 1 个场景（共 3 个）').waitFor();
    expect(new URL(page.url()).searchParams.get('domain')).toBe('smart-city');
    await page.reload();
    await page.getByText('筛选出 1 个场景（共 3 个）').waitFor();
    expect(await page.getByLabel('领域').inputValue()).toBe('smart-city');
    expect(await page.getByRole('region', { name: '按生命周期阶段分组的场景' }).getByRole('link').allTextContents()).toEqual([SMART_CITY]);

    // The responsible unit comes from the workflow: 市交通运输委 answers for unmanned systems, not for smart city.
    await page.getByRole('button', { name: '清除筛选' }).click();
    await page.getByText('共 3 个场景').waitFor();
    await page.getByLabel('责任单位').selectOption('市交通运输委');
    await page.getByText('筛选出 2 个场景（共 3 个）').waitFor();
    expect(new URL(page.url()).searchParams.get('unit')).toBe('市交通运输委');
    await page.getByLabel('场景层级').selectOption('high-value-niche');
    await page.getByText('筛选出 1 个场景（共 3 个）').waitFor();
    expect(await page.getByRole('region', { name: '按生命周期阶段分组的场景' }).getByRole('link').allTextContents()).toEqual([LOW_ALTITUDE]);

    await page.getByRole('button', { name: '清除筛选' }).click();
    await page.getByRole('button', { name: '语言' }).click();
    await page.getByRole('heading', { name: 'Pipeline' }).waitFor();
    await page.getByRole('region', { name: 'Cultivating 1 scenario' }).getByRole('link', { name: `${DRONES} (en)` }).waitFor();
    await page.getByRole('region', { name: 'Proposed 2 scenarios' }).waitFor();
    await page.getByText('3 scenarios', { exact: true }).waitFor();
    await screenshot(page, 'board-en');
    await context.close();
  });

  it('shows each domain’s count and responsible units in the matrix; a count opens the filtered board', async () => {
    const { context, page } = await platform.newPage();
    // The coordinator reads every scenario (an applicant's matrix counts only public ones).
    await signIn(page, platform.url, 'coordinator');
    await page.goto(`${platform.url}/matrix`);
    await page.getByRole('heading', { name: '领域矩阵' }).waitFor();
    const row = page.getByRole('row', { name: /全空间无人体系领域/ });
    const count = row.getByRole('link', { name: '全空间无人体系领域：2 个场景，在看板中查看' });
    await count.waitFor();
    expect(await count.textContent()).toBe('2');
    const units = await row.getByRole('cell').last().getByRole('listitem').allTextContents();
    expect(units).toEqual(expect.arrayContaining(['市交通运输委', '市城市管理局', '市发展改革委']));
    expect(await row.textContent()).toContain('征集 1');
    expect(await row.textContent()).toContain('培育 1');
    expect(await page.getByRole('row', { name: /智慧城市领域/ }).getByRole('link').textContent()).toBe('1');
    expect(await page.getByRole('row', { name: /生物技术领域/ }).getByRole('link').textContent()).toBe('0');
    expect(await page.getByRole('columnheader', { name: '责任单位' }).count()).toBeGreaterThanOrEqual(5);
    await screenshot(page, 'matrix');

    await count.click();
    await page.getByRole('heading', { name: '场景看板' }).waitFor();
    expect(new URL(page.url()).searchParams.get('domain')).toBe('unmanned-systems');
    await page.getByText('筛选出 2 个场景（共 3 个）').waitFor();
    expect(await page.getByLabel('领域').inputValue()).toBe('unmanned-systems');
    expect((await page.getByRole('region', { name: '按生命周期阶段分组的场景' }).getByRole('link').allTextContents()).sort()).toEqual([DRONES, LOW_ALTITUDE].sort());

    await page.getByRole('button', { name: '语言' }).click();
    await page.goto(`${platform.url}/matrix`);
    const englishRow = page.getByRole('row', { name: /All-space unmanned systems/ });
    await englishRow.getByRole('link', { name: 'All-space unmanned systems: 2 scenarios, show them on the pipeline board' }).waitFor();
    expect(await englishRow.textContent()).toContain('Cultivating 1');
    await screenshot(page, 'matrix-en');
    await context.close();
  });

  it('stacks the stages on a 390 px phone', async () => {
    const { context, page } = await platform.newPage({ viewport: { width: 390, height: 844 } });
    await signIn(page, platform.url, 'coordinator');
    await page.getByRole('region', { name: '培育 1 个场景' }).getByRole('link', { name: DRONES }).waitFor();
    const overflow = await page.evaluate<number>(HORIZONTAL_OVERFLOW);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, 'board-390');
    await page.goto(`${platform.url}/matrix`);
    await page.getByRole('row', { name: /全空间无人体系领域/ }).waitFor();
    expect(await page.evaluate<number>(HORIZONTAL_OVERFLOW)).toBeLessThanOrEqual(0);
    await screenshot(page, 'matrix-390');
    await context.close();
  });

  // Last: it adds a scenario, and the tests above count them.
  it('lets an officer register a scenario for their own unit from the board; a refused form keeps its fields', async () => {
    const url = platform.url;
    const coordinator = await tokenFor(url, 'coordinator');
    const count = () => apiAs<{ items: unknown[] }>(url, coordinator, 'GET', '/api/scenarios?limit=200').then((list) => list.items.length);
    const before = await count();
    const { context, page } = await platform.newPage();
    await signIn(page, url, 'officer.urban');
    await page.getByRole('heading', { name: '场景看板' }).waitFor();
    await page.getByRole('link', { name: '登记场景' }).click();
    await page.getByRole('heading', { level: 1, name: '登记场景' }).waitFor();
    expect(await page.title()).toContain('登记场景');

    // An officer registers for their own unit: shown, not chosen.
    const unit = page.getByRole('textbox', { name: '所属单位', exact: true });
    await unit.waitFor();
    expect(await unit.inputValue()).toBe('市城市管理局');
    expect(await unit.getAttribute('readonly')).not.toBeNull();
    await page.getByRole('textbox', { name: '场景名称（中文）', exact: true }).fill(URBAN_DRONES);
    await page.getByRole('textbox', { name: '场景名称（英文）', exact: true }).fill('Drone inspection of city infrastructure');
    await page.getByRole('textbox', { name: '场景描述（中文）', exact: true }).fill('以无人机巡检桥梁、边坡和市政设施。');
    await page.getByRole('combobox', { name: '所属领域', exact: true }).selectOption({ label: '全空间无人体系领域' });
    await page.getByRole('combobox', { name: '所属单位类型', exact: true }).selectOption({ label: '市级部门' });
    await page.getByRole('combobox', { name: '场景层级', exact: true }).selectOption({ label: '行业集成式' });
    await page.getByRole('spinbutton', { name: '总预算（元）', exact: true }).fill('3000000');
    await page.getByRole('combobox', { name: '资金来源', exact: true }).selectOption({ label: '财政资金' });
    await screenshot(page, 'scenario-new');
    await page.getByRole('button', { name: '登记场景' }).click();

    await page.getByRole('heading', { level: 1, name: URBAN_DRONES }).waitFor();
    const id = /\/scenarios\/([0-9a-f-]{36})$/.exec(new URL(page.url()).pathname)?.[1];
    expect(id).toBeDefined();
    const registered = await apiAs<{ ownerUnit: string; ownerType: string; domainCode: string; tier: string; taxonomyVersion: string; budget?: { total: number; fundingSource: string } }>(url, coordinator, 'GET', `/api/scenarios/${id}`);
    expect(registered).toMatchObject({ ownerUnit: '市城市管理局', ownerType: 'municipal-department', domainCode: 'unmanned-systems', tier: 'industry-integrated', taxonomyVersion: '2026-final', budget: { total: 3_000_000, fundingSource: 'fiscal-fund' } });
    // The workflow starts the lifecycle from the registry's event; the page shows the stage once it has.
    await eventually(async () => ((await apiAs<{ stage: string | null }>(url, coordinator, 'GET', `/api/scenarios/${id}`)).stage === 'proposed' ? true : undefined), 30_000);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: URBAN_DRONES }).waitFor();
    await page.getByRole('region', { name: '场景概况' }).getByText('征集', { exact: true }).waitFor();
    await screenshot(page, 'scenario-new-registered');
    expect(await count()).toBe(before + 1);

    // Without a title the server refuses; its message stands next to the title, and what was typed stays.
    await page.goto(`${url}/scenarios/new`);
    await page.getByRole('heading', { level: 1, name: '登记场景' }).waitFor();
    await page.getByRole('textbox', { name: '场景名称（英文）', exact: true }).fill('Untitled in Chinese');
    await page.getByRole('combobox', { name: '所属领域', exact: true }).selectOption({ label: '全空间无人体系领域' });
    await page.getByRole('combobox', { name: '场景层级', exact: true }).selectOption({ label: '高价值小切口' });
    await page.getByRole('button', { name: '登记场景' }).click();
    const title = page.getByRole('textbox', { name: '场景名称（中文）', exact: true });
    await page.getByRole('alert').waitFor();
    expect(await title.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await title.getAttribute('aria-describedby')) ?? '';
    expect(describedBy).not.toBe('');
    const message = await page.locator(`[id="${describedBy.split(' ').pop()}"]`).textContent();
    expect(message).toContain('不能为空');
    expect(await page.getByRole('textbox', { name: '场景名称（英文）', exact: true }).inputValue()).toBe('Untitled in Chinese');
    expect(await page.getByRole('combobox', { name: '场景层级', exact: true }).inputValue()).toBe('high-value-niche');
    expect(await page.getByRole('combobox', { name: '所属领域', exact: true }).inputValue()).toBe('unmanned-systems');
    await screenshot(page, 'scenario-new-refused');
    expect(await count()).toBe(before + 1);
    await context.close();
  });
});
