import { eventually } from '@scq/platform-testing';
import { apiAs, screenshot, signIn, startConsolePlatform, tokenFor, type ConsolePlatform } from './console-harness';

jest.setTimeout(180_000);

interface Created {
  id: string;
}

const DRONES = '两江新区无人机巡检示范';
const LOW_ALTITUDE = '渝中区低空物流小切口';
const SMART_CITY = '九龙坡区智慧城管综合场景';
/** Evaluated in the page: how far the document scrolls sideways (0 when everything fits). */
const HORIZONTAL_OVERFLOW = 'document.documentElement.scrollWidth - document.documentElement.clientWidth';

/** The pipeline board and the domain matrix in Chromium, on scenarios seeded through the API. */
describe('console board and matrix (Chromium)', () => {
  let platform: ConsolePlatform;

  beforeAll(async () => {
    platform = await startConsolePlatform('board');
    const url = platform.url;
    const applicant = await tokenFor(url, 'applicant');
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
    const stageOf = (id: string) => apiAs<{ stage: string | null }>(url, applicant, 'GET', `/api/scenarios/${id}`).then((s) => s.stage);
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
    await signIn(page, platform.url, 'applicant');
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
    await englishRow.getByRole('link', { name: 'All-space unmanned systems: 2 scenario(s), show them on the pipeline board' }).waitFor();
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
});
