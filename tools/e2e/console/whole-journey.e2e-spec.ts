import type { Locator, Page } from 'playwright-core';
import { axeViolations, pageSettled } from './axe';
import { apiAs, screenshot, signIn, startConsolePlatform, tokenFor, waitForCount, type ConsolePlatform } from './console-harness';
import { scoreEverything, untilShown } from './journey-steps';
import { slowTimeout } from '@scq/platform-testing';

jest.setTimeout(slowTimeout(10));

const TITLE = '两江新区园区无人配送揭榜';
const TITLE_EN = 'Unmanned delivery in the Liangjiang parks';
const OPPORTUNITY = '园区无人配送车辆与调度系统';
const PROPOSAL = '园区无人配送一体化方案';
/** A small PDF as the applicant's implementation plan (the server checks the magic bytes). */
const PDF = Buffer.from('%PDF-1.7\n1 0 obj<<>>endobj\n实施方案\n%%EOF\n');
const EVALUATORS = ['evaluator', 'evaluator.2', 'evaluator.3'];
const EVALUATOR_NAMES = ['示范评审专家 Demo evaluator', '示范评审专家二 Demo evaluator 2', '示范评审专家三 Demo evaluator 3'];
/** One working day lasts this long here, so the application's five-day public notice (公示) ends within the test. */
const WORKING_DAY_MS = 10_000;

