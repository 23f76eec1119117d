import { slowTimeout } from '@scq/platform-testing';
import { axeViolations } from './axe';
import { apiAs, screenshot, signIn, startConsolePlatform, tokenFor, type ConsolePlatform } from './console-harness';
import { openScenario } from './open-scenario';

jest.setTimeout(slowTimeout(2.5));

/**
 * 场景创新联合体 in a real Chromium: the demo applicant creates a consortium led by its own organisation (a member
 * listed twice is refused with the server's bilingual message, on the field), adds and removes a member; the page reads
 * in English too; the coordinator finds it by a member's name and may not change it. Then the applicant applies to an
 * open scenario in a consortium's name, and the application's page shows the consortium with its members.
 */
describe('scenario innovation consortia (Chromium)', () => {
  let platform: ConsolePlatform;

  beforeAll(async () => {
    // Trusted identity headers: the seeded recognition panel scores as evaluators named by them (open-scenario.ts).
    platform = await startConsolePlatform('consortia', { GATEWAY_TRUST_CLIENT_IDENTITY: 'true' });
  });

  afterAll(async () => {
    await platform?.stop();
  });

  it('creates a consortium, refuses a duplicate member, manages the members, and shows it to the coordinator', async () => {
    const { context, page } = await platform.newPage();
    await signIn(page, platform.url, 'applicant');
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '创新联合体' }).click();
    await page.getByRole('heading', { level: 1, name: '场景创新联合体' }).waitFor();
    await page.getByText('暂无联合体。').waitFor();

    const form = page.getByRole('form', { name: '组建联合体' });
    await form.getByText('您所在单位「重庆示范科技有限公司」为牵头单位').waitFor();
    await form.getByLabel('联合体名称（中文）').fill('智能网联汽车场景创新联合体');
    await form.getByLabel('联合体名称（英文）').fill('Connected vehicles consortium');
    await form.getByLabel('牵头单位的分工与贡献').fill('系统集成与示范运营');
    const first = form.getByRole('group', { name: '成员单位 1' });
    await first.getByLabel('单位名称').fill('重庆大学');
    await first.getByLabel('单位类型').selectOption('university');
    await first.getByLabel('分工与贡献').fill('感知算法');
    await form.getByRole('button', { name: '再加一家成员单位' }).click();
    const second = form.getByRole('group', { name: '成员单位 2' });
    await second.getByLabel('单位名称').fill(' 重庆大学 ');
    await second.getByLabel('分工与贡献').fill('测试评价');
    await form.getByRole('button', { name: '组建', exact: true }).click();
    // Refused by the server: the message on the second member's field, in both languages.
    await second.getByText(/重复列出.*listed twice/).waitFor();
    expect(await second.getByLabel('单位名称').getAttribute('aria-invalid')).toBe('true');

    await second.getByLabel('单位名称').fill('中国汽车工程研究院');
    await second.getByLabel('单位类型').selectOption('research-institute');
    await form.getByRole('button', { name: '组建', exact: true }).click();
    await page.getByRole('status').getByText('已组建联合体「智能网联汽车场景创新联合体」。').waitFor();

    const card = page.getByRole('region', { name: '智能网联汽车场景创新联合体' });
    const rows = card.getByRole('row');
    await card.getByRole('cell', { name: '中国汽车工程研究院' }).waitFor();
    expect((await rows.allTextContents()).slice(1).map((text) => text.replace(/\s+/g, ' '))).toEqual([
      expect.stringMatching(/^重庆示范科技有限公司企业牵头单位系统集成与示范运营/),
      expect.stringMatching(/^重庆大学高校成员单位感知算法/),
      expect.stringMatching(/^中国汽车工程研究院科研院所成员单位测试评价/),
    ]);

    const add = card.getByRole('form', { name: '增加成员单位' });
    await add.getByLabel('单位名称').fill('长安汽车');
    await add.getByLabel('分工与贡献').fill('整车');
    await add.getByRole('button', { name: '增加' }).click();
    await card.getByRole('cell', { name: '长安汽车' }).waitFor();
    // Added again: refused at the organisation filled in, in words about that one, not a position in the list.
    await add.getByLabel('单位名称').fill('长安汽车');
    await add.getByLabel('分工与贡献').fill('零部件');
    await add.getByRole('button', { name: '增加' }).click();
    await add.getByText(/「长安汽车」已是该联合体的成员/).waitFor();
    expect(await add.getByLabel('单位名称').getAttribute('aria-invalid')).toBe('true');
    expect(await add.getByText(/第 \d+ 与第 \d+ 家/).count()).toBe(0);
    await card.getByRole('row', { name: /重庆大学/ }).getByRole('button', { name: '移除' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('将「重庆大学」移出联合体「智能网联汽车场景创新联合体」。').waitFor();
    await dialog.getByRole('button', { name: '确认' }).click();
    await card.getByRole('cell', { name: '重庆大学' }).waitFor({ state: 'detached' });
    expect(await card.getByText('3 家单位').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'consortia');

    // The same page in English.
    await page.getByRole('button', { name: /^English/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Scenario innovation consortia' }).waitFor();
    await page.getByRole('region', { name: 'Connected vehicles consortium' }).getByText('Lead organisation: 重庆示范科技有限公司', { exact: false }).waitFor();
    await page.getByRole('form', { name: 'Create a consortium' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await context.close();

    // What the server holds: the lead, and the members as the page left them.
    const stored = await apiAs<{ items: Array<{ leadOrganisation: string; members: Array<{ organisation: string; role: string }> }> }>(platform.url, await tokenFor(platform.url, 'applicant'), 'GET', '/api/workflow/consortia');
    expect(stored.items.map((c) => [c.leadOrganisation, c.members.map((m) => `${m.organisation}/${m.role}`)])).toEqual([['重庆示范科技有限公司', ['重庆示范科技有限公司/lead', '中国汽车工程研究院/member', '长安汽车/member']]]);

    // The coordinator reads every consortium, finds it by a member's name, and changes nothing.
    const coordinator = await platform.newPage();
    await signIn(coordinator.page, platform.url, 'coordinator');
    await coordinator.page.goto(`${platform.url}/consortia`);
    await coordinator.page.getByLabel('按名称或成员单位搜索').fill('长安');
    await coordinator.page.getByRole('button', { name: '搜索' }).click();
    const seen = coordinator.page.getByRole('region', { name: '智能网联汽车场景创新联合体' });
    await seen.getByText('仅查看', { exact: false }).waitFor();
    expect(await seen.getByRole('button', { name: '移除' }).count()).toBe(0);
    expect(await coordinator.page.getByRole('form', { name: '组建联合体' }).count()).toBe(0);
    await coordinator.page.getByLabel('按名称或成员单位搜索').fill('不存在的单位');
    await coordinator.page.getByRole('button', { name: '搜索' }).click();
    await coordinator.page.getByText('暂无联合体。').waitFor();
    expect(await axeViolations(coordinator.page)).toEqual([]);
    await coordinator.context.close();
  });

  it('applies in the name of a consortium and shows it with its members on the application', async () => {
    const scenarioId = await openScenario(platform.url, {
      title: { zh: '江北区无人接驳（联合体测试）', en: 'Driverless shuttles in Jiangbei (consortium test)' },
      district: '江北区',
      list: { number: '渝场景〔2026〕88号', title: '2026年联合体测试清单', issueDate: '2026-06-01' },
      opportunity: { title: { zh: '无人接驳车辆与运营', en: 'Driverless shuttles and operation' }, description: { zh: '园区无人接驳', en: 'Driverless shuttles in the park' }, sought: { capabilities: ['自动驾驶'], respondBy: '2099-12-31' } },
    });
    const applicant = await tokenFor(platform.url, 'applicant');
    await apiAs(platform.url, applicant, 'POST', '/api/workflow/consortia', {
      name: { zh: '无人接驳创新联合体', en: 'Driverless shuttle consortium' },
      members: [
        { organisation: '重庆示范科技有限公司', kind: 'enterprise', role: 'lead', contribution: '车辆与运营' },
        { organisation: '重庆交通大学', kind: 'university', role: 'member', contribution: '路侧感知' },
      ],
    });

    const { context, page } = await platform.newPage();
    await signIn(page, platform.url, 'applicant');
    await page.goto(`${platform.url}/applications/new?scenario=${scenarioId}`);
    await page.getByRole('heading', { name: '填写申报', level: 1 }).waitFor();
    await page.getByLabel('申报主体').selectOption({ label: '无人接驳创新联合体' });
    await page.getByLabel(/^方案名称（中文）/).fill('园区无人接驳联合方案');
    await page.getByLabel(/^方案摘要（中文）/).fill('联合体提供车辆、路侧感知与运营。');
    await page.getByLabel(/^实施方案（中文）/).fill('一期两条线路，二期扩展。');
    await page.getByLabel(/^联系人姓名/).fill('王工');
    await page.getByLabel(/^联系电话/).fill('023-62345678');
    await page.getByLabel(/^电子邮箱/).fill('wang@example.com');
    await page.getByRole('button', { name: '创建申报并保存申报书' }).click();

    await page.getByRole('heading', { name: '申报详情', level: 1 }).waitFor();
    const section = page.getByRole('region', { name: '场景创新联合体：无人接驳创新联合体' });
    await section.getByRole('row', { name: /重庆交通大学.*高校.*成员单位.*路侧感知/ }).waitFor();
    await section.getByRole('row', { name: /重庆示范科技有限公司.*企业.*牵头单位/ }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'application-consortium');
    await context.close();
  });
});
