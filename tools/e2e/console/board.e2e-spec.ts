import { readFileSync } from 'node:fs';
import { eventually, slowTimeout } from '@scq/platform-testing';
import { apiAs, screenshot, signIn, startConsolePlatform, tokenFor, waitForCount, waitForTexts, type ConsolePlatform } from './console-harness';

jest.setTimeout(slowTimeout(1.5));

interface Created {
  id: string;
}

const DRONES = '两江新区无人机巡检示范';
const LOW_ALTITUDE = '渝中区低空物流小切口';
const SMART_CITY = '九龙坡区智慧城管综合场景';
const URBAN_DRONES = '市政设施无人机巡检场景';
const CABLEWAY = '长江索道数字孪生夜游';
/** Evaluated in the page: how far the document scrolls sideways (0 when everything fits). */
const HORIZONTAL_OVERFLOW = 'document.documentElement.scrollWidth - document.documentElement.clientWidth';

/** The pipeline board and the domain matrix in Chromium, on scenarios seeded through the API. */
describe('console board and matrix (Chromium)', () => {
  let platform: ConsolePlatform;
  let coordinator: string;

  beforeAll(async () => {
    platform = await startConsolePlatform('board');
    const url = platform.url;
    const officer = await tokenFor(url, 'officer.transport');
    // The officer registers for their own unit (an applicant may not register scenarios).
    coordinator = await tokenFor(url, 'coordinator');
    const register = (title: string, domainCode: string, district: string, tier: string, token = officer, ownerUnit = '市交通运输委', coOwnerUnits: string[] = []) =>
      apiAs<Created>(url, token, 'POST', '/api/scenarios', {
        title: { zh: title, en: `${title} (en)` },
        domainCode,
        ownerUnit,
        ownerType: 'district',
        district,
        tier,
        taxonomyVersion: '2026-final',
        coOwnerUnits,
      });
    // A 成渝 joint scenario: a co-owner unit of Sichuan.
    const drones = await register(DRONES, 'unmanned-systems', '两江新区', 'comprehensive-major', officer, '市交通运输委', ['四川省经济和信息化厅']);
    const lowAltitude = await register(LOW_ALTITUDE, 'unmanned-systems', '渝中区', 'high-value-niche');
    // The coordinator registers for a district: neither owned by 市交通运输委 nor in a domain it answers for.
    const smartCity = await register(SMART_CITY, 'smart-city', '九龙坡区', 'industry-integrated', coordinator, '九龙坡区');
    // Proposed and cultivating scenarios are not public: the coordinator reads them all (an applicant would not).
    const stageOf = (id: string) => apiAs<{ stage: string | null }>(url, coordinator, 'GET', `/api/scenarios/${id}`).then((s) => s.stage);
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
    // Newest first, the board's default order.
    await waitForTexts(proposed.getByRole('link'), [SMART_CITY, LOW_ALTITUDE]);
    expect(await cultivating.getByRole('listitem').first().textContent()).toContain('全空间无人体系领域');
    expect(await cultivating.getByRole('listitem').first().textContent()).toContain('两江新区');
    expect(await cultivating.getByRole('listitem').first().textContent()).toContain('综合性重大');
    expect(await cultivating.getByRole('listitem').first().textContent()).toContain('成渝联合');
    expect(await proposed.getByRole('listitem').allTextContents()).not.toEqual(expect.arrayContaining([expect.stringContaining('成渝联合')]));
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
    await waitForTexts(page.getByRole('region', { name: '按生命周期阶段分组的场景' }).getByRole('link'), [SMART_CITY]);
    // The export holds what the board shows: the filtered scenarios only, with the procurement columns.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 CSV' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^scenarios-\d{4}-\d{2}-\d{2}\.csv$/);
    const exported = readFileSync((await download.path()) as string, 'utf8');
    expect(exported).toContain(SMART_CITY);
    expect(exported).toContain('采购途径 Procurement route');
    expect(exported).not.toContain(DRONES);

    // A unit covers what it owns and the domains it answers for: 市交通运输委 answers for unmanned systems, not for smart city (owned by 九龙坡区).
    await page.getByRole('button', { name: '清除筛选' }).click();
    await page.getByText('共 3 个场景').waitFor();
    await page.getByLabel('责任单位').selectOption('市交通运输委');
    await page.getByText('筛选出 2 个场景（共 3 个）').waitFor();
    expect(new URL(page.url()).searchParams.get('unit')).toBe('市交通运输委');
    await page.getByLabel('场景层级').selectOption('high-value-niche');
    await page.getByText('筛选出 1 个场景（共 3 个）').waitFor();
    await waitForTexts(page.getByRole('region', { name: '按生命周期阶段分组的场景' }).getByRole('link'), [LOW_ALTITUDE]);

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
    // Columns in the lifecycle's order: proposed, then cultivating.
    await waitForTexts(page.getByRole('region', { name: '按生命周期阶段分组的场景' }).getByRole('link'), [LOW_ALTITUDE, DRONES]);

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
    await page.getByRole('textbox', { name: '总预算（元）', exact: true }).fill('3000000');
    await page.getByRole('combobox', { name: '资金来源', exact: true }).selectOption({ label: '财政资金' });
    await screenshot(page, 'scenario-new');
    await page.getByRole('button', { name: '登记场景' }).click();

    await page.getByRole('heading', { level: 1, name: URBAN_DRONES }).waitFor();
    const id = /\/scenarios\/([0-9a-f-]{36})$/.exec(new URL(page.url()).pathname)?.[1];
    expect(id).toBeDefined();
    const registered = await apiAs<{ ownerUnit: string; ownerType: string; domainCode: string; tier: string; taxonomyVersion: string; budget?: { totalFen: number; fundingSource: string } }>(url, coordinator, 'GET', `/api/scenarios/${id}`);
    expect(registered).toMatchObject({ ownerUnit: '市城市管理局', ownerType: 'municipal-department', domainCode: 'unmanned-systems', tier: 'industry-integrated', taxonomyVersion: '2026-final', budget: { totalFen: 300_000_000, fundingSource: 'fiscal-fund' } });
    // The workflow starts the lifecycle from the registry's event; the page shows the stage once it has.
    await eventually(async () => ((await apiAs<{ stage: string | null }>(url, coordinator, 'GET', `/api/scenarios/${id}`)).stage === 'proposed' ? true : undefined), 30_000);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: URBAN_DRONES }).waitFor();
    await page.getByRole('region', { name: '场景概况' }).getByText('征集', { exact: true }).waitFor();
    // The budget registered is part of the profile shown.
    await page.getByRole('region', { name: '场景概况' }).getByText('300.00 万元 · 财政资金', { exact: true }).waitFor();
    await screenshot(page, 'scenario-new-registered');
    expect(await count()).toBe(before + 1);

    // Without a title, and with a budget begun but no funding source, the form says so at those fields in the console's
    // words and sends nothing; what was typed stays.
    await page.goto(`${url}/scenarios/new`);
    await page.getByRole('heading', { level: 1, name: '登记场景' }).waitFor();
    await page.getByRole('textbox', { name: '场景名称（英文）', exact: true }).fill('Untitled in Chinese');
    await page.getByRole('combobox', { name: '所属领域', exact: true }).selectOption({ label: '全空间无人体系领域' });
    await page.getByRole('combobox', { name: '场景层级', exact: true }).selectOption({ label: '高价值小切口' });
    await page.getByRole('textbox', { name: '总预算（元）' }).fill('1,200,000.50');
    const sent: string[] = [];
    page.on('request', (request) => (request.method() === 'POST' ? sent.push(request.url()) : undefined));
    await page.getByRole('button', { name: '登记场景' }).click();
    const title = page.getByRole('textbox', { name: '场景名称（中文）', exact: true });
    const messageAt = async (control: ReturnType<typeof page.getByRole>) => {
      await eventually(async () => ((await control.getAttribute('aria-invalid')) === 'true' ? true : undefined), 10_000);
      const describedBy = (await control.getAttribute('aria-describedby')) ?? '';
      return page.locator(`[id="${describedBy.split(' ').pop()}"]`).textContent();
    };
    expect(await messageAt(title)).toBe('请填写场景名称（中文）');
    expect(await messageAt(page.getByRole('combobox', { name: '资金来源' }))).toBe('填写预算时须选择资金来源');
    // The first field named takes the focus.
    expect(await title.evaluate((element) => element === element.ownerDocument.activeElement)).toBe(true);
    expect(sent).toEqual([]);
    expect(await page.getByRole('textbox', { name: '场景名称（英文）', exact: true }).inputValue()).toBe('Untitled in Chinese');
    expect(await page.getByRole('combobox', { name: '场景层级', exact: true }).inputValue()).toBe('high-value-niche');
    expect(await page.getByRole('combobox', { name: '所属领域', exact: true }).inputValue()).toBe('unmanned-systems');
    await screenshot(page, 'scenario-new-refused');
    expect(await count()).toBe(before + 1);
    await context.close();
  });

  // After the others: it adds 62 scenarios.
  it('pages a crowded column, searches in Chinese and English, collapses a column and narrows to “mine” and “needs my action”', async () => {
    const url = platform.url;
    // 62 culture-and-tourism scenarios (a domain 市发展改革委 does not answer for): 21 owned by 市发展改革委, the rest by 市文化旅游委.
    const bulk = Array.from({ length: 62 }, (_, i) => ({
      title: i === 0 ? { zh: CABLEWAY, en: 'Yangtze cableway digital twin night tour' } : { zh: `文旅融合场景第${i}号`, en: `Culture and tourism scenario no. ${i}` },
      domainCode: 'culture-tourism',
      ownerUnit: i % 3 === 1 ? '市发展改革委' : '市文化旅游委',
      ownerType: 'municipal-department',
      tier: 'high-value-niche',
      taxonomyVersion: '2026-final',
    }));
    for (let i = 0; i < bulk.length; i += 8) await Promise.all(bulk.slice(i, i + 8).map((body) => apiAs<Created>(url, coordinator, 'POST', '/api/scenarios', body)));
    const counts = (query = '') => apiAs<{ total: number; byStage: Array<{ stage: string | null; count: number }> }>(url, coordinator, 'GET', `/api/search/scenarios/stage-counts${query}`);
    // Wait until the workflow has started every lifecycle.
    await eventually(async () => ((await counts()).byStage.some((row) => row.stage === null) ? undefined : true), 60_000);
    const proposedCount = (await counts()).byStage.find((row) => row.stage === 'proposed')?.count ?? 0;
    expect(proposedCount).toBeGreaterThanOrEqual(65);

    const { context, page } = await platform.newPage();
    await signIn(page, url, 'coordinator');
    const proposed = page.getByRole('region', { name: `征集 ${proposedCount} 个场景` });
    // The column counts all of its scenarios but shows a page of them.
    await waitForCount(proposed.getByRole('listitem'), 20);
    await proposed.getByText(`已显示 20 / ${proposedCount} 个`).waitFor();
    await proposed.getByRole('button', { name: '再显示 20 个' }).click();
    await proposed.getByText(`已显示 40 / ${proposedCount} 个`).waitFor();
    await waitForCount(proposed.getByRole('listitem'), 40);
    // The page stays short: no column lists everything.
    expect(await page.locator('.board-card').count()).toBeLessThanOrEqual(40 + 1);

    // Search: a Chinese word, then an English one, each kept in the URL.
    const board = page.getByRole('region', { name: '按生命周期阶段分组的场景' });
    await page.getByLabel('搜索', { exact: true }).fill('索道');
    await page.getByText(/^筛选出 1 个场景/).waitFor();
    await waitForTexts(board.getByRole('link'), [CABLEWAY]);
    expect(new URL(page.url()).searchParams.get('q')).toBe('索道');
    await page.getByLabel('搜索', { exact: true }).fill('cableway');
    await page.waitForURL((target) => target.searchParams.get('q') === 'cableway');
    await page.getByText(/^筛选出 1 个场景/).waitFor();
    await waitForTexts(board.getByRole('link'), [CABLEWAY]);
    await page.reload();
    expect(await page.getByLabel('搜索', { exact: true }).inputValue()).toBe('cableway');
    await board.getByRole('link', { name: CABLEWAY }).waitFor();
    await page.getByRole('button', { name: '清除筛选' }).click();
    expect(await page.getByLabel('搜索', { exact: true }).inputValue()).toBe('');

    // Collapse hides a column's cards, and is remembered.
    await proposed.getByRole('button', { name: '收起“征集”' }).click();
    await proposed.getByRole('button', { name: '展开“征集”' }).waitFor();
    expect(await proposed.getByRole('listitem').count()).toBe(0);
    await page.reload();
    await proposed.getByRole('button', { name: '展开“征集”' }).waitFor();
    expect(await proposed.getByRole('listitem').count()).toBe(0);
    await screenshot(page, 'board-collapsed');
    await proposed.getByRole('button', { name: '展开“征集”' }).click();
    await proposed.getByRole('listitem').nth(19).waitFor();

    // "Mine": the coordinator's unit (市发展改革委) owns 21 of the new ones and answers for unmanned systems; the cableway is not theirs.
    const mine = await counts(`?unit=${encodeURIComponent('市发展改革委')}`);
    const all = await counts();
    expect(mine.total).toBeLessThan(all.total);
    await page.getByLabel('本单位（市发展改革委）').check();
    await page.getByText(`筛选出 ${mine.total} 个场景（共 ${all.total} 个）`).waitFor();
    expect(new URL(page.url()).searchParams.get('mine')).toBe('1');
    await board.getByRole('link', { name: DRONES }).waitFor();
    await page.getByLabel('搜索', { exact: true }).fill('索道');
    await page.getByText('没有符合条件的场景。').waitFor();
    await page.getByRole('button', { name: '清除筛选' }).click();

    // "Needs my action": the scenarios on the coordinator's task list.
    const tasks = await apiAs<{ items: Array<{ subject: { id: string } }> }>(url, coordinator, 'GET', '/api/tasks?kind=scenario&limit=200');
    const waiting = new Set(tasks.items.map((task) => task.subject.id)).size;
    await page.getByLabel('待我处理', { exact: true }).check();
    await page.getByText(waiting === 0 ? '没有符合条件的场景。' : `筛选出 ${waiting} 个场景（共 ${all.total} 个）`).waitFor();
    await page.getByRole('button', { name: '清除筛选' }).click();

    await page.getByRole('button', { name: '语言' }).click();
    await page.getByRole('region', { name: `Proposed ${proposedCount} scenarios` }).getByRole('button', { name: 'Show 20 more' }).waitFor();
    await page.getByLabel('Search', { exact: true }).fill('cableway');
    await page.getByRole('link', { name: 'Yangtze cableway digital twin night tour' }).waitFor();
    await screenshot(page, 'board-search-en');
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await page.getByRole('button', { name: 'Language' }).click();
    await page.getByRole('heading', { name: '场景看板' }).waitFor();
    await screenshot(page, 'board-crowded');
    await context.close();

    const phone = await platform.newPage({ viewport: { width: 390, height: 844 } });
    await signIn(phone.page, url, 'coordinator');
    await phone.page.getByRole('region', { name: `征集 ${proposedCount} 个场景` }).getByRole('button', { name: '再显示 20 个' }).waitFor();
    expect(await phone.page.evaluate<number>(HORIZONTAL_OVERFLOW)).toBeLessThanOrEqual(0);
    await screenshot(phone.page, 'board-crowded-390');
    await phone.context.close();
  });
});