/** Waits (re-reading the page) until an element's text is exactly `text`. */
async function untilText(locator: Locator, text: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while ((await locator.textContent())?.trim() !== text) {
    if (Date.now() > deadline) throw new Error(`expected “${text}”, still “${await locator.textContent()}” after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

/** The page is readable by everyone: no axe violation, and a screenshot for artifacts/console/journey-<name>.png. */
async function checkpoint(page: Page, name: string): Promise<void> {
  await pageSettled(page);
  expect({ page: name, violations: await axeViolations(page) }).toEqual({ page: name, violations: [] });
  await screenshot(page, `journey-${name}`);
}

/**
 * Issue 15's Must-hold: every role's whole journey in Chromium, with no API call by hand (the API is only read, to
 * confirm where things stand). The officer registers and advances a scenario, the coordinator fills the evaluator
 * pool and publishes a batch list with it, three evaluators score it, ... until the scenario scales.
 */
describe('console: the whole journey from registration to rollout (Chromium)', () => {
  let platform: ConsolePlatform;

  beforeAll(async () => {
    platform = await startConsolePlatform('journey', { NOTIFICATION_DEMO_WORKING_DAY_MS: String(WORKING_DAY_MS) });
  });

  afterAll(async () => {
    await platform?.stop();
  });

  /** Each evaluator opens the assessment of `title` waiting for them and submits the whole score sheet. */
  async function threeEvaluatorsScore(subject: string, name: string): Promise<void> {
    for (const [index, username] of EVALUATORS.entries()) {
      const { context, page } = await platform.newPage();
      await signIn(page, platform.url, username);
      await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '评审工作台' }).click();
      const row = page.getByRole('table', { name: '我的评审任务' }).getByRole('row').filter({ hasText: subject }).filter({ hasText: '待评分' });
      await untilShown(page, row);
      await row.getByRole('link', { name: `打开评估：${subject}`, exact: true }).first().click();
      await page.getByRole('heading', { name: `评估：${subject}`, exact: true }).waitFor();
      await scoreEverything(page);
      if (index === 0) await checkpoint(page, `${name}-score-sheet`);
      await page.getByRole('button', { name: '提交评分' }).click();
      await page.getByRole('status').filter({ hasText: '您已于' }).waitFor({ timeout: 30_000 });
      await context.close();
    }
  }

  it('takes a scenario from registration to rollout with every role in the browser', async () => {
    const { url } = platform;

    // 1. The officer of 市交通运输委 registers the scenario and advances it to the recognition assessment.
    const officer = await platform.newPage();
    const op = officer.page;
    await signIn(op, url, 'officer.transport');
    await op.getByRole('link', { name: '登记场景' }).click();
    await op.getByRole('heading', { level: 1, name: '登记场景' }).waitFor();
    await op.getByRole('textbox', { name: '场景名称（中文）', exact: true }).fill(TITLE);
    await op.getByRole('textbox', { name: '场景名称（英文）', exact: true }).fill(TITLE_EN);
    await op.getByRole('textbox', { name: '场景描述（中文）', exact: true }).fill('在两江新区园区内开展无人车末端配送示范，面向全国征集解决方案。');
    await op.getByRole('combobox', { name: '所属领域', exact: true }).selectOption({ label: '全空间无人体系领域' });
    await op.getByRole('combobox', { name: '所属单位类型', exact: true }).selectOption({ label: '市级部门' });
    await op.getByRole('combobox', { name: '场景层级', exact: true }).selectOption({ label: '行业集成式' });
    await checkpoint(op, 'register');
    await op.getByRole('button', { name: '登记场景' }).click();
    await op.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    const scenarioId = /\/scenarios\/([0-9a-f-]{36})$/.exec(new URL(op.url()).pathname)?.[1] as string;
    expect(scenarioId).toBeDefined();
    const profile = op.getByRole('region', { name: '场景概况' });
    const chart = op.getByRole('figure');
    await untilShown(op, profile.getByText('征集', { exact: true }));
    const actions = op.getByRole('region', { name: '办理' });
    await op.getByLabel('理由 / 意见（纳入培育）').fill('场景需求明确，纳入培育');
    await actions.getByRole('button', { name: '纳入培育' }).click();
    await chart.locator('[aria-current="step"][data-path="cultivating"]').waitFor({ timeout: 30_000 });
    await op.getByLabel('理由 / 意见（申请认定评估）').fill('培育成熟，申请认定评估');
    await actions.getByRole('button', { name: '申请认定评估' }).click();
    await chart.locator('[aria-current="step"][data-path="recognition.assessing"]').waitFor({ timeout: 30_000 });
    await checkpoint(op, 'scenario-assessing');

    // 2. The coordinator seats the three demo evaluators from the assessment waiting for a panel.
    const coordinator = await platform.newPage();
    const cp = coordinator.page;
    await signIn(cp, url, 'coordinator');
    await cp.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '评审工作台' }).click();
    const waiting = cp.getByRole('table', { name: '全部评估' }).getByRole('row').filter({ hasText: TITLE }).filter({ hasText: '评审专家不足' });
    await untilShown(cp, waiting);
    await waiting.getByRole('link', { name: TITLE }).click();
    await cp.getByRole('heading', { name: '评审专家库不足 · 添加专家' }).waitFor();
    const candidates = cp.getByRole('list', { name: '可加入专家库的评审专家账号' }).getByRole('listitem');
    await waitForCount(candidates, 3);
    for (const [index, name] of EVALUATOR_NAMES.entries()) {
      await cp.getByRole('button', { name: `将“${name}”加入专家库`, exact: true }).click();
      if (index < EVALUATOR_NAMES.length - 1) await waitForCount(candidates, EVALUATOR_NAMES.length - 1 - index);
    }
    await waitForCount(cp.getByRole('table', { name: '专家组' }).getByRole('row').filter({ hasText: '待评分' }), 3);
    await checkpoint(cp, 'assessment-panel');

    // 3. Three evaluators score the recognition; the scenario is recognised.
    await threeEvaluatorsScore(TITLE, 'recognition');
    await op.reload();
    await untilShown(op, profile.getByText('认定通过，待入清单', { exact: true }));

    // 4. The coordinator drafts the year's batch list, adds the scenario found by name and publishes it: it is listed.
    await cp.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '批次清单' }).click();
    await cp.getByRole('heading', { name: '批次清单', level: 1 }).waitFor();
    await cp.getByRole('button', { name: '新建草稿' }).click();
    await cp.getByLabel('批次编号', { exact: true }).fill('渝场景〔2026〕1号');
    await cp.getByLabel('标题（中文）').fill('2026年第一批应用场景项目清单');
    await cp.getByLabel('发布日期').fill('2026-04-01');
    await cp.getByRole('button', { name: '创建草稿' }).click();
    await cp.getByRole('heading', { name: '批次清单 · 渝场景〔2026〕1号', level: 1 }).waitFor();
    await cp.getByLabel('搜索场景（名称、描述）').fill('无人配送');
    await cp.getByRole('button', { name: '搜索', exact: true }).click();
    await cp.getByRole('button', { name: `添加“${TITLE}”` }).click();
    await cp.getByRole('table', { name: '清单场景表' }).getByRole('rowheader', { name: TITLE }).waitFor();
    await cp.getByRole('button', { name: '发布清单' }).click();
    await cp.getByRole('dialog', { name: '确认发布' }).getByRole('button', { name: '确认发布' }).click();
    await cp.getByText('清单已发布').waitFor();
    await checkpoint(cp, 'batch-list-published');
    await op.reload();
    await untilShown(op, profile.getByText('入清单', { exact: true }));
    await checkpoint(op, 'scenario-listed');

    // 5. The officer publishes the scenario's first opportunity (场景机会): that opens it (开放).
    await op.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '场景机会' }).click();
    await op.getByRole('heading', { name: '场景机会', level: 1 }).waitFor();
    await op.getByRole('button', { name: '新建场景机会' }).click();
    await op.getByLabel('搜索场景（名称、描述）').fill('无人配送');
    await op.getByRole('button', { name: '搜索', exact: true }).click();
    await op.getByRole('button', { name: `选择“${TITLE}”` }).click();
    await op.getByLabel('标题（中文）').fill(OPPORTUNITY);
    await op.getByLabel('所需能力').fill('无人配送车辆，调度系统');
    await op.getByLabel('响应截止').fill('2099-12-31');
    await checkpoint(op, 'opportunity-new');
    await op.getByRole('button', { name: '保存草稿' }).click();
    await op.getByRole('heading', { name: `场景机会 · ${OPPORTUNITY}`, level: 1 }).waitFor();
    await op.getByRole('button', { name: '发布', exact: true }).click();
    const publish = op.getByRole('dialog', { name: '发布' });
    await publish.getByText('将由“入清单”进入“开放”阶段').waitFor();
    await publish.getByRole('button', { name: '确认发布' }).click();
    await op.getByRole('status').filter({ hasText: '已发布。' }).waitFor();
    await checkpoint(op, 'opportunity-published');
    await op.goto(`${url}/scenarios/${scenarioId}`);
    await untilShown(op, profile.getByText('开放', { exact: true }));

    // 6. The applicant finds it in the catalogue, applies with a proposal and an attachment, and submits.
    const applicant = await platform.newPage();
    const ap = applicant.page;
    await signIn(ap, url, 'applicant');
    await ap.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '机会目录' }).click();
    await ap.getByRole('heading', { name: '机会目录', level: 1 }).waitFor();
    await ap.getByLabel('关键词（中文或英文）').fill('无人配送');
    await ap.getByRole('button', { name: '搜索' }).click();
    const card = ap.getByTestId('catalogue-opportunity').filter({ hasText: OPPORTUNITY });
    await untilShown(ap, card.getByRole('link', { name: `申报“${OPPORTUNITY}”` }));
    await checkpoint(ap, 'catalogue');
    await card.getByRole('link', { name: `申报“${OPPORTUNITY}”` }).click();
    await ap.getByRole('heading', { name: '填写申报', level: 1 }).waitFor();
    await ap.getByLabel(/^方案名称（中文）/).fill(PROPOSAL);
    await ap.getByLabel(/^方案摘要（中文）/).fill('无人配送车辆与云端调度平台一体化部署。');
    await ap.getByLabel(/^实施方案（中文）/).fill('分三期部署，先试点后推广。');
    await ap.getByLabel(/^联系人姓名/).fill('王工');
    await ap.getByLabel(/^联系电话/).fill('023-62345678');
    await ap.getByLabel(/^电子邮箱/).fill('wang@example.com');
    await checkpoint(ap, 'application-form');
    await ap.getByRole('button', { name: '创建申报并保存申报书' }).click();
    await ap.getByRole('heading', { name: '申报详情', level: 1 }).waitFor();
    await ap.getByLabel('选择文件上传').setInputFiles({ name: '实施方案.pdf', mimeType: 'application/pdf', buffer: PDF });
    await ap.getByRole('status').filter({ hasText: '已上传 实施方案.pdf' }).waitFor();
    await ap.getByRole('button', { name: '提交申报' }).click();
    const applicationStage = ap.getByTestId('application-stage');
    await untilText(applicationStage, '已提交');
    await checkpoint(ap, 'application-submitted');

    // 7. The officer screens it and approves it for the unit from the desk: it goes to the expert review.
    await op.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '申报' }).click();
    const desk = op.getByRole('table', { name: '待我处理的申报' });
    await untilShown(op, desk.getByRole('link', { name: `查看申报 ${TITLE}` }));
    await desk.getByRole('link', { name: `查看申报 ${TITLE}` }).click();
    const officerStage = op.getByTestId('application-stage');
    for (const [action, stage] of [['开始形式审查', '形式审查'], ['形式审查通过', '责任单位审核'], ['责任单位审核通过', '专家评审']]) {
      await op.getByRole('button', { name: action, exact: true }).click();
      await untilText(officerStage, stage);
    }
    await checkpoint(op, 'application-expert-review');

    // 8. The three evaluators (already in the pool) score the application with its dossier beside the sheet.
    await threeEvaluatorsScore(`申报：${TITLE}`, 'application-review');

    // 9. The public notice (公示) runs out without objection: the application is approved, the scenario matched.
    await untilShown(ap, applicationStage.filter({ hasText: '已批准' }), 180_000, 5_000);
    await checkpoint(ap, 'application-approved');
    await op.goto(`${url}/scenarios/${scenarioId}`);
    await untilShown(op, profile.getByText('对接', { exact: true }));

    // 10. The pilot runs and is completed; the three evaluators assess its effectiveness; the scenario scales.
    await actions.getByRole('button', { name: '启动建设试点' }).click();
    await chart.locator('[aria-current="step"][data-path^="operating.piloting"]').first().waitFor({ timeout: 30_000 });
    await op.getByLabel('理由 / 意见（完成试点）').fill('试点运行六个月，指标全部达标');
    await actions.getByRole('button', { name: '完成试点' }).click();
    await chart.locator('[aria-current="step"][data-path="operating.effectiveness"]').waitFor({ timeout: 30_000 });
    await checkpoint(op, 'scenario-evaluating');
    await threeEvaluatorsScore(TITLE, 'effectiveness');
    await op.reload();
    await untilShown(op, profile.getByText('推广', { exact: true }));
    await actions.getByRole('button', { name: '确认规模化应用' }).click();
    const confirmScaled = op.getByRole('dialog', { name: '确认确认规模化应用？' });
    await confirmScaled.getByRole('button', { name: '确认确认规模化应用' }).click();
    await untilShown(op, profile.getByText('规模化应用', { exact: true }));
    await checkpoint(op, 'scenario-scaled');
    // Long reasons (the panel's verdicts) do not squeeze the history's other columns to a character a line.
    const narrowest = await op.locator('.history-table tbody td:nth-child(3)').evaluateAll((cells) => Math.min(...cells.map((cell) => cell.getBoundingClientRect().width)));
    expect(narrowest).toBeGreaterThanOrEqual(100);
    // The history names what moved the scenario in words, with links to it, never by raw ids.
    for (const reason of await op.locator('.history-table tbody td:nth-child(6)').allTextContents()) expect(reason).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
    await op.locator('.history-table').getByText(`场景机会“${OPPORTUNITY}”已发布`).waitFor();
    await op.locator('.history-table').getByRole('link', { name: '查看场景机会' }).click();
    await op.getByRole('heading', { name: `场景机会 · ${OPPORTUNITY}`, level: 1 }).waitFor();
    await op.goBack();
    await op.locator('.history-table').getByRole('link', { name: '查看申报' }).click();
    await op.getByRole('heading', { name: '申报详情', level: 1 }).waitFor();

    // Read only: the workflow agrees.
    const view = await apiAs<{ stage: string }>(url, await tokenFor(url, 'coordinator'), 'GET', `/api/workflow/scenarios/${scenarioId}`);
    expect(view.stage).toBe('scaled');
    await applicant.context.close();
    await coordinator.context.close();
    await officer.context.close();
  });
});
