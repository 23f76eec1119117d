import { eventually, slowTimeout } from '@scq/platform-testing';
import { apiAs, screenshot, signIn, startConsolePlatform, tokenFor, waitForCount, type ConsolePlatform } from './console-harness';

jest.setTimeout(slowTimeout(2));

// API answers are checked field by field, so they are read untyped.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

const TITLE = '两江新区园区无人配送';
/** Two more evaluators for the panel of three. Only one demo evaluator account exists, so their sheets go in through trusted identity headers. */
const OTHERS: Array<[string, string]> = [
  ['expert-swu', '西南大学'],
  ['expert-cqupt', '重庆邮电大学'],
];

/**
 * “An evaluator scores”: an assessment is opened for a scenario in recognition with the demo evaluator on its panel
 * (seeded through the API), then in Chromium the evaluator finds the assignment in the workspace, fills the rubric
 * score sheet (a server validation error shown at its field, the typing kept), submits it, sees it marked
 * submitted, and — once the other two evaluators have scored — the consensus with the per-criterion scores.
 */
describe('console evaluation workspace (Chromium)', () => {
  let platform: ConsolePlatform;
  let assessment: Json;
  let rubrics: Json[];
  let scenarioId: string;

  beforeAll(async () => {
    // The trusted identity headers are only for the two evaluators that have no demo account; the console signs in with tokens.
    platform = await startConsolePlatform('evaluation', { GATEWAY_TRUST_CLIENT_IDENTITY: 'true' });
    const url = platform.url;
    const [coordinator, officer, evaluator] = await Promise.all(['coordinator', 'officer.transport', 'evaluator'].map((user) => tokenFor(url, user)));

    // The evaluation service knows evaluators by the caller's user id: the demo evaluator joins the pool under its own id.
    const me = await apiAs<Json>(url, evaluator, 'GET', '/api/auth/me');
    await apiAs(url, coordinator, 'POST', '/api/evaluation/evaluators', { id: me.id, name: me.name, organisation: '重庆大学', expertise: ['unmanned-systems'] });
    for (const [id, organisation] of OTHERS) await apiAs(url, coordinator, 'POST', '/api/evaluation/evaluators', { id, name: `专家 ${id}`, organisation, expertise: ['unmanned-systems'] });

    // A scenario of 市交通运输委 driven to recognition: the workflow asks for an assessment, the pool gives the panel.
    const scenario = await apiAs<Json>(url, officer, 'POST', '/api/scenarios', { title: { zh: TITLE, en: 'Unmanned delivery in the Liangjiang park' }, domainCode: 'unmanned-systems', ownerUnit: '市交通运输委', ownerType: 'municipal-department', tier: 'high-value-niche' });
    const instance = await eventually(() => apiAs<Json>(url, officer, 'GET', `/api/workflow/scenarios/${scenario.id}`).catch(() => undefined), 30_000);
    await apiAs(url, officer, 'POST', `/api/workflow/instances/${instance.id}/events`, { type: 'startCultivation' });
    await apiAs(url, officer, 'POST', `/api/workflow/instances/${instance.id}/events`, { type: 'requestRecognition' });
    const listed = await eventually(async () => (await apiAs<Json>(url, coordinator, 'GET', `/api/evaluation/assessments?subject=${scenario.id}&stage=scoring`)).items[0], 30_000);
    assessment = await apiAs<Json>(url, coordinator, 'GET', `/api/evaluation/assessments/${listed.id}`);
    expect(assessment.assignments.map((a: Json) => a.evaluatorId).sort()).toEqual([me.id, ...OTHERS.map(([id]) => id)].sort());
    rubrics = assessment.rubrics;
    scenarioId = scenario.id;
  });

  afterAll(async () => {
    await platform?.stop();
  });

  it('lets the demo evaluator find the assignment, score it blind against the rubric, and then see the consensus', async () => {
    const { context, page } = await platform.newPage();
    await signIn(page, platform.url, 'evaluator');
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '评审工作台' }).click();

    // The workspace: the assignment with its subject, purpose, stage, due date and status.
    const mine = page.getByRole('table', { name: '我的评审任务' });
    const row = mine.getByRole('row').filter({ hasText: TITLE });
    await row.waitFor();
    await expect(row.textContent()).resolves.toContain('认定评估');
    await expect(row.textContent()).resolves.toContain('待评分');
    await expect(row.textContent()).resolves.toMatch(/独立评分/);
    await eventually(async () => ((await row.getByRole('cell').nth(3).textContent()) ?? '').match(/\d{4}/) ?? undefined, 10_000);
    await screenshot(page, 'evaluation-workspace');

    await page.getByRole('button', { name: '语言' }).click();
    const enRow = page.getByRole('table', { name: 'My assignments' }).getByRole('row').filter({ hasText: 'Unmanned delivery in the Liangjiang park' });
    await enRow.waitFor();
    await expect(enRow.textContent()).resolves.toContain('To score');
    await screenshot(page, 'evaluation-workspace-en');
    await page.getByRole('button', { name: 'Language' }).click();
    await page.getByRole('table', { name: '我的评审任务' }).waitFor();

    await page.getByRole('link', { name: `打开评估：${TITLE}` }).click();
    await page.getByRole('heading', { name: `评估：${TITLE}` }).waitFor();
    // Blind: the server refuses the consensus before the evaluator's own sheet, and the page says so.
    await page.getByRole('note').filter({ hasText: '评分提交前不能查看他人评分' }).waitFor();
    expect(await page.getByRole('table').count()).toBe(0);

    // The dossier beside the sheet: the scenario's profile, named and linked to its page.
    const dossier = page.getByRole('complementary', { name: '评审材料' });
    await dossier.getByRole('link', { name: `查看场景详情：${TITLE}` }).waitFor();
    expect(await dossier.textContent()).toContain('市交通运输委');
    expect(await dossier.textContent()).toContain('高价值小切口场景');
    await dossier.getByRole('heading', { name: '此前的评估' }).waitFor();

    // The score sheet from the rubrics: a mark and a comment on every criterion, marked required before anything is typed.
    const criteria: Array<{ rubric: Json; criterion: Json }> = rubrics.flatMap((rubric: Json) => rubric.criteria.map((criterion: Json) => ({ rubric, criterion })));
    const first = criteria.find((c) => c.criterion.kind === 'scored')!.criterion;
    await page.getByText('标 * 的为必填项：每项指标都须评分并写评语。').waitFor();
    for (const { criterion } of criteria) {
      expect(await page.getByLabel(`评分：${criterion.label.zh}`, { exact: true }).getAttribute('aria-required')).toBe('true');
      expect(await page.getByLabel(`评语：${criterion.label.zh}`, { exact: true }).getAttribute('aria-required')).toBe('true');
    }
    expect(await page.locator('.eval-criterion .eval-required').count()).toBe(criteria.length * 2);
    await screenshot(page, 'assessment-dossier');

    // Submitting an empty sheet: checked before sending, every problem named by the criterion's label, no internal ids.
    await page.getByRole('button', { name: '提交评分' }).click();
    const problems = page.getByRole('alert').filter({ hasText: '提交前请修改以下' });
    await problems.waitFor();
    expect(await problems.textContent()).toContain(`请为“${first.label.zh}”写评语（至少 2 个字）。`);
    expect(await problems.textContent()).toContain(`请为“${first.label.zh}”评分。`);
    expect(await problems.textContent()).not.toMatch(/scores\.|recognition-standard|\//);
    expect(await page.getByLabel(`评分：${first.label.zh}`, { exact: true }).getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('.eval-field-error').count()).toBe(criteria.length * 2);

    await page.getByRole('button', { name: '语言' }).click();
    await page.getByRole('complementary', { name: 'Dossier' }).getByRole('link', { name: 'Open the scenario: Unmanned delivery in the Liangjiang park' }).waitFor();
    await page.getByText('Fields marked * are required: every criterion needs a mark and a comment.').waitFor();
    // The problems are words of the language shown now.
    await page.getByRole('alert').filter({ hasText: `Write a comment on “${first.label.en}” (at least 2 characters).` }).waitFor();
    await screenshot(page, 'assessment-dossier-en');
    await page.getByRole('button', { name: 'Language' }).click();
    await page.getByRole('complementary', { name: '评审材料' }).waitFor();
    for (const { criterion } of criteria) {
      const name = criterion.label.zh;
      if (criterion.kind === 'scored') await page.getByLabel(`评分：${name}`, { exact: true }).selectOption(criterion === first ? '2' : '4');
      else await page.getByLabel(`评分：${name}`, { exact: true }).selectOption({ label: '符合' });
      await page.getByLabel(`评语：${name}`, { exact: true }).fill(criterion === first ? '不足' : '方案成熟，需求明确');
    }
    // A failing mark with a two-character reason: refused at that criterion's comment, in words, nothing typed is lost.
    await page.getByRole('button', { name: '提交评分' }).click();
    const firstComment = page.getByLabel(`评语：${first.label.zh}`, { exact: true });
    await waitForCount(page.locator('.eval-field-error'), 1);
    await eventually(async () => ((await firstComment.getAttribute('aria-invalid')) === 'true' ? true : undefined), 10_000);
    const fieldError = page.locator(`#${await firstComment.getAttribute('aria-describedby')}`);
    expect(await fieldError.textContent()).toBe(`“${first.label.zh}”未达阈值或不符合：评语须说明理由，至少 10 个字。`);
    expect(await page.locator('.eval-field-error').count()).toBe(1);
    expect(await firstComment.inputValue()).toBe('不足');
    expect(await page.getByLabel(`评分：${first.label.zh}`, { exact: true }).inputValue()).toBe('2');
    await screenshot(page, 'assessment-form');

    await page.getByLabel(`评分：${first.label.zh}`, { exact: true }).selectOption('3.5');
    await firstComment.fill('新颖性一般，但有明确的落地需求');
    // A refusal the server names by path and id (as the validator words it): shown at the criterion, by its label only.
    const firstIndex = criteria.findIndex((c) => c.criterion === first);
    const scoresPath = `**/api/evaluation/assessments/${assessment.id}/scores`;
    await page.route(scoresPath, (route) =>
      route.fulfill({
        status: 400,
        contentType: 'application/json',
        body: JSON.stringify({ error: { code: 'VALIDATION_FAILED', status: 400, message: `请求数据无效 Invalid request: scores.${firstIndex}.comment`, fields: [{ path: `scores.${firstIndex}.comment`, message: `请为 ${first.id} 写评语` }] } }),
      }),
    );
    await page.getByRole('button', { name: '提交评分' }).click();
    await page.getByRole('alert').filter({ hasText: `“${first.label.zh}”的评语不符合要求` }).waitFor();
    expect(await page.locator('.eval-form').first().textContent()).not.toMatch(/scores\.\d|请求数据无效/);
    expect(await firstComment.getAttribute('aria-invalid')).toBe('true');
    await page.unroute(scoresPath);
    await page.getByRole('button', { name: '提交评分' }).click();
    await page.getByRole('status').filter({ hasText: '您已于' }).waitFor();
    expect(await page.locator('.eval-summary').textContent()).toContain('已提交');
    // After the own submission: the (provisional) consensus with the own column only.
    await page.getByText('尚有专家未提交').waitFor();

    // The other two evaluators score through the API; the assessment is decided.
    for (const [id] of OTHERS) {
      const scores = criteria.map(({ rubric, criterion }) => ({ rubricId: rubric.id, criterionId: criterion.id, value: criterion.kind === 'scored' ? 4 : true, comment: '方案成熟，需求明确' }));
      const response = await fetch(`${platform.url}/api/evaluation/assessments/${assessment.id}/scores`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-user-id': id, 'x-user-roles': 'evaluator' },
        body: JSON.stringify({ scores }),
      });
      expect(response.status).toBe(201);
    }

    await page.reload();
    await page.getByRole('heading', { name: '共识结果' }).waitFor();
    const recognition = page.getByRole('table', { name: /场景认定标准/ });
    await recognition.waitFor();
    const headers = await recognition.getByRole('columnheader').allTextContents();
    expect(headers).toEqual(expect.arrayContaining(['我', '专家 A', '专家 B', '汇总', '阈值']));
    const firstRow = recognition.getByRole('row').filter({ hasText: first.label.zh });
    // (3.5 + 4 + 4) / 3 = 3.83 on 0–5
    expect(await firstRow.textContent()).toContain('3.83 / 5.00');
    await page.getByText('总体结论：通过').first().waitFor();
    expect(await page.locator('.eval-explanation').first().textContent()).toContain('通过 PASSED');
    await screenshot(page, 'assessment-consensus');

    await page.getByRole('link', { name: '返回评审工作台' }).click();
    const done = page.getByRole('table', { name: '我的评审任务' }).getByRole('row').filter({ hasText: TITLE });
    await done.filter({ hasText: '已提交' }).waitFor();
    await done.filter({ hasText: '评审完成' }).waitFor();
    await context.close();
  });

  it('shows the coordinator every assessment with its status and the panel (on a 390 px phone)', async () => {
    const { context, page } = await platform.newPage({ viewport: { width: 390, height: 844 } });
    await signIn(page, platform.url, 'coordinator');
    await page.goto(`${platform.url}/evaluation`);
    const row = page.getByRole('table', { name: '全部评估' }).getByRole('row').filter({ hasText: TITLE });
    await row.waitFor();
    expect(await row.textContent()).toContain('通过');
    await row.getByRole('link').click();
    const panel = page.getByRole('table', { name: '专家组' });
    await panel.waitFor();
    expect(await panel.getByRole('row').filter({ hasText: '已提交' }).count()).toBe(3);
    await page.getByRole('table', { name: /场景价值评估/ }).waitFor();
    expect(await page.getByRole('table', { name: /场景认定标准/ }).getByRole('columnheader').allTextContents()).toEqual(expect.arrayContaining(['demo-evaluator', 'expert-swu', 'expert-cqupt']));
    await screenshot(page, 'assessment-organiser-390');
    await context.close();
  });
  it('shows the evaluator of an application review the application, its attachments and the scenario’s earlier assessment', async () => {
    const url = platform.url;
    const [coordinator, officer, applicant] = await Promise.all(['coordinator', 'officer.transport', 'applicant'].map((user) => tokenFor(url, user)));
    // The scenario recognised above is listed and opened; an applicant applies with a proposal and an attachment.
    const scenarioLife = await eventually(async () => {
      const found = await apiAs<Json>(url, officer, 'GET', `/api/workflow/scenarios/${scenarioId}`);
      return String(found.stage).startsWith('recognition.recognized') ? found : undefined;
    }, 30_000);
    const draft = await eventually(
      () => apiAs<Json>(url, coordinator, 'POST', '/api/batch-lists', { number: '渝场景〔2026〕9号', title: { zh: '2026年第九批应用场景项目清单', en: '2026 batch 9' }, issueDate: '2026-04-01', items: [{ scenarioId, category: '高价值细分场景' }] }).catch(() => undefined),
      30_000,
    );
    await apiAs(url, coordinator, 'POST', `/api/batch-lists/${draft.id}/publish`, { expectedVersion: draft.version });
    const opportunity = await apiAs<Json>(url, officer, 'POST', '/api/opportunities', { scenarioId, title: { zh: '园区无人配送车辆' }, sought: { capabilities: ['无人配送车辆'], respondBy: '2099-12-31' } });
    await eventually(() => apiAs(url, officer, 'POST', `/api/opportunities/${opportunity.id}/publish`, {}).then(() => true).catch(() => undefined), 30_000);
    await eventually(async () => ((await apiAs<Json>(url, officer, 'GET', `/api/workflow/instances/${scenarioLife.id}`)).stage === 'operating.open' ? true : undefined), 30_000);

    const application = await apiAs<Json>(url, applicant, 'POST', '/api/workflow/applications', { scenarioId });
    const applicationId = application.subjectId;
    await apiAs(url, applicant, 'PUT', `/api/workflow/applications/${applicationId}/content`, {
      proposal: { title: { zh: '园区无人配送一体化方案' }, summary: { zh: '以 20 台无人车覆盖园区主干道' }, approach: { zh: '分三期部署，先试点后推广' } },
      contact: { name: '李工', phone: '13800138000', email: 'li@example.cn' },
    });
    const form = new FormData();
    form.append('file', new Blob([Buffer.from('%PDF-1.7\n方案\n%%EOF')], { type: 'application/pdf' }), '实施方案.pdf');
    const uploaded = await fetch(`${url}/api/workflow/applications/${applicationId}/attachments`, { method: 'POST', headers: { authorization: `Bearer ${applicant}` }, body: form });
    expect(uploaded.status).toBe(201);
    for (const [token, type] of [[applicant, 'submit'], [officer, 'startScreening'], [officer, 'passScreening'], [officer, 'approveByUnit']]) {
      await apiAs(url, token, 'POST', `/api/workflow/instances/${application.id}/events`, { type });
    }
    const review = await eventually(async () => (await apiAs<Json>(url, coordinator, 'GET', `/api/evaluation/assessments?subject=${applicationId}&stage=scoring`)).items[0], 30_000);

    const { context, page } = await platform.newPage();
    await signIn(page, url, 'evaluator');
    await page.goto(`${url}/evaluation/${review.id}`);
    const dossier = page.getByRole('complementary', { name: '评审材料' });
    await dossier.getByRole('link', { name: `查看场景详情：${TITLE}` }).waitFor();
    const materials = dossier.getByRole('region', { name: '申报材料' });
    await materials.getByText('园区无人配送一体化方案').waitFor();
    expect(await materials.textContent()).toContain('分三期部署，先试点后推广');
    await materials.getByRole('button', { name: '下载 实施方案.pdf' }).waitFor();
    // The recognition assessment this evaluator scored is listed, with its link.
    await dossier.getByRole('region', { name: '此前的评估' }).getByRole('link', { name: '认定评估' }).waitFor();
    await screenshot(page, 'assessment-application-dossier');
    const download = page.waitForEvent('download');
    await materials.getByRole('button', { name: '下载 实施方案.pdf' }).click();
    expect((await download).suggestedFilename()).toBe('实施方案.pdf');
    await context.close();
  });

  it('lets an assigned evaluator decline from the top of the page: the reason first, then a dialog naming the consequence; a replacement takes the seat', async () => {
    const url = platform.url;
    const [coordinator, officer, evaluator] = await Promise.all(['coordinator', 'officer.transport', 'evaluator'].map((user) => tokenFor(url, user)));
    const me = await apiAs<Json>(url, evaluator, 'GET', '/api/auth/me');
    // The pool has exactly three unmanned-systems evaluators, so the demo evaluator is on this panel too.
    const scenario = await apiAs<Json>(url, officer, 'POST', '/api/scenarios', { title: { zh: '渝北区无人机巡检', en: 'Drone inspection in Yubei' }, domainCode: 'unmanned-systems', ownerUnit: '市交通运输委', ownerType: 'municipal-department', tier: 'high-value-niche' });
    const instance = await eventually(() => apiAs<Json>(url, officer, 'GET', `/api/workflow/scenarios/${scenario.id}`).catch(() => undefined), 30_000);
    await apiAs(url, officer, 'POST', `/api/workflow/instances/${instance.id}/events`, { type: 'startCultivation' });
    await apiAs(url, officer, 'POST', `/api/workflow/instances/${instance.id}/events`, { type: 'requestRecognition' });
    const second = await eventually(async () => (await apiAs<Json>(url, coordinator, 'GET', `/api/evaluation/assessments?subject=${scenario.id}&stage=scoring`)).items[0], 30_000);
    // Someone who can take the seat.
    await apiAs(url, coordinator, 'POST', '/api/evaluation/evaluators', { id: 'expert-cqjtu', name: '专家 expert-cqjtu', organisation: '重庆交通大学', expertise: ['unmanned-systems'] });

    // On a 390 px phone: the dossier stacks under the sheet, the dialog fits the screen.
    const { context, page } = await platform.newPage({ viewport: { width: 390, height: 844 } });
    await signIn(page, url, 'evaluator');
    await page.goto(`${url}/evaluation/${second.id}`);
    await page.getByRole('heading', { name: '评估：渝北区无人机巡检' }).waitFor();
    // Declining is reached at the top of the page, above the score sheet.
    const open = page.getByRole('button', { name: '无法参评？谢绝或申请回避' });
    const sheet = page.getByRole('form', { name: '评分表' });
    await sheet.waitFor();
    expect((await open.boundingBox())!.y).toBeLessThan((await sheet.boundingBox())!.y);
    await open.click();
    await page.getByRole('radio', { name: /谢绝参评/ }).check();
    // No reason: said at the field at once, and no dialog of any kind opens.
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const withdraw = page.getByRole('form', { name: '无法参评？谢绝或申请回避' });
    await withdraw.getByRole('button', { name: '谢绝参评' }).click();
    await withdraw.locator('.eval-field-error').filter({ hasText: '请说明理由（将记入评审记录）。' }).waitFor();
    expect(await page.getByRole('dialog').count()).toBe(0);
    expect(await withdraw.getByLabel('理由').getAttribute('aria-invalid')).toBe('true');
    await screenshot(page, 'assessment-decline-390');

    // With a reason: a confirmation dialog names the consequence; going back leaves everything as it was.
    await withdraw.getByLabel('理由').fill('评分期内出差，无法按时完成评审');
    await withdraw.getByRole('button', { name: '谢绝参评' }).click();
    const confirm = page.getByRole('dialog', { name: '确认谢绝参评' });
    await confirm.waitFor();
    expect(await confirm.textContent()).toContain('不能撤销');
    expect(await confirm.textContent()).toContain('从专家库中补选');
    expect(await confirm.textContent()).toContain('评分期内出差，无法按时完成评审');
    await screenshot(page, 'assessment-decline-dialog-390');
    await confirm.getByRole('button', { name: '取消' }).click();
    await waitForCount(page.getByRole('dialog'), 0);
    await withdraw.getByRole('button', { name: '谢绝参评' }).click();
    await page.getByRole('dialog', { name: '确认谢绝参评' }).getByRole('button', { name: '确认谢绝' }).click();
    await page.getByText('您的任务已结束（已谢绝）').waitFor();
    expect(await page.getByRole('button', { name: '无法参评？谢绝或申请回避' }).count()).toBe(0);
    expect(dialogs).toEqual([]);

    const after = await apiAs<Json>(url, coordinator, 'GET', `/api/evaluation/assessments/${second.id}`);
    const seats = Object.fromEntries(after.assignments.map((a: Json) => [a.evaluatorId, a.status]));
    expect(seats).toMatchObject({ [me.id]: 'declined', 'expert-cqjtu': 'assigned' });
    await context.close();
  });
});

