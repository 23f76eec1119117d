import { apiAs, screenshot, signIn, startConsolePlatform, tokenFor, waitForCount, type ConsolePlatform } from './console-harness';
import { scoreEverything, untilShown } from './journey-steps';
import { slowTimeout } from '@scq/platform-testing';

jest.setTimeout(slowTimeout(3.5));

const TITLE = '市政桥梁无人机巡检小切口';
const EVALUATORS = ['evaluator', 'evaluator.2', 'evaluator.3'];
const EVALUATOR_NAMES = ['示范评审专家 Demo evaluator', '示范评审专家二 Demo evaluator 2', '示范评审专家三 Demo evaluator 3'];

/**
 * “A fresh install with demo accounts completes one recognition with a three-evaluator panel in the browser, with no
 * API call by hand”: an empty evaluator pool, every step taken in Chromium by the demo users themselves — the officer
 * registers and advances the scenario, the coordinator fills the pool from the waiting assessment, the three demo
 * evaluators score — until the scenario is recognised. The API is only read, to confirm the final stage.
 */
describe('console fresh install: one recognition end to end (Chromium)', () => {
  let platform: ConsolePlatform;

  beforeAll(async () => {
    platform = await startConsolePlatform('fresh-recognition');
  });

  afterAll(async () => {
    await platform?.stop();
  });

  it('takes a scenario registered on the board through recognition with the three demo evaluators', async () => {
    const url = platform.url;

    // 1. The officer of 市城市管理局 registers a scenario from the board; the workflow starts it in 征集.
    const officer = await platform.newPage();
    const op = officer.page;
    await signIn(op, url, 'officer.urban');
    await op.getByRole('heading', { name: '场景看板' }).waitFor();
    await op.getByRole('link', { name: '登记场景' }).click();
    await op.getByRole('heading', { level: 1, name: '登记场景' }).waitFor();
    expect(await op.getByRole('textbox', { name: '所属单位', exact: true }).inputValue()).toBe('市城市管理局');
    await op.getByRole('textbox', { name: '场景名称（中文）', exact: true }).fill(TITLE);
    await op.getByRole('textbox', { name: '场景名称（英文）', exact: true }).fill('Drone inspection of municipal bridges');
    await op.getByRole('textbox', { name: '场景描述（中文）', exact: true }).fill('以无人机定期巡检市政桥梁，替代人工登高作业。');
    await op.getByRole('combobox', { name: '所属领域', exact: true }).selectOption({ label: '全空间无人体系领域' });
    await op.getByRole('combobox', { name: '所属单位类型', exact: true }).selectOption({ label: '市级部门' });
    await op.getByRole('combobox', { name: '场景层级', exact: true }).selectOption({ label: '高价值小切口' });
    await op.getByRole('button', { name: '登记场景' }).click();
    await op.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    const scenarioId = /\/scenarios\/([0-9a-f-]{36})$/.exec(new URL(op.url()).pathname)?.[1];
    expect(scenarioId).toBeDefined();
    const profile = op.getByRole('region', { name: '场景概况' });
    await untilShown(op, profile.getByText('征集', { exact: true }));
    await screenshot(op, 'fresh-registered');

    // 2. On the scenario page, with a reason: into cultivation, then a request for the recognition assessment.
    const actions = op.getByRole('region', { name: '办理' });
    const chart = op.getByRole('figure');
    await op.getByLabel('理由 / 意见（纳入培育）').fill('场景需求明确，纳入培育');
    await actions.getByRole('button', { name: '纳入培育' }).click();
    await op.getByRole('status').filter({ hasText: '已办理：纳入培育' }).waitFor();
    await chart.locator('[aria-current="step"][data-path="cultivating"]').waitFor({ timeout: 30_000 });
    await op.getByLabel('理由 / 意见（申请认定评估）').fill('培育成熟，申请认定评估');
    await actions.getByRole('button', { name: '申请认定评估' }).click();
    await op.getByRole('status').filter({ hasText: '已办理：申请认定评估' }).waitFor();
    await chart.locator('[aria-current="step"][data-path="recognition.assessing"]').waitFor({ timeout: 30_000 });
    await screenshot(op, 'fresh-assessing');

    // 3. The coordinator finds the assessment waiting for evaluators and adds the three demo accounts to the pool.
    const coordinator = await platform.newPage();
    const cp = coordinator.page;
    await signIn(cp, url, 'coordinator');
    await cp.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '评审工作台' }).click();
    const waiting = cp.getByRole('table', { name: '全部评估' }).getByRole('row').filter({ hasText: TITLE }).filter({ hasText: '评审专家不足' });
    await untilShown(cp, waiting);
    await waiting.getByRole('link', { name: TITLE }).click();
    await cp.getByRole('heading', { name: `评估：${TITLE}` }).waitFor();
    await cp.getByRole('heading', { name: '评审专家库不足 · 添加专家' }).waitFor();
    const candidates = cp.getByRole('list', { name: '可加入专家库的评审专家账号' }).getByRole('listitem');
    await waitForCount(candidates, 3);
    await screenshot(cp, 'fresh-pool-short');
    for (const [index, name] of EVALUATOR_NAMES.entries()) {
      await cp.getByRole('button', { name: `将“${name}”加入专家库`, exact: true }).click();
      if (index < EVALUATOR_NAMES.length - 1) await waitForCount(candidates, EVALUATOR_NAMES.length - 1 - index);
    }
    const panel = cp.getByRole('table', { name: '专家组' });
    await panel.waitFor();
    await waitForCount(panel.getByRole('row').filter({ hasText: '待评分' }), 3);
    // Each named as the pool has them, the account id beside the name.
    const seated = (await panel.getByRole('row').filter({ hasText: '待评分' }).locator('.eval-evaluator-id').allTextContents()).map((text) => text.trim());
    expect(seated.sort()).toEqual(['demo-evaluator', 'demo-evaluator-2', 'demo-evaluator-3']);
    const assessmentPath = new URL(cp.url()).pathname;
    await screenshot(cp, 'fresh-panel');

    // 4. Each demo evaluator opens the assignment from the workspace and submits the whole score sheet.
    for (const username of EVALUATORS) {
      const { context, page } = await platform.newPage();
      await signIn(page, url, username);
      await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '评审工作台' }).click();
      const row = page.getByRole('table', { name: '我的评审任务' }).getByRole('row').filter({ hasText: TITLE });
      await untilShown(page, row.filter({ hasText: '待评分' }));
      await row.getByRole('link', { name: `打开评估：${TITLE}` }).click();
      await page.getByRole('heading', { name: `评估：${TITLE}` }).waitFor();
      await scoreEverything(page);
      if (username === EVALUATORS[0]) await screenshot(page, 'fresh-score-sheet');
      await page.getByRole('button', { name: '提交评分' }).click();
      await page.getByRole('status').filter({ hasText: '您已于' }).waitFor({ timeout: 30_000 });
      expect(await page.locator('.eval-summary').textContent()).toContain('已提交');
      await context.close();
    }

    // The third sheet decided the assessment: the coordinator sees it passed with the three sheets in.
    await cp.goto(`${url}${assessmentPath}`);
    await cp.getByRole('heading', { name: `评估：${TITLE}` }).waitFor();
    await untilShown(cp, cp.getByText('总体结论：通过'));
    await waitForCount(cp.getByRole('table', { name: '专家组' }).getByRole('row').filter({ hasText: '已提交' }), 3);
    await screenshot(cp, 'fresh-consensus');

    // 5. The workflow takes the decision from the evaluation service's event: the scenario page shows it recognised.
    await cp.goto(`${url}/scenarios/${scenarioId}`);
    await cp.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await untilShown(cp, cp.getByRole('region', { name: '场景概况' }).getByText('认定通过，待入清单', { exact: true }));
    await cp.getByRole('figure').locator('[aria-current="step"][data-path="recognition.recognized"]').waitFor();
    await screenshot(cp, 'fresh-recognized');

    // Read only: the workflow agrees.
    const view = await apiAs<{ stage: string }>(url, await tokenFor(url, 'coordinator'), 'GET', `/api/workflow/scenarios/${scenarioId}`);
    expect(view.stage).toBe('recognition.recognized');

    await coordinator.context.close();
    await officer.context.close();
  });
});
