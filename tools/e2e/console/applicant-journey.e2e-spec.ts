import { eventually, slowTimeout } from '@scq/platform-testing';
import type { Locator } from 'playwright-core';
import { apiAs, documentWidth, screenshot, signIn, startConsolePlatform, tokenFor, waitForCount, type ConsolePlatform } from './console-harness';
import { openScenario } from './open-scenario';

jest.setTimeout(slowTimeout(2.5));

// Bodies are read untyped.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

const TITLE = '南岸区路内智慧停车揭榜';
const TITLE_EN = 'Smart on-street parking in Nan’an';
const OPPORTUNITY = '路内智慧停车管理系统';
const OPPORTUNITY_EN = 'On-street smart parking system';
const DAYS = 30;
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

/**
 * The applicant's journey in Chromium: a listed, open scenario with a published opportunity (seeded through the API
 * as in applications.e2e-spec.ts); the applicant finds it in the catalogue by search, applies with content and an
 * attachment (a file pretending to be a PDF is refused with its reason), follows the application on its page (its
 * statechart, content, attachments, history) and reaches it again from the notice of a return for revision.
 */
describe('console applicant journey (Chromium)', () => {
  let platform: ConsolePlatform;

  beforeAll(async () => {
    platform = await startConsolePlatform('applicant-journey', { GATEWAY_TRUST_CLIENT_IDENTITY: 'true' });
    await openScenario(platform.url, {
      title: { zh: TITLE, en: TITLE_EN },
      district: '南岸区',
      list: { number: '渝场景〔2026〕2号', title: '2026年第二批应用场景项目清单', issueDate: '2026-06-01' },
      opportunity: {
        title: { zh: OPPORTUNITY, en: OPPORTUNITY_EN },
        description: { zh: '面向南坪商圈路内泊位的智慧停车感知与诱导', en: 'Smart parking sensing and guidance for on-street spaces' },
        sought: { capabilities: ['地磁检测', '视频识别'], budget: { minFen: 50_000_000, maxFen: 200_000_000 }, respondBy: beijingDatePlus(DAYS) },
      },
      demandList: { number: '2026年第1期', title: { zh: '市交通运输委需求清单', en: 'Transport commission demand list' }, ownerUnit: '市交通运输委' },
    });
  });

  afterAll(async () => {
    await platform?.stop();
  });

  it('finds an opportunity in the catalogue, applies with content and attachments, and follows the application', async () => {
    const { url } = platform;
    const { page, context } = await platform.newPage();
    await signIn(page, url, 'applicant');

    // The catalogue: searched in Chinese and in English (the words kept in the URL), filtered to open ones.
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '机会目录' }).click();
    await page.getByRole('heading', { name: '机会目录', level: 1 }).waitFor();
    const cards = page.getByTestId('catalogue-opportunity');
    await page.getByLabel('关键词（中文或英文）').fill('不存在的机会');
    await page.getByRole('button', { name: '搜索' }).click();
    await page.getByText('没有符合条件的机会。').waitFor();
    await page.getByLabel('关键词（中文或英文）').fill('smart parking');
    await page.getByRole('button', { name: '搜索' }).click();
    await waitForCount(cards, 1);
    expect(new URL(page.url()).searchParams.get('q')).toBe('smart parking');
    await page.getByLabel('关键词（中文或英文）').fill('智慧停车');
    await page.getByRole('button', { name: '搜索' }).click();
    await page.getByLabel('只看仍在征集的').check();
    await eventually(async () => (new URL(page.url()).searchParams.get('open') === 'true' ? true : undefined), 10_000);
    expect(new URL(page.url()).searchParams.get('q')).toBe('智慧停车');
    const card = cards.filter({ hasText: OPPORTUNITY });
    await waitForCount(card, 1);
    await waitText(card.getByTestId('days-left'), `还剩 ${DAYS} 天`);
    await card.getByText('（北京时间）').waitFor();
    await page.getByTestId('catalogue-list').filter({ hasText: '2026年第1期' }).filter({ hasText: OPPORTUNITY }).waitFor();
    await screenshot(page, 'catalogue');
    await page.getByRole('button', { name: '语言' }).click();
    await page.getByRole('heading', { name: 'Catalogue', level: 1 }).waitFor();
    await waitText(cards.filter({ hasText: OPPORTUNITY_EN }).getByTestId('days-left'), `${DAYS} days left`);
    await screenshot(page, 'catalogue-en');
    await page.getByRole('button', { name: 'Language' }).click();

    // The application form: required fields marked and checked before sending, the server's refusals by label.
    await card.getByRole('link', { name: `申报“${OPPORTUNITY}”` }).click();
    await page.getByRole('heading', { name: '填写申报', level: 1 }).waitFor();
    await page.getByRole('heading', { name: `申报场景：${TITLE}` }).waitFor();
    await page.getByText(`对应机会：${OPPORTUNITY}`).waitFor();
    const newApplicationUrl = page.url();
    await page.getByRole('button', { name: '创建申报并保存申报书' }).click();
    const errors = page.getByTestId('content-errors');
    await errors.getByText('方案名称（中文）：请填写方案名称（中文）').waitFor();
    await errors.getByText('电子邮箱：请填写电子邮箱').waitFor();
    expect(await page.getByLabel(/^方案名称（中文）/).getAttribute('aria-invalid')).toBe('true');
    await page.getByRole('button', { name: '语言' }).click();
    await page.getByRole('heading', { name: 'New application', level: 1 }).waitFor();
    await errors.getByText('Proposal title (Chinese): Proposal title (Chinese) is required').waitFor();
    await screenshot(page, 'application-new-en');
    await page.getByRole('button', { name: 'Language' }).click();
    await errors.getByText('方案名称（中文）：请填写方案名称（中文）').waitFor();
    await page.getByLabel(/^方案名称（中文）/).fill('路内停车智能感知与诱导方案');
    await page.getByLabel(/^方案名称（英文）/).fill('Sensing and guidance for on-street parking');
    await page.getByLabel(/^方案摘要（中文）/).fill('地磁加视频双模检测，实时发布泊位信息。');
    await page.getByLabel(/^实施方案（中文）/).fill('一期覆盖南坪商圈 500 个泊位，二期扩展至全区。');
    await page.getByLabel(/^联系人姓名/).fill('王工');
    await page.getByLabel(/^联系电话/).fill('12345');
    await page.getByLabel(/^电子邮箱/).fill('wang@example.com');
    await page.getByRole('button', { name: '添加成员' }).click();
    await page.getByLabel(/^成员 1 姓名/).fill('李工');
    await page.getByLabel(/^成员 1 分工/).fill('算法');
    await page.getByLabel(/^成员 1 所在单位/).fill('重庆某科技有限公司');
    await screenshot(page, 'application-new');
    // Each field filled in leaves the list of refusals.
    await waitForCount(errors, 0);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole('heading', { name: '填写申报', level: 1 }).waitFor();
    expect(await documentWidth(page)).toBeLessThanOrEqual(390);
    await screenshot(page, 'application-new-phone');
    await page.setViewportSize({ width: 1280, height: 860 });
    await page.getByRole('button', { name: '创建申报并保存申报书' }).click();
    await errors.getByText(/^联系电话：应为手机号或带区号的固定电话/).waitFor();
    await page.getByLabel(/^联系电话/).fill('023-62345678');
    await page.getByRole('button', { name: '创建申报并保存申报书' }).click();

    // The application's page: a draft, its statechart marking the stage, its content and attachments.
    await page.getByRole('heading', { name: '申报详情', level: 1 }).waitFor();
    const applicationId = new URL(page.url()).pathname.split('/').pop() ?? '';
    const stage = page.getByTestId('application-stage');
    await waitText(stage, '草稿');
    await page.locator('.statechart .sc-current[aria-current="step"]').filter({ hasText: '草稿' }).waitFor();
    expect(await page.getByLabel(/^方案名称（中文）/).inputValue()).toBe('路内停车智能感知与诱导方案');
    await page.getByText('可上传 PDF、DOCX、XLSX、PNG、JPEG、ZIP 文件，单个不超过 20 MiB，每份申报最多 20 个').waitFor();
    const chooser = page.getByLabel('选择文件上传');
    await chooser.setInputFiles({ name: '伪装.pdf', mimeType: 'application/pdf', buffer: Buffer.from('this is only text pretending to be a PDF') });
    await page.getByTestId('attachment-refused').filter({ hasText: '“伪装.pdf”未上传：只接受' }).waitFor();
    await chooser.setInputFiles({ name: 'setup.exe', mimeType: 'application/octet-stream', buffer: Buffer.from('MZ\x90\x00\x03\x00\x00\x00') });
    await page.getByTestId('attachment-refused').filter({ hasText: '“setup.exe”未上传' }).waitFor();
    await chooser.setInputFiles({ name: '实施方案.pdf', mimeType: 'application/pdf', buffer: PDF });
    await page.getByRole('status').filter({ hasText: '已上传 实施方案.pdf' }).waitFor();
    const download = page.getByRole('link', { name: '下载 实施方案.pdf' });
    await download.waitFor();
    const [file] = await Promise.all([page.waitForEvent('download'), download.click()]);
    expect(file.suggestedFilename()).toBe('实施方案.pdf');
    const saved = await file.path();
    expect((await import('node:fs')).readFileSync(saved).subarray(0, 5).toString()).toBe('%PDF-');
    await screenshot(page, 'application-draft');

    // Submitted: the content and attachments are read-only, the statechart moves on.
    await page.getByRole('button', { name: '提交申报' }).click();
    await waitText(stage, '已提交');
    await page.locator('.statechart .sc-current').filter({ hasText: '已提交' }).waitFor();
    await page.locator('.content-view').getByText('路内停车智能感知与诱导方案').waitFor();
    await page.getByText('申报提交后材料不能再增删').waitFor();
    expect(await page.getByRole('button', { name: '删除 实施方案.pdf' }).count()).toBe(0);
    await download.waitFor();
    await screenshot(page, 'application-submitted');
    // A second application to the same scenario is not offered while this one is live: the form says so and leads here.
    await page.goto(newApplicationUrl);
    await page.getByText('您已申报此场景，申报仍在办理中').waitFor();
    expect(await page.getByRole('button', { name: '创建申报并保存申报书' }).count()).toBe(0);
    await page.getByRole('main').getByRole('link', { name: '查看我的申报' }).click();
    await page.waitForURL((target) => target.pathname === `/applications/${applicationId}`);
    await waitText(page.getByTestId('application-stage'), '已提交');
    await page.getByRole('button', { name: '语言' }).click();
    await page.getByRole('heading', { name: 'Application lifecycle' }).waitFor();
    await page.locator('.content-view').getByText('Sensing and guidance for on-street parking').waitFor();
    await screenshot(page, 'application-submitted-en');
    await page.getByRole('button', { name: 'Language' }).click();
    await page.getByRole('heading', { name: '申报流程' }).waitFor();

    // The officer returns it for revision; the applicant's notice leads to the page, editable again.
    const officer = await tokenFor(url, 'officer.transport');
    const instance = await apiAs<Json>(url, officer, 'GET', `/api/workflow/applications/${applicationId}`);
    const started = await apiAs<Json>(url, officer, 'POST', `/api/workflow/instances/${instance.id}/events`, { type: 'startScreening', expectedVersion: instance.version });
    await apiAs(url, officer, 'POST', `/api/workflow/instances/${instance.id}/events`, { type: 'returnForRevision', reason: '请补充泊位检测精度测试报告', expectedVersion: started.version });
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: /^消息/ }).click();
    const notice = page.locator('article').filter({ hasText: '被退回补正' }).first();
    await eventually(async () => {
      if ((await notice.count()) > 0) return true;
      await page.reload();
      return undefined;
    }, 30_000);
    await notice.getByRole('link', { name: '查看申报' }).click();
    await waitText(page.getByTestId('application-stage'), '退回补正');
    expect(new URL(page.url()).pathname).toBe(`/applications/${applicationId}`);
    await page.locator('.revision-request').filter({ hasText: '请补充泊位检测精度测试报告' }).waitFor();
    await page.getByRole('button', { name: '删除 实施方案.pdf' }).waitFor();
    expect(await page.getByLabel(/^联系电话/).inputValue()).toBe('023-62345678');

    // On a phone: no sideways scrolling on the catalogue nor on the application.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole('heading', { name: '申报流程' }).waitFor();
    expect(await documentWidth(page)).toBeLessThanOrEqual(390);
    await screenshot(page, 'application-phone');
    await page.goto(`${url}/catalogue?q=${encodeURIComponent('智慧停车')}`);
    // Applied already: the catalogue leads to the application instead of offering a second one.
    const mine = cards.getByRole('link', { name: `查看我对“${OPPORTUNITY}”的申报` });
    await mine.waitFor();
    expect(await cards.getByRole('link', { name: `申报“${OPPORTUNITY}”` }).count()).toBe(0);
    expect(await documentWidth(page)).toBeLessThanOrEqual(390);
    await screenshot(page, 'catalogue-phone');
    await mine.click();
    await waitText(page.getByTestId('application-stage'), '退回补正');
    expect(new URL(page.url()).pathname).toBe(`/applications/${applicationId}`);
    await context.close();
  });

  async function waitText(locator: Locator, text: string): Promise<void> {
    await eventually(async () => ((await locator.first().textContent())?.trim() === text ? true : undefined), 15_000);
  }
});

/** YYYY-MM-DD `days` after today in Beijing. */
function beijingDatePlus(days: number): string {
  const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai' }).format(new Date());
  return new Date(Date.parse(`${today}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
