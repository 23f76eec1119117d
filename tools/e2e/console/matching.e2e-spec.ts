import { eventually, slowTimeout } from '@scq/platform-testing';
import { axeViolations } from './axe';
import { apiAs, screenshot, signIn, startConsolePlatform, tokenFor, type ConsolePlatform } from './console-harness';
import { openScenario } from './open-scenario';

jest.setTimeout(slowTimeout(3));

// Bodies are read untyped.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

const OPPORTUNITY = '园区无人机巡检与配送（匹配测试）';
const CONSORTIUM = '园区低空巡检场景创新联合体';

/**
 * 供需对接 in a real Chromium: the demo applicant writes its organisation's supplier profile, sees the open opportunity
 * matched to it with the reasons (which of its offers met which need), and the owner unit's officer sees the
 * applicant's organisation among the suppliers matched to the opportunity, with the same reasons; the coordinator
 * restricts it (失信) in the supplier directory and it leaves the matches. A 场景创新联合体 it leads is matched too: the
 * workflow tells the registry its members, and the officer sees it with its members and which member met which need.
 */
describe('supply–demand matching (Chromium)', () => {
  let platform: ConsolePlatform;
  let opportunityId: string;

  beforeAll(async () => {
    platform = await startConsolePlatform('matching', { GATEWAY_TRUST_CLIENT_IDENTITY: 'true' });
    await openScenario(platform.url, {
      title: { zh: '园区无人机巡检（匹配测试）', en: 'Drone inspection in parks (matching test)' },
      district: '两江新区',
      list: { number: '渝场景〔2026〕31号', title: '2026年匹配测试清单', issueDate: '2026-04-01' },
      opportunity: { title: { zh: OPPORTUNITY }, sought: { capabilities: ['无人机巡检', '火点识别'], respondBy: '2099-12-31' } },
    });
    const coordinator = await tokenFor(platform.url, 'coordinator');
    const listed = await apiAs<Json>(platform.url, coordinator, 'GET', '/api/opportunities?limit=50');
    opportunityId = listed.items.find((o: Json) => o.title.zh === OPPORTUNITY).id;
  });

  afterAll(async () => {
    await platform?.stop();
  });

  it('lets the applicant write its profile and read the matched opportunity with its reasons; the owner unit sees the supplier', async () => {
    const { context, page } = await platform.newPage();
    await signIn(page, platform.url, 'applicant');
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '供应商档案' }).click();
    await page.getByText('尚未填写供应商档案').waitFor();
    await page.getByLabel('能力描述').fill('工业级多旋翼无人机研发制造；红外热成像火点识别算法');
    // Refused by the server item by item: each error at its field, none unsaid.
    await page.getByLabel('产品').fill('长航时巡检无人机：林区、园区巡检\n：无名产品');
    await page.getByLabel('领域代码').fill('unmanned-systems, not-a-domain');
    await page.getByLabel('服务区县').fill('两江新区, 火星区');
    await page.getByRole('button', { name: '保存档案' }).click();
    await page.getByText(/^第 2 项：.+/).first().waitFor();
    const errorsAt = async (label: string) => (await page.getByLabel(label).getAttribute('aria-describedby'))?.split(' ').map((id) => page.locator(`[id="${id}"]`));
    const describedBy = async (label: string) => (await Promise.all(((await errorsAt(label)) ?? []).map((node) => node.textContent()))).join(' ');
    expect(await describedBy('产品')).toMatch(/第 2 项：/);
    expect(await describedBy('领域代码')).toMatch(/第 2 项：未知的领域代码/);
    expect(await describedBy('服务区县')).toMatch(/第 2 项：未知区县/);
    await page.getByLabel('产品').fill('长航时巡检无人机：林区、园区巡检');
    await page.getByLabel('领域代码').fill('unmanned-systems');
    await page.getByLabel('服务区县').fill('两江新区');
    // Every 首台(套) line that cannot be read is named, before anything is sent.
    await page.getByLabel('首台(套)认定').fill('长航时巡检无人机, 2025, nonsense\n无人机, 二〇二五, national');
    await page.getByRole('button', { name: '保存档案' }).click();
    await page.getByText('第 1、2 行应为').waitFor();
    await page.getByLabel('首台(套)认定').fill('长航时巡检无人机, 2025, municipal');
    await page.getByRole('button', { name: '保存档案' }).click();
    await page.getByRole('status').getByText('档案已保存。').waitFor();
    await page.getByRole('heading', { name: '重庆示范科技有限公司' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'supplier-profile');

    await page.getByRole('link', { name: '为本单位匹配的场景机会' }).click();
    const row = page.getByRole('row', { name: new RegExp(OPPORTUNITY.replace(/[()（）]/g, '.')) });
    await row.waitFor();
    const text = (await row.textContent()) ?? '';
    expect(text).toContain('所需能力“无人机巡检”← 产品“长航时巡检无人机”');
    expect(text).toContain('所需能力“火点识别”← 能力“红外热成像火点识别算法”');
    expect(text).toContain('同领域：unmanned-systems');
    expect(text).toContain('服务区县：两江新区');
    expect(text).toContain('首台(套)：长航时巡检无人机');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'supplier-opportunities');
    await context.close();

    // The applicant's organisation leads a 场景创新联合体 (in the workflow); the registry learns its members from the event.
    const applicantToken = await tokenFor(platform.url, 'applicant');
    await apiAs(platform.url, applicantToken, 'POST', '/api/workflow/consortia', {
      name: { zh: CONSORTIUM, en: 'Low-altitude inspection consortium' },
      members: [
        { organisation: '重庆示范科技有限公司', kind: 'enterprise', role: 'lead', contribution: '无人机与火点识别' },
        { organisation: '重庆大学', kind: 'university', role: 'member', contribution: '算法研究' },
      ],
    });
    const coordinatorToken = await tokenFor(platform.url, 'coordinator');
    await eventually(async () => ((await apiAs<Json>(platform.url, coordinatorToken, 'GET', `/api/opportunities/${opportunityId}/suppliers`)).consortia.length > 0 ? true : undefined), 60_000, 250);

    const officer = await platform.newPage();
    await signIn(officer.page, platform.url, 'officer.transport');
    await officer.page.goto(`${platform.url}/opportunities/${opportunityId}`);
    const section = officer.page.getByRole('region', { name: '匹配的供应商' });
    const supplier = section.getByRole('row', { name: /重庆示范科技有限公司/ }).first();
    await supplier.waitFor();
    expect(await supplier.textContent()).toContain('所需能力“火点识别”');
    const consortium = section.getByRole('table', { name: '匹配的场景创新联合体' }).getByRole('row', { name: new RegExp(CONSORTIUM) });
    await consortium.waitFor();
    const consortiumText = (await consortium.textContent()) ?? '';
    expect(consortiumText).toContain('牵头单位：重庆示范科技有限公司');
    expect(consortiumText).toContain('重庆大学');
    expect(consortiumText).toContain('无供应商档案');
    expect(consortiumText).toContain('所需能力“火点识别”← 能力“红外热成像火点识别算法”');
    expect(consortiumText).toContain('（由 重庆示范科技有限公司 提供）');
    expect(await axeViolations(officer.page)).toEqual([]);
    await screenshot(officer.page, 'opportunity-suppliers');
    await officer.context.close();

    // The coordinator restricts the supplier (失信) in the directory: it leaves the opportunity's matches.
    const coordinator = await platform.newPage();
    await signIn(coordinator.page, platform.url, 'coordinator');
    await coordinator.page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '供应商名录' }).click();
    const entry = coordinator.page.getByRole('row', { name: /重庆示范科技有限公司/ });
    await entry.getByLabel('失信原因').fill('列入严重失信主体名单（测试）');
    await entry.getByRole('button', { name: '设为失信限制' }).click();
    await coordinator.page.getByRole('dialog').getByRole('button', { name: '确认限制' }).click();
    await coordinator.page.getByRole('status').getByText('信用状态已更新。').waitFor();
    // The row shows it once the directory is read again (the notice comes first).
    await entry.locator('.supplier-restricted').filter({ hasText: '列入严重失信主体名单（测试）' }).waitFor();
    expect(await entry.textContent()).toContain('失信限制');
    expect(await axeViolations(coordinator.page)).toEqual([]);
    await screenshot(coordinator.page, 'supplier-directory');
    const token = await tokenFor(platform.url, 'coordinator');
    const after = await apiAs<Json>(platform.url, token, 'GET', `/api/opportunities/${opportunityId}/suppliers`);
    expect(after.items.map((i: Json) => i.supplier.organisation)).not.toContain('重庆示范科技有限公司');
    // Its consortium leaves the matches with it.
    expect(after.consortia).toEqual([]);
    await coordinator.context.close();
  });
});
