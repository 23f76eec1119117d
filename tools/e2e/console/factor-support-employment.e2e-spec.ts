import { slowTimeout } from '@scq/platform-testing';
import { axeViolations } from './axe';
import { apiAs, screenshot, signIn, startConsolePlatform, tokenFor, type ConsolePlatform } from './console-harness';

jest.setTimeout(slowTimeout(2));

const TITLE = '寸滩港无人码头（要素与就业测试）';

/**
 * 要素保障 and 就业风险监测 in a real Chromium: the owner unit asks for land on the scenario page, the land bureau finds it
 * in 我的待办 and answers it on the factor-support page; the owner unit reports a month that displaces too many migrant
 * workers, and 市人力社保局 sees the scenario at the top of the employment-risk dashboard, the breach highlighted.
 */
describe('factor support and employment risk (Chromium)', () => {
  let platform: ConsolePlatform;
  let scenarioId: string;

  beforeAll(async () => {
    platform = await startConsolePlatform('factor_employment');
    const coordinator = await tokenFor(platform.url, 'coordinator');
    const scenario = await apiAs<{ id: string }>(platform.url, coordinator, 'POST', '/api/scenarios', {
      title: { zh: TITLE },
      domainCode: 'unmanned-systems',
      ownerUnit: '市交通运输委',
      ownerType: 'municipal-department',
      tier: 'comprehensive-major',
      district: '江北区',
    });
    scenarioId = scenario.id;
  });

  afterAll(async () => {
    await platform?.stop();
  });

  it('routes a land request to 市规划自然资源局, which answers it from its task list', async () => {
    const owner = await platform.newPage();
    await signIn(owner.page, platform.url, 'officer.transport');
    await owner.page.goto(`${platform.url}/scenarios/${scenarioId}`);
    const section = owner.page.getByRole('region', { name: '要素保障' });
    await section.getByText('尚无要素需求。').waitFor();
    await section.getByText('将转交：市规划自然资源局（10 个工作日内答复）').waitFor();
    await section.getByLabel('需求说明').fill('新增码头堆场建设用地');
    await section.getByLabel('数量').fill('30 亩');
    await section.getByRole('button', { name: '提出要素需求' }).click();
    await section.getByRole('status').filter({ hasText: '已提出，已转交市规划自然资源局。' }).waitFor();
    const row = section.getByRole('row', { name: /新增码头堆场建设用地/ });
    expect(await row.textContent()).toContain('待答复（10 个工作日内）');
    expect(await axeViolations(owner.page)).toEqual([]);
    await owner.context.close();

    const land = await platform.newPage();
    await signIn(land.page, platform.url, 'officer.land');
    await land.page.goto(`${platform.url}/tasks`);
    const task = land.page.getByRole('article', { name: `${TITLE}：土地要素需求` });
    await task.waitFor();
    await task.getByRole('link', { name: '答复土地要素保障需求（市交通运输委提出）' }).click();
    await land.page.waitForURL(/\/factor-requests\?request=/);
    const request = land.page.locator('tr.highlighted');
    await request.getByText('新增码头堆场建设用地').waitFor();
    await request.getByLabel('答复结论').selectOption({ label: '部分保障' });
    await request.getByLabel('答复意见').fill('可保障 20 亩，其余纳入下一批次供地计划');
    await request.getByRole('button', { name: '提交答复' }).click();
    await land.page.getByText('已答复 · 部分保障').waitFor();
    await land.page.getByText('可保障 20 亩，其余纳入下一批次供地计划').waitFor();
    expect(await axeViolations(land.page)).toEqual([]);
    await screenshot(land.page, 'factor-requests-answered');
    await land.context.close();
  });

  it('reports a month beyond the 农民工 threshold and shows it first on 市人力社保局’s dashboard', async () => {
    const owner = await platform.newPage();
    await signIn(owner.page, platform.url, 'officer.transport');
    await owner.page.goto(`${platform.url}/scenarios/${scenarioId}`);
    const section = owner.page.getByRole('region', { name: '就业风险监测' });
    await section.getByText('尚未填报。').waitFor();
    await section.getByLabel('期间').fill('2026-02');
    await section.getByLabel('农民工 新增岗位').fill('0');
    await section.getByLabel('农民工 替代岗位').fill('6');
    await section.getByLabel('农民工 受影响从业人数').fill('100');
    await section.getByRole('button', { name: '填报' }).click();
    await section.getByRole('status').filter({ hasText: '已填报 2026-02：超出阈值' }).waitFor();
    await section.getByText('农民工群体岗位替代比例：6.00%（阈值 5.00%）').waitFor();
    await owner.context.close();

    const hr = await platform.newPage();
    await signIn(hr.page, platform.url, 'officer.hr');
    await hr.page.getByRole('navigation').getByRole('link', { name: '就业风险' }).first().click();
    await hr.page.getByRole('heading', { level: 1, name: '就业风险' }).waitFor();
    const first = hr.page.getByRole('table', { name: '就业风险列表' }).getByRole('row').nth(1);
    await first.getByRole('link', { name: TITLE }).waitFor();
    expect(await first.getAttribute('class')).toContain('employment-breach');
    expect(await first.textContent()).toContain('越限');
    expect(await first.textContent()).toContain('农民工群体岗位替代比例：6.00%（阈值 5.00%）');
    await hr.page.getByTestId('employment-counts').getByText('越限 1 个，关注 0 个，正常 0 个').waitFor();
    expect(await axeViolations(hr.page)).toEqual([]);
    await screenshot(hr.page, 'employment-risk-dashboard');
    await hr.context.close();
  });
});
