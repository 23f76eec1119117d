import { eventually, slowTimeout } from '@scq/platform-testing';
import type { Page } from 'playwright-core';
import { apiAs, documentWidth, screenshot, signIn, startConsolePlatform, tokenFor, type ConsolePlatform } from './console-harness';
import { listScenario } from './open-scenario';

jest.setTimeout(slowTimeout(2.5));

// Bodies are checked field by field, so they are read untyped.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

const SCENARIO = '园区无人配送车辆调度';
const OPPORTUNITY = '园区无人配送车辆';
const OPPORTUNITY_EN = 'Unmanned delivery vehicles for parks';
const SUPPLIER = '重庆某某智能科技有限公司';

/**
 * 场景机会, 需求清单, 供需对接活动 and 评分校准 in Chromium. A scenario is recognised (three evaluators scoring
 * through the evaluation API, unevenly, so that the calibration report has figures) and listed by a batch list in
 * beforeAll; then in the browser the transport officer drafts an opportunity for it (chosen by a search), publishes
 * it after a confirmation that says the scenario opens, files a demand list with it, records a matchmaking event and
 * its agreement (the scenario moves to 对接), and the coordinator reads the calibration report.
 */
describe('console opportunities and matchmaking (Chromium)', () => {
  let platform: ConsolePlatform;
  let scenarioId: string;
  let coordinator: string;

  beforeAll(async () => {
    // Trusted identity headers only for the test's own evaluator calls; the console always signs in with a token.
    platform = await startConsolePlatform('opportunities', { GATEWAY_TRUST_CLIENT_IDENTITY: 'true' });
    coordinator = await tokenFor(platform.url, 'coordinator');
    // Recognised by three evaluators who score it unevenly (5, 4, 4: the first lenient against the others).
    scenarioId = await listScenario(platform.url, {
      title: { zh: SCENARIO, en: 'Unmanned delivery dispatch in parks' },
      district: '两江新区',
      list: { number: '渝场景〔2026〕1号', title: '2026年第一批应用场景项目清单', issueDate: '2026-04-01' },
      markOf: (evaluatorId) => (evaluatorId === 'expert-cqu' ? 5 : 4),
    });
  });

  afterAll(async () => {
    await platform?.stop();
  });

  const stageOf = async (id: string) => ((await apiAs<Json>(platform.url, coordinator, 'GET', `/api/scenarios/${id}`)) as Json).stage as string;

  it('lets the owner unit draft, publish and close opportunities, with errors by field and a confirmation', async () => {
    const { context, page } = await platform.newPage();
    await signIn(page, platform.url, 'officer.transport');
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '场景机会' }).click();
    await page.getByRole('heading', { name: '场景机会', level: 1 }).waitFor();
    await page.getByText('暂无场景机会').waitFor();

    // Nothing filled in: the server's refusals appear by field label, the first invalid field takes the focus.
    await page.getByRole('button', { name: '新建场景机会' }).click();
    await page.getByRole('button', { name: '保存草稿' }).click();
    const summary = page.locator('.op-errors');
    await summary.waitFor();
    expect(await summary.textContent()).toContain('场景：请搜索并选择一个场景');
    expect(await summary.textContent()).toContain('标题（中文）：');
    expect(await summary.textContent()).toContain('响应截止：');
    expect(await page.getByLabel('标题（中文）').getAttribute('aria-invalid')).toBe('true');
    await screenshot(page, 'opportunity-new-errors');

    // The scenario is chosen by a search, not typed as an id.
    await page.getByLabel('搜索场景（名称、描述）').fill('无人配送');
    await page.getByRole('button', { name: '搜索', exact: true }).click();
    await page.getByRole('button', { name: `选择“${SCENARIO}”` }).click();
    await page.getByTestId('chosen-scenario').filter({ hasText: SCENARIO }).waitFor();
    await page.getByLabel('标题（中文）').fill(OPPORTUNITY);
    await page.getByLabel('标题（英文）').fill(OPPORTUNITY_EN);
    await page.getByLabel('描述（中文）').fill('在两江新区园区内开展无人配送车辆常态化运营。');
    await page.getByLabel('所需能力').fill('无人配送，车路协同');
    await page.getByLabel('预算下限（元）').fill('500000');
    await page.getByLabel('预算上限（元）').fill('2000000');
    await page.getByLabel('响应截止').fill('2099-12-31');
    await screenshot(page, 'opportunity-new');
    await page.getByRole('button', { name: '保存草稿' }).click();

    // The draft's page: publishing asks first, and says the listed scenario opens.
    await page.getByRole('heading', { name: `场景机会 · ${OPPORTUNITY}`, level: 1 }).waitFor();
    await page.locator('.op-status-draft').waitFor();
    await page.getByRole('button', { name: '发布', exact: true }).click();
    const confirm = page.getByRole('dialog', { name: '发布' });
    await confirm.getByText('将由“入清单”进入“开放”阶段').waitFor();
    expect(await confirm.textContent()).toContain(SCENARIO);
    expect(await confirm.getByRole('button', { name: '取消', exact: true }).evaluate((button) => button === button.ownerDocument.activeElement)).toBe(true);
    await screenshot(page, 'opportunity-publish-confirm');
    await confirm.getByRole('button', { name: '确认发布' }).click();
    await page.getByRole('status').filter({ hasText: '已发布。' }).waitFor();
    await page.locator('.op-status-published').waitFor();
    await eventually(async () => ((await stageOf(scenarioId)) === 'operating.open' ? true : undefined), 30_000);
    await screenshot(page, 'opportunity');
    await switchLanguage(page);
    await page.getByRole('heading', { name: `Opportunities · ${OPPORTUNITY_EN}`, level: 1 }).waitFor();
    await screenshot(page, 'opportunity-en');
    await switchLanguage(page);

    // Listed as published, found by the status filter; the scenario's page links to its opportunities.
    await page.getByRole('link', { name: '返回场景机会' }).click();
    await page.getByLabel('状态').selectOption('published');
    const table = page.getByRole('table', { name: '场景机会列表' });
    await table.getByRole('row').filter({ hasText: OPPORTUNITY }).filter({ hasText: '已发布' }).waitFor();
    await screenshot(page, 'opportunities');
    await switchLanguage(page);
    await page.getByRole('heading', { name: 'Opportunities', level: 1 }).waitFor();
    await page.getByRole('table', { name: 'Opportunities' }).getByRole('row').filter({ hasText: OPPORTUNITY_EN }).filter({ hasText: 'Published' }).waitFor();
    await screenshot(page, 'opportunities-en');
    await switchLanguage(page);
    await page.goto(`${platform.url}/scenarios/${scenarioId}`);
    await page.getByTestId('scenario-opportunities').click();
    await page.getByText(`仅显示场景：${SCENARIO}`).waitFor();
    await page.getByRole('table', { name: '场景机会列表' }).getByRole('rowheader', { name: OPPORTUNITY }).waitFor();

    // A second one, withdrawn: closing asks first and names the consequence.
    const second = await apiAs<Json>(platform.url, await tokenFor(platform.url, 'officer.transport'), 'POST', '/api/opportunities', { scenarioId, title: { zh: '园区配送路侧感知' }, sought: { capabilities: ['路侧感知'], respondBy: '2099-06-30' } });
    await page.goto(`${platform.url}/opportunities/${second.id}`);
    await page.getByRole('button', { name: '发布', exact: true }).click();
    await page.getByRole('dialog', { name: '发布' }).getByRole('button', { name: '确认发布' }).click();
    await page.locator('.op-status-published').waitFor();
    await page.getByLabel('关闭原因').selectOption('withdrawn');
    await page.getByRole('button', { name: '关闭机会' }).click();
    const closing = page.getByRole('dialog', { name: '关闭机会' });
    expect(await closing.textContent()).toContain('不可撤销');
    expect(await closing.textContent()).toContain('不计入有效场景机会');
    await screenshot(page, 'opportunity-close-confirm');
    await closing.getByRole('button', { name: '确认关闭' }).click();
    await page.locator('.op-status-closed').waitFor();
    await page.getByText('撤回', { exact: true }).waitFor();
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await documentWidth(page)).toBeLessThanOrEqual(390);
    await screenshot(page, 'opportunity-closed-mobile');
    await context.close();
  });

  it('lets the owners move a draft’s passed deadline so that it can be published, and delete a draft', async () => {
    const officer = await tokenFor(platform.url, 'officer.transport');
    const late = await apiAs<Json>(platform.url, officer, 'POST', '/api/opportunities', { scenarioId, title: { zh: '园区配送夜间巡检' }, sought: { capabilities: ['夜间巡检'], respondBy: '2020-01-01' } });
    const { context, page } = await platform.newPage();
    await signIn(page, platform.url, 'officer.transport');
    await page.goto(`${platform.url}/opportunities/${late.id}`);
    await page.getByRole('note').filter({ hasText: '响应截止日期（2020-01-01）已过' }).waitFor();
    // Published as it is, it is refused with the reason; the deadline is moved on the same page, then it publishes.
    await page.getByRole('button', { name: '发布', exact: true }).click();
    await page.getByRole('dialog', { name: '发布' }).getByRole('button', { name: '确认发布' }).click();
    await page.getByRole('alert').filter({ hasText: '（2020-01-01）早于发布日期' }).waitFor();
    await page.getByLabel('响应截止').fill('2099-03-31');
    await page.getByRole('button', { name: '修改响应截止日期' }).click();
    await page.getByText('响应截止日期已修改。').waitFor();
    expect((await apiAs<Json>(platform.url, officer, 'GET', `/api/opportunities/${late.id}`)).sought).toMatchObject({ capabilities: ['夜间巡检'], respondBy: '2099-03-31' });
    await page.getByRole('button', { name: '发布', exact: true }).click();
    await page.getByRole('dialog', { name: '发布' }).getByRole('button', { name: '确认发布' }).click();
    await page.locator('.op-status-published').waitFor();
    expect(await page.getByRole('button', { name: '删除草稿' }).count()).toBe(0);

    // A draft deleted after the confirmation is gone, and the list is shown.
    const unwanted = await apiAs<Json>(platform.url, officer, 'POST', '/api/opportunities', { scenarioId, title: { zh: '园区配送误建草稿' }, sought: { capabilities: ['无'], respondBy: '2099-06-30' } });
    await page.goto(`${platform.url}/opportunities/${unwanted.id}`);
    await page.getByRole('button', { name: '删除草稿' }).click();
    const confirm = page.getByRole('dialog', { name: '删除草稿' });
    expect(await confirm.textContent()).toContain('不能恢复');
    await confirm.getByRole('button', { name: '确认删除' }).click();
    await page.waitForURL(`${platform.url}/opportunities`);
    const gone = await fetch(`${platform.url}/api/opportunities/${unwanted.id}`, { headers: { authorization: `Bearer ${officer}` } });
    expect(gone.status).toBe(404);
    await context.close();
  });

  it('files a demand list, records a matchmaking event with an agreement, and shows the matches', async () => {
    const { context, page } = await platform.newPage();
    await signIn(page, platform.url, 'officer.transport');
    await page.goto(`${platform.url}/demand-lists`);
    await page.getByRole('heading', { name: '需求清单', level: 1 }).waitFor();
    await page.getByRole('button', { name: '发布需求清单' }).click();
    await page.getByLabel('期号').fill('2026年第1期');
    await page.getByLabel('标题（中文）').fill('交通运输场景需求清单');
    await page.getByLabel('标题（英文）').fill('Transport demand list');
    await page.getByRole('checkbox', { name: new RegExp(OPPORTUNITY) }).check();
    await screenshot(page, 'demand-list-new');
    await page.getByRole('button', { name: '发布清单' }).click();
    await page.getByRole('heading', { name: '需求清单 · 2026年第1期', level: 1 }).waitFor();
    await page.getByRole('table', { name: '清单中的场景机会表' }).getByRole('rowheader', { name: OPPORTUNITY }).waitFor();
    await screenshot(page, 'demand-list');
    const demandList = page.url();
    await switchLanguage(page);
    await page.getByRole('table', { name: 'Opportunities on this list' }).waitFor();
    await screenshot(page, 'demand-list-en');
    await switchLanguage(page);
    await page.getByRole('link', { name: '返回需求清单' }).click();
    await page.getByRole('table', { name: '需求清单列表' }).getByRole('row').filter({ hasText: '2026年第1期' }).waitFor();
    await screenshot(page, 'demand-lists');
    await switchLanguage(page);
    await page.getByRole('table', { name: 'Demand lists' }).getByRole('row').filter({ hasText: 'Transport demand list' }).waitFor();
    await screenshot(page, 'demand-lists-en');
    await switchLanguage(page);

    // 供需对接活动: a participant, the opportunity presented; then an agreement recorded on the event's page.
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '对接活动' }).click();
    await page.getByRole('heading', { name: '供需对接活动', level: 1 }).waitFor();
    await page.getByRole('button', { name: '记录对接活动' }).click();
    await page.getByLabel('活动名称（中文）').fill('两江新区无人配送供需对接会');
    await page.locator('#ev-kind').selectOption('matchmaking-meeting');
    await page.getByLabel('区县').fill('两江新区');
    await page.getByLabel('名称 1').fill(SUPPLIER);
    await page.getByLabel('类型 1').selectOption('enterprise');
    await page.getByRole('checkbox', { name: new RegExp(OPPORTUNITY) }).check();
    await screenshot(page, 'matchmaking-event-new');
    await page.getByRole('button', { name: '保存活动' }).click();
    await page.getByRole('heading', { name: '供需对接活动 · 两江新区无人配送供需对接会', level: 1 }).waitFor();
    await page.getByText('尚未记录对接结果。').waitFor();
    // Required fields carry a "*" in their label: the controls are found by their ids.
    await page.locator('#ev-outcome-supplier').selectOption(SUPPLIER);
    await page.locator('#ev-outcome-opportunity').selectOption({ label: OPPORTUNITY });
    await page.locator('#ev-outcome-status').selectOption('agreement');
    await page.getByLabel('备注', { exact: true }).fill('签订合作协议，首批 10 台车辆');
    await page.getByRole('button', { name: '记录对接结果' }).click();
    await page.getByRole('status').filter({ hasText: '已记录对接结果。' }).waitFor();
    const outcomes = page.getByRole('table', { name: '对接结果表' });
    const outcome = outcomes.getByRole('row').filter({ hasText: SUPPLIER });
    await outcome.waitFor();
    expect(await outcome.textContent()).toContain('合作协议');
    expect(await outcome.textContent()).toContain(OPPORTUNITY);
    await screenshot(page, 'matchmaking-event');
    const event = page.url();
    await switchLanguage(page);
    await page.getByRole('table', { name: 'Outcomes' }).getByRole('row').filter({ hasText: 'Agreement' }).waitFor();
    await screenshot(page, 'matchmaking-event-en');
    await switchLanguage(page);
    // The agreement moves the scenario to 对接 (registry event → workflow).
    await eventually(async () => ((await stageOf(scenarioId)) === 'operating.matched' ? true : undefined), 30_000);

    await page.getByRole('link', { name: '返回供需对接活动' }).click();
    await page.getByRole('table', { name: '供需对接活动列表' }).getByRole('row').filter({ hasText: '两江新区无人配送供需对接会' }).waitFor();
    await screenshot(page, 'matchmaking-events');
    await switchLanguage(page);
    await page.getByRole('table', { name: 'Matchmaking events' }).getByRole('row').filter({ hasText: 'Matchmaking meeting' }).waitFor();
    await screenshot(page, 'matchmaking-events-en');
    await switchLanguage(page);

    // The opportunity shows its match; in English on a phone nothing is wider than the screen.
    await page.goto(`${platform.url}/opportunities`);
    await page.getByRole('table', { name: '场景机会列表' }).getByRole('link', { name: OPPORTUNITY }).click();
    await page.getByRole('table', { name: '对接情况表' }).getByRole('row').filter({ hasText: SUPPLIER }).filter({ hasText: '合作协议' }).waitFor();
    await screenshot(page, 'opportunity-matched');
    await page.setViewportSize({ width: 390, height: 844 });
    await switchLanguage(page);
    await page.getByRole('table', { name: 'Matches' }).getByRole('row').filter({ hasText: 'Agreement' }).waitFor();
    expect(await documentWidth(page)).toBeLessThanOrEqual(390);
    await screenshot(page, 'opportunity-en-mobile');
    for (const [address, heading, name] of [
      [`${platform.url}/opportunities`, 'Opportunities', 'opportunities-en-mobile'],
      [`${platform.url}/demand-lists`, 'Demand lists', 'demand-lists-en-mobile'],
      [demandList, 'Demand lists · 2026年第1期', 'demand-list-en-mobile'],
      [`${platform.url}/matchmaking-events`, 'Matchmaking events', 'matchmaking-events-en-mobile'],
      [event, 'Matchmaking events · 两江新区无人配送供需对接会', 'matchmaking-event-en-mobile'],
    ] as const) {
      await page.goto(address);
      await page.getByRole('heading', { name: heading, level: 1 }).waitFor();
      await page.locator('table.op-table').first().waitFor();
      expect(await documentWidth(page)).toBeLessThanOrEqual(390);
      await screenshot(page, name);
    }
    await context.close();
  });

  it('shows the coordinator the calibration report in both languages', async () => {
    const { context, page } = await platform.newPage();
    await signIn(page, platform.url, 'coordinator');
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '评分校准' }).click();
    await page.getByRole('heading', { name: '评分校准', level: 1 }).waitFor();
    await page.getByText('共统计 1 项评估。').waitFor();
    const table = page.getByRole('table', { name: '评审专家评分校准表' });
    await table.getByRole('row').filter({ hasText: '专家 expert-swu' }).waitFor();
    expect(await table.getByRole('row').count()).toBe(4);
    await screenshot(page, 'calibration');
    await page.getByLabel('评估类型').selectOption('effectiveness');
    await page.getByText('尚无可统计的评估').waitFor();
    await page.getByLabel('评估类型').selectOption('');
    await switchLanguage(page);
    await page.getByRole('heading', { name: 'Scoring calibration', level: 1 }).waitFor();
    await page.getByRole('table', { name: 'Calibration of evaluators' }).getByRole('row').filter({ hasText: 'expert-swu' }).waitFor();
    await screenshot(page, 'calibration-en');
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await documentWidth(page)).toBeLessThanOrEqual(390);
    await screenshot(page, 'calibration-en-mobile');
    await context.close();

    // An evaluator sees neither the link nor the report.
    const evaluator = await platform.newPage();
    await signIn(evaluator.page, platform.url, 'evaluator');
    expect(await evaluator.page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '评分校准' }).count()).toBe(0);
    await evaluator.context.close();
  });
});

async function switchLanguage(page: Page): Promise<void> {
  await page.getByRole('button', { name: /(语言|Language)\)$/ }).click();
}
