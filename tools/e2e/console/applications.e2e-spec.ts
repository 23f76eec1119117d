import { eventually, slowTimeout } from '@scq/platform-testing';
import { apiAs, documentWidth, screenshot, signIn, startConsolePlatform, tokenFor, waitForCount, waitForTexts, type ConsolePlatform } from './console-harness';
import { openScenario } from './open-scenario';

jest.setTimeout(slowTimeout(2));

// Bodies are checked field by field with expect(), so they are read untyped.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

const TITLE = '两江新区园区无人配送揭榜';
const TITLE_EN = 'Unmanned delivery in Liangjiang parks';

/**
 * 申报 / 揭榜 in Chromium: a scenario is driven to 开放申报 through the API (the recognition gate passed by three
 * evaluators scoring through the evaluation API, as in tools/e2e/evaluation.e2e-spec.ts), then the applicant
 * applies in the console, submits, the transport officer returns it for revision from their desk, and the
 * applicant answers the return.
 */
describe('console applications (Chromium)', () => {
  let platform: ConsolePlatform;
  let scenarioId: string;

  beforeAll(async () => {
    // Trusted identity headers only for the test's own evaluator calls (the demo has one evaluator account, a
    // panel needs three); the console itself always signs in and sends its token, which takes precedence.
    platform = await startConsolePlatform('applications', { GATEWAY_TRUST_CLIENT_IDENTITY: 'true' });
    scenarioId = await openScenario(platform.url, {
      title: { zh: TITLE, en: TITLE_EN },
      district: '两江新区',
      list: { number: '渝场景〔2026〕1号', title: '2026年第一批应用场景项目清单', issueDate: '2026-04-01' },
      opportunity: { title: { zh: '园区无人配送车辆' }, sought: { capabilities: ['无人配送'], respondBy: '2099-12-31' } },
    });
  });

  afterAll(async () => {
    await platform?.stop();
  });

  it('lets an applicant apply to an open scenario, follow it, and answer a return for revision', async () => {
    const { url } = platform;
    const applicant = await platform.newPage();
    const page = applicant.page;
    await signIn(page, url, 'applicant');
    await page.goto(`${url}/applications`);
    await page.getByRole('heading', { name: '申报 / 揭榜', level: 1 }).waitFor();
    await page.getByRole('heading', { name: '我的申报' }).waitFor();
    await page.getByText('您还没有申报。').waitFor();
    const select = page.getByLabel('场景', { exact: true });
    await waitForCount(select.locator('option', { hasText: TITLE }), 1);
    await select.selectOption(scenarioId);
    await page.getByRole('button', { name: '创建申报' }).click();

    // The new application's page: a draft with the applicant's actions only.
    await page.getByRole('heading', { name: '申报详情', level: 1 }).waitFor();
    const stage = page.getByTestId('application-stage');
    await expect(stage.textContent()).resolves.toBe('草稿');
    const applicationId = new URL(page.url()).pathname.split('/').pop();
    await waitForTexts(page.locator('.application-actions button'), ['提交申报', '撤回申报']);
    await page.getByRole('button', { name: '提交申报' }).click();
    await page.getByRole('status').filter({ hasText: '已执行：提交申报' }).waitFor();
    await waitText(stage, '已提交');
    await waitForTexts(page.locator('.application-actions button'), ['撤回申报']);

    // My applications: the scenario by name, its stage, a link to it.
    await page.getByRole('link', { name: '返回申报列表' }).click();
    const mine = page.getByRole('table', { name: '我的申报' });
    const row = mine.getByRole('row', { name: new RegExp(TITLE) });
    await row.waitFor();
    await waitText(row.getByRole('cell').first(), '已提交');
    // The scenario is offered no more: the applicant has a live application to it (the server would answer 409).
    const offered = page.getByLabel('场景', { exact: true }).locator('option', { hasText: TITLE });
    await waitForCount(offered.filter({ hasText: '（已申报）' }), 1);
    expect(await offered.isDisabled()).toBe(true);
    await page.getByText('标有“已申报”的场景您已有在办申报').waitFor();
    await screenshot(page, 'applications');
    await page.getByRole('button', { name: '语言' }).click();
    await page.getByRole('heading', { name: 'My applications' }).waitFor();
    await page.getByRole('table', { name: 'My applications' }).getByRole('row', { name: new RegExp(TITLE_EN) }).getByText('Submitted').waitFor();
    await page.getByRole('heading', { name: 'Apply for a scenario' }).waitFor();
    await screenshot(page, 'applications-en');
    await page.getByRole('button', { name: 'Language' }).click();
    await mine.waitFor();
    await row.getByRole('link', { name: `查看申报 ${TITLE}` }).click();
    await page.getByRole('heading', { name: '办理记录' }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/applications/${applicationId}`);
    await waitForCount(page.locator('.application-timeline li'), 2);
    await screenshot(page, 'application-detail');

    // The transport officer finds it on their desk, starts screening and returns it for revision.
    const officer = await platform.newPage();
    await signIn(officer.page, url, 'officer.transport');
    await officer.page.goto(`${url}/applications`);
    const desk = officer.page.getByRole('table', { name: '待我处理的申报' });
    await desk.getByRole('row', { name: new RegExp(TITLE) }).getByRole('link', { name: `查看申报 ${TITLE}` }).click();
    await officer.page.getByRole('button', { name: '开始形式审查' }).click();
    await waitText(officer.page.getByTestId('application-stage'), '形式审查');
    // A return without a reason is refused before it is sent; with one it goes through.
    await officer.page.getByRole('button', { name: '退回补正' }).click();
    await officer.page.getByRole('alert').filter({ hasText: '“退回补正”需要填写意见或理由。' }).waitFor();
    expect(await officer.page.getByRole('dialog').count()).toBe(0);
    await officer.page.getByLabel('意见 / 理由（退回补正）').fill('请补充车辆安全测试报告');
    await officer.page.getByRole('button', { name: '退回补正' }).click();
    await waitText(officer.page.getByTestId('application-stage'), '退回补正');
    await officer.context.close();

    // The applicant's page is stale now: acting on it is refused by the server (409), its message shown, and the
    // page shows the current stage.
    // Withdrawing ends the application: it asks first, in the page, naming the stage it ends in.
    await page.getByRole('button', { name: '撤回申报' }).click();
    const confirm = page.getByRole('dialog', { name: '确认撤回申报？' });
    await confirm.getByText('申报将进入「已撤回」并就此结束').waitFor();
    await screenshot(page, 'application-confirm-withdraw');
    await confirm.getByRole('button', { name: '确认撤回申报' }).click();
    await page.getByRole('alert').filter({ hasText: 'CONCURRENT_TRANSITION' }).waitFor();
    await waitText(stage, '退回补正');

    // The applicant sees the return and answers it.
    await page.reload();
    await waitText(stage, '退回补正');
    await page.getByRole('heading', { name: '申报被退回补正' }).waitFor();
    await page.locator('.revision-request').filter({ hasText: '请补充车辆安全测试报告' }).waitFor();
    await screenshot(page, 'application-returned');
    await page.getByLabel('补正说明').fill('已补充第三方安全测试报告（附件 3）');
    await page.getByRole('button', { name: '补正后重新提交' }).click();
    await waitText(stage, '形式审查');
    await page.locator('.application-timeline li').first().filter({ hasText: '已补充第三方安全测试报告（附件 3）' }).waitFor();

    // On a phone (390 px) the page does not scroll sideways: the table scrolls inside its wrapper.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole('link', { name: '返回申报列表' }).click();
    await page.getByRole('table', { name: '我的申报' }).waitFor();
    expect(await documentWidth(page)).toBeLessThanOrEqual(390);

    const token = await tokenFor(url, 'applicant');
    const view = await apiAs<Json>(url, token, 'GET', `/api/workflow/applications/${applicationId}`);
    expect(view).toMatchObject({ stage: 'screening', allowedEvents: ['withdraw'] });
    await applicant.context.close();
  });

  async function waitText(locator: import('playwright-core').Locator, text: string): Promise<void> {
    await eventually(async () => ((await locator.textContent()) === text ? true : undefined), 15_000);
  }
});
