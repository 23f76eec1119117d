import { slowTimeout } from '@scq/platform-testing';
import { axeViolations } from './axe';
import { apiAs, screenshot, signIn, startConsolePlatform, tokenFor, type ConsolePlatform } from './console-harness';

jest.setTimeout(slowTimeout(1.5));

const THIS_YEAR = Number(new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 4));

/**
 * 场景金融 in a real Chromium: the owner unit's officer records a 场景贷 typed in 元 (sent as integer fen) and moves it
 * along its status flow on the scenario page; the coordinator reads the totals in 万元 beside the targets' counts.
 */
describe('scenario finance (Chromium)', () => {
  let platform: ConsolePlatform;
  let scenarioId: string;

  beforeAll(async () => {
    platform = await startConsolePlatform('financing');
    const coordinator = await tokenFor(platform.url, 'coordinator');
    const scenario = await apiAs<{ id: string }>(platform.url, coordinator, 'POST', '/api/scenarios', {
      title: { zh: '成渝氢走廊物流（金融测试）' },
      domainCode: 'unmanned-systems',
      ownerUnit: '市交通运输委',
      ownerType: 'municipal-department',
      tier: 'comprehensive-major',
      district: '两江新区',
      coOwnerUnits: ['四川省经济和信息化厅'],
    });
    scenarioId = scenario.id;
  });

  afterAll(async () => {
    await platform?.stop();
  });

  it('records a loan in 元 without float errors, approves it, and shows the totals on the targets page', async () => {
    const { context, page } = await platform.newPage();
    await signIn(page, platform.url, 'officer.transport');
    await page.goto(`${platform.url}/scenarios/${scenarioId}`);
    const section = page.getByRole('region', { name: '场景金融' });
    await section.getByText('尚无融资记录。').waitFor();
    await page.getByText('成渝联合场景（跨区域）').waitFor();

    await section.getByLabel('金融机构').fill('重庆农村商业银行');
    await section.getByLabel('产品').fill('场景贷（测试）');
    await section.getByLabel('金额（元）').fill('1,234,567.89');
    await section.getByLabel('期限（月）').fill('36');
    await section.getByRole('button', { name: '登记融资' }).click();
    const row = section.getByRole('row', { name: /场景贷（测试）/ });
    await row.waitFor();
    expect(await row.textContent()).toContain('1,234,567.89 元');
    expect(await row.textContent()).toContain('123.46 万元');
    expect(await row.textContent()).toContain('已申请');
    const recorded = await apiAs<{ items: Array<{ amountFen: number }> }>(platform.url, await tokenFor(platform.url, 'officer.transport'), 'GET', `/api/scenarios/${scenarioId}/financing`);
    expect(recorded.items.map((f) => f.amountFen)).toEqual([123_456_789]);

    await row.getByRole('button', { name: '批准' }).click();
    await page.getByRole('dialog').getByRole('button', { name: '确认' }).click();
    await section.getByRole('row', { name: /已批准/ }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'scenario-financing');
    await context.close();

    const coordinator = await platform.newPage();
    await signIn(coordinator.page, platform.url, 'coordinator');
    await coordinator.page.goto(`${platform.url}/targets?year=${THIS_YEAR}`);
    const totals = coordinator.page.getByRole('region', { name: '场景金融汇总' });
    const loans = totals.getByRole('table', { name: '按类型' }).getByRole('row', { name: /场景贷/ });
    await loans.waitFor();
    expect((await loans.textContent())?.replace(/\s+/g, ' ')).toMatch(/场景贷\s*1\s*123\.46\s*123\.46\s*0\.00/);
    await coordinator.page.getByRole('region', { name: '跨区域综合性重大场景' }).waitFor();
    expect(await axeViolations(coordinator.page)).toEqual([]);
    await screenshot(coordinator.page, 'targets-financing-totals');
    await coordinator.context.close();

    // 市委金融办 (the demo officer of that unit) and the leadership read the same totals.
    for (const username of ['officer.finance', 'leadership']) {
      const reader = await platform.newPage();
      await signIn(reader.page, platform.url, username);
      await reader.page.goto(`${platform.url}/targets?year=${THIS_YEAR}`);
      await reader.page.getByRole('region', { name: '场景金融汇总' }).getByRole('table', { name: '按类型' }).getByRole('row', { name: /场景贷/ }).waitFor();
      await reader.context.close();
    }
  });
});
