import { eventually, slowTimeout } from '@scq/platform-testing';
import { apiAs, documentWidth, screenshot, signIn, startConsolePlatform, tokenFor, waitForCount, type ConsolePlatform } from './console-harness';

jest.setTimeout(slowTimeout(1.5));

/** A reason long enough to need several lines: in a table column on a phone it would stand one character a line. */
const LONG_REASON = '并发操作：需求单位已补充场景建设方案、数据开放清单和安全保障措施，经研究同意申请认定评估，请评审专家重点关注无人车路权与保险安排。';

interface InstanceView {
  id: string;
  stage: string;
  version: number;
  allowedEvents: string[];
  history: unknown[];
}

/**
 * The scenario page in a real Chromium: an officer of a responsible unit (市交通运输委 for the unmanned-systems domain)
 * advances a scenario with a reason and sees the statechart and history follow; an out-of-scope officer (市林业局)
 * sees no action button, and the API refuses the same event with 403 and a reason.
 */
describe('console scenario page (Chromium)', () => {
  let platform: ConsolePlatform;
  let scenarioId: string;

  beforeAll(async () => {
    platform = await startConsolePlatform('scenario');
    const coordinator = await tokenFor(platform.url, 'coordinator');
    const created = await apiAs<{ id: string }>(platform.url, coordinator, 'POST', '/api/scenarios', {
      title: { zh: '两江新区无人配送示范场景', en: 'Unmanned delivery pilot in Liangjiang' },
      description: { zh: '在两江新区园区内开展无人车末端配送示范。', en: 'Last-mile delivery by unmanned vehicles in the Liangjiang parks.' },
      domainCode: 'unmanned-systems',
      ownerUnit: '市交通运输委',
      ownerType: 'municipal-department',
      tier: 'industry-integrated',
      district: '两江新区',
    });
    scenarioId = created.id;
    const transport = await tokenFor(platform.url, 'officer.transport');
    const instance = await eventually(async () => {
      const view = await apiAs<InstanceView>(platform.url, transport, 'GET', `/api/workflow/scenarios/${scenarioId}`);
      return view.stage === 'proposed' ? view : undefined;
    });
    expect(instance.allowedEvents).toContain('startCultivation');
  });

  afterAll(async () => {
    await platform?.stop();
  });

  it('lets the responsible officer advance the scenario with a reason; the statechart and history follow', async () => {
    const { context, page } = await platform.newPage();
    await signIn(page, platform.url, 'officer.transport');
    await page.goto(`${platform.url}/scenarios/${scenarioId}`);
    await page.getByRole('heading', { level: 1, name: '两江新区无人配送示范场景' }).waitFor();

    // The statechart: the current stage is coloured, marked in text and aria-current.
    const chart = page.getByRole('figure');
    const current = chart.locator('[aria-current="step"]').first();
    await current.waitFor();
    expect(await current.getAttribute('data-path')).toBe('proposed');
    expect(await current.textContent()).toContain('当前 current');
    expect(await current.textContent()).toContain('征集');
    expect(await chart.locator('[data-path="operating.piloting.sandbox"]').count()).toBe(1);
    expect(await chart.locator('[data-path="operating"] [data-path="operating.piloting"] [data-path="operating.piloting.sandbox"]').count()).toBe(1);
    await page.getByText('全空间无人体系领域').waitFor();

    // Buttons for exactly the events the server allows this officer (the owner's unit may also withdraw): the way
    // forward first, the final one after it, apart, under a heading saying it cannot be undone.
    const actions = page.getByRole('region', { name: '办理' });
    await waitForCount(actions.getByRole('button'), 2);
    expect(await actions.getByRole('button').allTextContents()).toEqual(['纳入培育', '撤回']);
    const finalGroup = actions.getByRole('region', { name: '终结性操作（不可撤销）' });
    expect(await finalGroup.getByRole('button').allTextContents()).toEqual(['撤回']);
    expect(await actions.getByRole('button', { name: '纳入培育' }).getAttribute('class')).toBe('primary');
    expect(await actions.getByRole('button', { name: '撤回' }).getAttribute('class')).toBe('danger');

    const historyRows = page.getByRole('region', { name: '流转历史' }).getByRole('row');
    await waitForCount(historyRows, 2); // header + start

    // Each action has its own reason box: what is typed for the withdrawal is not in the cultivation's box.
    await page.getByLabel('理由 / 意见（撤回）').fill('误登记，申请撤回');
    expect(await page.getByLabel('理由 / 意见（纳入培育）').inputValue()).toBe('');

    // Withdrawing ends the lifecycle: a modal dialog names the consequence, and cancelling it sends nothing.
    await actions.getByRole('button', { name: '撤回' }).click();
    const dialog = page.getByRole('dialog', { name: '确认撤回？' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('场景将进入「已撤回」');
    expect(await dialog.textContent()).toContain('无法撤销');
    expect(await dialog.textContent()).toContain('误登记，申请撤回');
    await screenshot(page, 'scenario-confirm-withdraw');
    await dialog.getByRole('button', { name: '取消' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const untouched = await apiAs<InstanceView>(platform.url, await tokenFor(platform.url, 'officer.transport'), 'GET', `/api/workflow/scenarios/${scenarioId}`);
    expect(untouched).toMatchObject({ stage: 'proposed', version: 1 });
    expect(await page.getByLabel('理由 / 意见（撤回）').inputValue()).toBe('误登记，申请撤回');
    await screenshot(page, 'scenario-detail');

    // A forward action that ends nothing is sent at once, with its own reason only.
    await page.getByLabel('理由 / 意见（纳入培育）').fill('场景需求明确，纳入培育');
    await page.getByRole('button', { name: '纳入培育' }).click();
    await page.getByRole('status').filter({ hasText: '已办理：纳入培育' }).waitFor();
    expect(await page.getByRole('dialog').count()).toBe(0);

    await chart.locator('[aria-current="step"][data-path="cultivating"]').waitFor();
    expect(await chart.locator('[data-path="cultivating"]').textContent()).toContain('当前 current');
    await historyRows.nth(2).waitFor();
    const newest = historyRows.nth(1);
    expect(await newest.textContent()).toContain('征集 → 培育');
    expect(await newest.textContent()).toContain('场景需求明确，纳入培育');
    expect(await newest.textContent()).toContain('市交通运输委');
    await actions.getByRole('button', { name: '申请认定评估' }).waitFor();
    expect(await actions.getByRole('button', { name: '纳入培育' }).count()).toBe(0);
    expect(await newest.textContent()).not.toContain('误登记');

    // The path travelled: the stage passed is marked (in words too), the ones not reached yet are drawn apart.
    const passed = chart.locator('[data-path="proposed"]');
    expect(await passed.getAttribute('data-visited')).toBe('true');
    expect(await passed.textContent()).toContain('已经过');
    expect(await chart.locator('[data-path="listed"]').getAttribute('class')).toContain('sc-unvisited');
    expect(await chart.locator('[data-visited="true"]').count()).toBe(1);
    expect(await chart.locator('figcaption').textContent()).toContain('已走过的路径：征集 → 培育');
    await chart.getByRole('list', { name: '图例' }).getByText('已经过的阶段（按流转历史）').waitFor();

    const view = await apiAs<InstanceView>(platform.url, await tokenFor(platform.url, 'officer.transport'), 'GET', `/api/workflow/scenarios/${scenarioId}`);
    expect(view).toMatchObject({ stage: 'cultivating', version: 2 });

    await page.getByRole('button', { name: '语言' }).click();
    await page.getByRole('heading', { name: 'Lifecycle statechart' }).waitFor();
    await page.getByRole('button', { name: 'Request recognition' }).waitFor();
    expect(await chart.locator('[data-path="cultivating"]').textContent()).toContain('Cultivating');
    const newestEn = await page.getByRole('region', { name: 'History' }).getByRole('row').nth(1).textContent();
    expect(newestEn).toContain('Proposed → Cultivating');
    expect(newestEn).toContain('Start cultivation');
    expect(newestEn).toContain('Municipal Transport Commission');
    await page.getByRole('status').filter({ hasText: 'Done: Start cultivation; stage now Cultivating' }).waitFor();
    expect(await chart.locator('[data-path="proposed"]').textContent()).toContain('visited');
    await screenshot(page, 'scenario-detail-en');
    const actionsEn = page.getByRole('region', { name: 'Actions' });
    await actionsEn.getByRole('button', { name: 'Reject' }).click();
    await actionsEn.getByRole('alert').filter({ hasText: 'Reason / comment (Reject)' }).waitFor();
    await page.getByLabel('Reason / comment (Reject)').fill('Not mature yet');
    await actionsEn.getByRole('button', { name: 'Reject' }).click();
    const dialogEn = page.getByRole('dialog', { name: 'Reject?' });
    await dialogEn.getByText('the scenario moves to “Rejected”').waitFor();
    await screenshot(page, 'scenario-confirm-reject-en');
    await page.keyboard.press('Escape');
    await dialogEn.waitFor({ state: 'hidden' });
    await page.getByLabel('Reason / comment (Reject)').fill('');
    await context.close();
  });

  it('shows an out-of-scope officer the refusal instead of an unpublished scenario, and the API refuses the event with 403 and a reason', async () => {
    const { context, page } = await platform.newPage();
    await signIn(page, platform.url, 'officer.forestry');
    await page.goto(`${platform.url}/scenarios/${scenarioId}`);
    // A cultivating scenario is not public: another unit's officer reads neither it nor its lifecycle.
    const profile = page.getByRole('region', { name: '场景概况' });
    await profile.getByRole('alert').filter({ hasText: 'OUT_OF_SCOPE' }).waitFor();
    expect(await profile.getByRole('alert').textContent()).toContain('不在您的查看范围内');
    const actions = page.getByRole('region', { name: '办理' });
    await actions.getByRole('alert').filter({ hasText: 'OUT_OF_SCOPE' }).waitFor();
    // No event to send: the only button is the refusal's retry.
    expect(await actions.getByRole('button').count()).toBe(await actions.getByRole('button', { name: '重试' }).count());
    await page.getByRole('figure').waitFor();
    await screenshot(page, 'scenario-out-of-scope');

    // At phone width the diagram stacks and nothing scrolls sideways.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole('figure').waitFor();
    expect(await documentWidth(page)).toBeLessThanOrEqual(390);
    await screenshot(page, 'scenario-mobile');
    await context.close();

    const forestry = await tokenFor(platform.url, 'officer.forestry');
    const refused = await fetch(`${platform.url}/api/workflow/scenarios/${scenarioId}/events`, {
      method: 'POST',
      headers: { authorization: `Bearer ${forestry}`, 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'requestRecognition', reason: '越权尝试' }),
    });
    expect(refused.status).toBe(403);
    const body = (await refused.json()) as { error: { message: string } };
    expect(body.error.message).toEqual(expect.stringMatching(/\S/));
    const unread = await fetch(`${platform.url}/api/workflow/scenarios/${scenarioId}`, { headers: { authorization: `Bearer ${forestry}` } });
    expect({ status: unread.status, code: ((await unread.json()) as { error: { code: string } }).error.code }).toEqual({ status: 403, code: 'OUT_OF_SCOPE' });
    const after = await apiAs<InstanceView>(platform.url, await tokenFor(platform.url, 'officer.transport'), 'GET', `/api/workflow/scenarios/${scenarioId}`);
    expect(after).toMatchObject({ stage: 'cultivating', version: 2 });
  });
  it('says a scenario that does not exist is not there, with the way back to the board and nothing else', async () => {
    const { context, page } = await platform.newPage();
    await signIn(page, platform.url, 'coordinator');
    await page.goto(`${platform.url}/scenarios/00000000-0000-4000-8000-000000000000`);
    await page.getByRole('heading', { level: 1, name: '场景不存在' }).waitFor();
    expect(await page.getByRole('main').getByRole('alert').textContent()).toContain('NOT_FOUND');
    expect(await page.getByRole('region', { name: '办理' }).count()).toBe(0);
    expect(await page.getByRole('figure').count()).toBe(0);
    await page.getByRole('main').getByRole('link', { name: '返回场景看板' }).click();
    await page.waitForURL(`${platform.url}/`);
    await context.close();
  });

  it('shows a 409 when someone else changed the scenario meanwhile, keeps the reason and reloads the state', async () => {
    const { context, page } = await platform.newPage();
    await signIn(page, platform.url, 'officer.transport');
    await page.goto(`${platform.url}/scenarios/${scenarioId}`);
    const actions = page.getByRole('region', { name: '办理' });
    await actions.getByRole('button', { name: '不予通过' }).waitFor();

    // Another officer of the unit moves it on while this page still shows version 2.
    const other = await tokenFor(platform.url, 'officer.transport');
    await apiAs(platform.url, other, 'POST', `/api/workflow/scenarios/${scenarioId}/events`, { type: 'requestRecognition', reason: LONG_REASON, expectedVersion: 2 });

    // A rejection needs a reason: it is marked before submitting, and missing, it is refused before any dialog.
    const rejectBox = page.getByLabel('理由 / 意见（不予通过）');
    expect(await rejectBox.getAttribute('aria-required')).toBe('true');
    expect(await actions.locator('label[for="event-reject-reason"]').textContent()).toContain('必填');
    await actions.getByRole('button', { name: '不予通过' }).click();
    await actions.getByRole('alert').filter({ hasText: '请先填写“理由 / 意见（不予通过）”' }).waitFor();
    expect(await page.getByRole('dialog').count()).toBe(0);
    expect(await rejectBox.getAttribute('aria-invalid')).toBe('true');

    await rejectBox.fill('需求不成熟');
    expect(await page.getByLabel('理由 / 意见（申请认定评估）').inputValue()).toBe('');
    await actions.getByRole('button', { name: '不予通过' }).click();
    const dialog = page.getByRole('dialog', { name: '确认不予通过？' });
    expect(await dialog.textContent()).toContain('场景将进入「未通过」');
    await dialog.getByRole('button', { name: '确认不予通过' }).click();
    await actions.getByText('该场景已被他人更新').waitFor();
    await actions.getByRole('alert').filter({ hasText: 'CONCURRENT_TRANSITION' }).waitFor();
    expect(await page.getByLabel('理由 / 意见（不予通过）').inputValue()).toBe('需求不成熟');
    await page.getByRole('figure').locator('[aria-current="step"][data-path="recognition.assessing"]').waitFor();
    await page.getByRole('region', { name: '流转历史' }).getByRole('row').filter({ hasText: '并发操作' }).waitFor();
    expect(await actions.getByRole('button', { name: '申请认定评估' }).count()).toBe(0);
    // Both stages passed so far are marked now: proposed and cultivating (and nothing after the current one).
    const chart = page.getByRole('figure');
    await chart.locator('[data-path="cultivating"][data-visited="true"]').waitFor();
    expect(await chart.locator('[data-path="proposed"]').getAttribute('data-visited')).toBe('true');
    expect(await chart.locator('[data-path="listed"]').getAttribute('data-visited')).toBeNull();
    await context.close();
  });

  it('shows the history as cards on a phone, long reasons at full width, and the page does not scroll sideways', async () => {
    const { context, page } = await platform.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await signIn(page, platform.url, 'officer.transport');
    await page.goto(`${platform.url}/scenarios/${scenarioId}`);
    const history = page.getByRole('region', { name: '流转历史' });
    const cards = history.getByRole('list', { name: '流转历史' }).getByRole('listitem');
    await waitForCount(cards, 3);
    expect(await history.getByRole('table').isVisible()).toBe(false);
    const reason = cards.first().locator('.history-card-reason');
    expect(await reason.textContent()).toBe(LONG_REASON);
    const box = await reason.boundingBox();
    expect(box?.width ?? 0).toBeGreaterThan(180);
    expect(await documentWidth(page)).toBeLessThanOrEqual(390);
    await screenshot(page, 'scenario-history-phone');
    await page.getByRole('figure').scrollIntoViewIfNeeded();
    await screenshot(page, 'scenario-statechart-phone');

    // The final actions at phone width: apart, after the forward one, and their dialog fits the screen.
    const actions = page.getByRole('region', { name: '办理' });
    await page.getByLabel('理由 / 意见（撤回）').fill('场景牵头单位调整，撤回');
    await actions.getByRole('button', { name: '撤回' }).click();
    const dialog = page.getByRole('dialog', { name: '确认撤回？' });
    await dialog.waitFor();
    expect(((await dialog.boundingBox())?.width ?? 999) <= 390).toBe(true);
    await screenshot(page, 'scenario-confirm-phone');
    await dialog.getByRole('button', { name: '取消' }).click();
    await context.close();
  });
});