/**
 * “A fresh install stalls at the first recognition”: nobody is in the evaluator pool, so the assessment waits in
 * `assigning`. Its own platform (the suite above fills the pool): the coordinator adds the three demo evaluator
 * accounts to the pool on the assessment page, and the server assigns the panel at once.
 */
describe('console evaluation with an empty evaluator pool (Chromium)', () => {
  let platform: ConsolePlatform;

  beforeAll(async () => {
    platform = await startConsolePlatform('evaluation-pool');
  });

  afterAll(async () => {
    await platform?.stop();
  });

  it('lets the coordinator add the evaluator accounts to the pool from the waiting assessment, which then gets its panel', async () => {
    const url = platform.url;
    const [coordinator, officer] = await Promise.all(['coordinator', 'officer.transport'].map((user) => tokenFor(url, user)));
    const title = '两江新区无人驾驶接驳';
    const scenario = await apiAs<Json>(url, officer, 'POST', '/api/scenarios', { title: { zh: title, en: 'Driverless shuttles in Liangjiang' }, domainCode: 'unmanned-systems', ownerUnit: '市交通运输委', ownerType: 'municipal-department', tier: 'high-value-niche' });
    const instance = await eventually(() => apiAs<Json>(url, officer, 'GET', `/api/workflow/scenarios/${scenario.id}`).catch(() => undefined), 30_000);
    await apiAs(url, officer, 'POST', `/api/workflow/instances/${instance.id}/events`, { type: 'startCultivation' });
    await apiAs(url, officer, 'POST', `/api/workflow/instances/${instance.id}/events`, { type: 'requestRecognition' });
    const waiting = await eventually(async () => {
      const found = (await apiAs<Json>(url, coordinator, 'GET', `/api/evaluation/assessments?subject=${scenario.id}`)).items[0];
      return found && String(found.waitingReason ?? '').includes('评审专家不足') ? found : undefined;
    }, 30_000);
    expect(waiting.stage).toBe('assigning');

    const { context, page } = await platform.newPage();
    await signIn(page, url, 'coordinator');
    await page.goto(`${url}/evaluation/${waiting.id}`);
    await page.getByRole('heading', { name: `评估：${title}` }).waitFor();
    await page.locator('.notice').filter({ hasText: '评审专家不足：需要 3 位，符合条件 0 位' }).waitFor();
    await page.getByRole('heading', { name: '评审专家库不足 · 添加专家' }).waitFor();
    const candidates = page.getByRole('list', { name: '可加入专家库的评审专家账号' }).getByRole('listitem');
    await waitForCount(candidates, 3);
    expect(await candidates.filter({ hasText: '西南大学' }).textContent()).toContain('示范评审专家二 Demo evaluator 2');
    await screenshot(page, 'assessment-pool-short');

    const names = ['示范评审专家 Demo evaluator', '示范评审专家二 Demo evaluator 2', '示范评审专家三 Demo evaluator 3'];
    for (const [index, name] of names.entries()) {
      await page.getByRole('button', { name: `将“${name}”加入专家库`, exact: true }).click();
      // Each addition reloads the assessment and the lists: the account leaves the list (the last one ends the wait).
      if (index < names.length - 1) await waitForCount(candidates, names.length - 1 - index);
    }

    // The server assigned the panel of three as soon as the pool sufficed: the page shows it, the panel to add is gone.
    const panel = page.getByRole('table', { name: '专家组' });
    await panel.waitFor();
    await waitForCount(panel.getByRole('row').filter({ hasText: '待评分' }), 3);
    // Each by the name the pool has, the account id beside it.
    const ids = (await panel.getByRole('row').filter({ hasText: '待评分' }).locator('.eval-evaluator-id').allTextContents()).map((text) => text.trim());
    expect(ids.sort()).toEqual(['demo-evaluator', 'demo-evaluator-2', 'demo-evaluator-3']);
    await panel.getByRole('row').filter({ hasText: '示范评审专家二 Demo evaluator 2' }).filter({ hasText: 'demo-evaluator-2' }).waitFor();
    expect(await page.getByRole('heading', { name: '评审专家库不足 · 添加专家' }).count()).toBe(0);
    expect(await page.locator('.notice').filter({ hasText: '评审专家不足' }).count()).toBe(0);
    expect(await page.locator('.eval-summary').textContent()).toContain('独立评分');
    await screenshot(page, 'assessment-pool-filled');

    // One of the three declines and nobody else is in the pool: the assessment waits for a replacement, and the
    // coordinator is told on the same page, with what to do; an evaluator added to the pool takes the seat at once.
    await apiAs(url, await tokenFor(url, 'evaluator.2'), 'POST', `/api/evaluation/assessments/${waiting.id}/decline`, { reason: '近期出差，无法参评' });
    await page.reload();
    await page.getByRole('heading', { name: '评审专家库不足 · 添加专家' }).waitFor();
    await page.locator('.notice').filter({ hasText: '无候补专家' }).waitFor();
    await page.getByRole('note').filter({ hasText: '所有评审专家账号均已在专家库中' }).waitFor();
    await apiAs(url, coordinator, 'POST', '/api/evaluation/evaluators', { id: 'expert-swu-2', name: '专家 expert-swu-2', organisation: '重庆邮电大学', expertise: ['unmanned-systems'] });
    await page.reload();
    await waitForCount(panel.getByRole('row').filter({ hasText: 'expert-swu-2' }), 1);
    expect(await page.getByRole('heading', { name: '评审专家库不足 · 添加专家' }).count()).toBe(0);
    await context.close();
  });
});
