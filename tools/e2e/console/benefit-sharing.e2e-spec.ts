import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { slowTimeout } from '@scq/platform-testing';
import { axeViolations } from './axe';
import { apiAs, screenshot, signIn, startConsolePlatform, tokenFor, waitForTexts, type ConsolePlatform } from './console-harness';

jest.setTimeout(slowTimeout(1.5));

/**
 * 收益分享 in a real Chromium: after a successful pilot, the owner unit's officer records the agreement on the scenario
 * page with shares typed in % (sent as integer basis points adding up to 10000), then amends it; version 1 stays
 * readable beside the current version 2. The coordinator reads it without the form.
 */
describe('benefit sharing (Chromium)', () => {
  let platform: ConsolePlatform;
  let scenarioId: string;

  beforeAll(async () => {
    platform = await startConsolePlatform('benefit');
    const coordinator = await tokenFor(platform.url, 'coordinator');
    const scenario = await apiAs<{ id: string }>(platform.url, coordinator, 'POST', '/api/scenarios', {
      title: { zh: '智慧公交规模化（收益分享测试）' },
      domainCode: 'smart-city',
      ownerUnit: '市交通运输委',
      ownerType: 'municipal-department',
      tier: 'industry-integrated',
      district: '渝中区',
    });
    scenarioId = scenario.id;
    // Walking a scenario through recognition, listing, matching, a pilot and its effectiveness assessment in the browser
    // is other specs' work: here the registry's read models say what the workflow and the evaluation service reported.
    const db = new Client({ connectionString: platform.databaseUrl });
    await db.connect();
    try {
      await db.query(`UPDATE registry.scenario SET stage = 'operating.scaling', stage_sequence = 99 WHERE id = $1`, [scenarioId]);
      await db.query(
        `INSERT INTO registry.scenario_assessment_outcome (assessment_id, scenario_id, purpose, passed, explanation, finalized_at)
         VALUES ($1, $3, 'recognition', true, '【场景价值评估】通过', now() - interval '90 days'), ($2, $3, 'effectiveness', true, '【场景落地成效评估】通过', now() - interval '1 day')`,
        [randomUUID(), randomUUID(), scenarioId],
      );
    } finally {
      await db.end();
    }
  });

  afterAll(async () => {
    await platform?.stop();
  });

  it('records an agreement in %, amends it by a new version and keeps the old one readable', async () => {
    const { context, page } = await platform.newPage();
    await signIn(page, platform.url, 'officer.transport');
    await page.goto(`${platform.url}/scenarios/${scenarioId}`);
    const section = page.getByRole('region', { name: '收益分享', exact: true });
    await section.getByText('尚无收益分享协议。').waitFor();
    const save = section.locator('form.benefit-form').getByRole('button', { name: '保存' });
    await section.getByText(/成效评估（试点）：已通过/).waitFor();

    await section.locator('#benefit-party-0-name').fill('市交通运输委');
    await section.locator('#benefit-party-0-share').fill('40');
    await section.locator('#benefit-party-1-name').fill('重庆某智能科技有限公司');
    await section.locator('#benefit-party-1-share').fill('45.5');
    await section.getByRole('button', { name: '增加参与方' }).click();
    await section.locator('#benefit-party-2-name').fill('重庆大学');
    await section.locator('#benefit-party-2-role').selectOption('research-partner');
    await section.locator('#benefit-party-2-share').fill('14');
    await section.getByText('当前合计：99.5% — 各方份额合计须为 100%').waitFor();
    expect(await save.isDisabled()).toBe(true);
    await section.locator('#benefit-party-2-share').fill('14.5');
    await section.getByText('当前合计：100%', { exact: true }).waitFor();
    await section.getByLabel('分享依据').fill('按各方投入与成效评估结论分享');
    await save.click();

    await section.getByRole('heading', { name: /现行版本：第 1 版/ }).waitFor();
    const row = section.getByRole('row', { name: /重庆某智能科技有限公司/ });
    expect((await row.textContent())?.replace(/\s+/g, ' ')).toContain('技术供给方45.5%');
    const officer = await tokenFor(platform.url, 'officer.transport');
    const first = await apiAs<{ current: { version: number; parties: Array<{ shareBasisPoints: number }> } }>(platform.url, officer, 'GET', `/api/scenarios/${scenarioId}/benefit-sharing`);
    expect(first.current.parties.map((p) => p.shareBasisPoints)).toEqual([4000, 4550, 1450]);

    // The amendment starts from the current version.
    await section.getByRole('heading', { name: '修订协议（形成第 2 版）' }).waitFor();
    await section.locator('#benefit-party-1-share').fill('50');
    await section.locator('#benefit-party-2-share').fill('10');
    await section.getByLabel('修订理由').fill('技术供给方追加投入，调整份额');
    await save.click();
    await section.getByRole('heading', { name: /现行版本：第 2 版/ }).waitFor();
    await section.getByText('已保存第 2 版。').waitFor();
    const earlier = section.locator('details', { hasText: '第 1 版' });
    await earlier.locator('summary').click();
    expect((await earlier.getByRole('row', { name: /重庆某智能科技有限公司/ }).textContent())?.replace(/\s+/g, ' ')).toContain('45.5%');
    const amended = await apiAs<{ versions: Array<{ version: number; current: boolean; parties: Array<{ shareBasisPoints: number }> }> }>(platform.url, officer, 'GET', `/api/scenarios/${scenarioId}/benefit-sharing`);
    expect(amended.versions.map((v) => [v.version, v.current, v.parties.map((p) => p.shareBasisPoints)])).toEqual([
      [2, true, [4000, 5000, 1000]],
      [1, false, [4000, 4550, 1450]],
    ]);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'scenario-benefit-sharing');
    await context.close();

    const coordinator = await platform.newPage();
    await signIn(coordinator.page, platform.url, 'coordinator');
    await coordinator.page.goto(`${platform.url}/scenarios/${scenarioId}`);
    const read = coordinator.page.getByRole('region', { name: '收益分享', exact: true });
    await read.getByRole('heading', { name: /现行版本：第 2 版/ }).waitFor();
    expect(await read.getByRole('button', { name: '保存' }).count()).toBe(0);
    await coordinator.context.close();
  });

  it('records the procurement route and a 首台(套) product on the scenario page, and the board filters by them', async () => {
    const { context, page } = await platform.newPage();
    await signIn(page, platform.url, 'officer.transport');
    await page.goto(`${platform.url}/scenarios/${scenarioId}`);
    const section = page.getByRole('region', { name: '采购途径与首台(套)', exact: true });
    await section.getByText('尚未登记采购途径。').waitFor();
    await section.getByLabel('政府采购方式').selectOption({ label: '竞争性磋商' });
    await section.getByRole('button', { name: '增加认定产品' }).click();
    await section.locator('#recognition-0-product').fill('智能公交调度系统');
    await section.locator('#recognition-0-kind').selectOption('software');
    await section.locator('#recognition-0-year').fill('2025');
    await section.locator('#recognition-0-number').fill('CQ-SW-2025-018');
    await section.locator('form.procurement-form').getByRole('button', { name: '保存' }).click();
    await section.getByText('已保存采购途径。').waitFor();
    const row = section.getByRole('row', { name: /智能公交调度系统/ });
    await row.waitFor();
    expect((await row.textContent())?.replace(/\s+/g, ' ')).toContain('首版次软件重庆市级2025CQ-SW-2025-018');
    await section.getByRole('definition').filter({ hasText: '竞争性磋商' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'scenario-procurement');

    await page.goto(`${platform.url}/?firstSet=true&procurementMethod=competitive-consultation`);
    await waitForTexts(page.getByRole('region', { name: '按生命周期阶段分组的场景' }).getByRole('link'), ['智慧公交规模化（收益分享测试）']);
    expect(await page.locator('#board-first-set').inputValue()).toBe('true');
    await context.close();
  });
});
