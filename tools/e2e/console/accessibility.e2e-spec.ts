import { apiAs, screenshot, signIn, startConsolePlatform, tokenFor, type ConsolePlatform } from './console-harness';
import { axeViolations, pageSettled } from './axe';
import { slowTimeout } from '@scq/platform-testing';

jest.setTimeout(slowTimeout(4));

type Locale = 'zh-CN' | 'en-US';

const DESKTOP = { width: 1280, height: 860 };
const PHONE = { width: 390, height: 844 };

/** A file name for a page's screenshots: its path with the ids shortened (`/scenarios/<id>/edit` → scenarios-id-edit). */
function slug(path: string): string {
  return path.replace(/[0-9a-f-]{36}/g, 'id').replace(/^\/$/, '/board').replace(/^\//, '').replace(/\//g, '-');
}

/**
 * axe-core in Chromium on every page of the console, in both languages, each page as the role that uses it (issue 15
 * point 10): no violation of WCAG 2.1 A/AA or axe's best practices. The pages of the journeys that need a scenario far
 * along its lifecycle (an application, an assessment) are checked by the whole-journey test.
 */
describe('console accessibility: axe on every page in both languages (Chromium)', () => {
  let platform: ConsolePlatform;
  const pagesByUser: Record<string, string[]> = {};

  beforeAll(async () => {
    platform = await startConsolePlatform('axe');
    const [coordinator, admin] = await Promise.all([tokenFor(platform.url, 'coordinator'), tokenFor(platform.url, 'admin')]);
    const scenario = await apiAs<{ id: string }>(platform.url, coordinator, 'POST', '/api/scenarios', {
      title: { zh: '两江新区无人配送示范场景', en: 'Unmanned delivery pilot in Liangjiang' },
      description: { zh: '在两江新区园区内开展无人车末端配送示范。', en: 'Last-mile delivery by unmanned vehicles in the Liangjiang parks.' },
      domainCode: 'unmanned-systems',
      ownerUnit: '市交通运输委',
      ownerType: 'municipal-department',
      tier: 'industry-integrated',
      district: '两江新区',
    });
    const list = await apiAs<{ id: string }>(platform.url, coordinator, 'POST', '/api/batch-lists', { number: '渝场景〔2026〕9号', title: { zh: '2026年第九批应用场景项目清单' }, issueDate: '2026-09-01', items: [] });
    const matchmaking = await apiAs<{ id: string }>(platform.url, coordinator, 'POST', '/api/matchmaking-events', {
      title: { zh: '全市应用场景供需对接会', en: 'City-wide scenario matchmaking meeting' },
      heldOn: '2026-04-18',
      organiserUnit: '市发展改革委',
      kind: 'matchmaking-meeting',
      participants: [{ name: '重庆大学', type: 'university' }],
      opportunityIds: [],
      outcomes: [],
    });
    const users = await apiAs<{ items: Array<{ id: string; username: string }> }>(platform.url, admin, 'GET', '/api/admin/users?q=evaluator');
    const evaluator = users.items.find((user) => user.username === 'evaluator');
    if (!evaluator) throw new Error('demo evaluator account missing');
    pagesByUser.coordinator = ['/', '/tasks', '/matrix', '/scenarios/new', '/scenarios/import', `/scenarios/${scenario.id}`, `/scenarios/${scenario.id}/edit`, '/evaluation', '/inbox', '/targets', '/batch-lists', `/batch-lists/${list.id}`, '/admin/organisations', '/opportunities', '/demand-lists', '/matchmaking-events', `/matchmaking-events/${matchmaking.id}`, '/calibration', '/inbox/preferences', '/no-such-page', '/suppliers'];
    pagesByUser.admin = ['/admin/users', '/admin/users/new', `/admin/users/${evaluator.id}`, '/audit', '/admin/releases', '/operations/dead-letters'];
    pagesByUser.applicant = ['/applications', '/catalogue', '/consortia', '/suppliers/mine'];
  });

  afterAll(async () => {
    await platform?.stop();
  });

  // Each page is also photographed, at desktop and at phone width, into artifacts/console/page-<locale>-<path>.png.
  for (const locale of ['zh-CN', 'en-US'] as Locale[]) {
    it(`finds no violation on the sign-in page (${locale})`, async () => {
      const { context, page } = await platform.newPage({ locale });
      await page.goto(platform.url);
      await pageSettled(page);
      // A browser that prefers English gets the console in English until the user chooses.
      expect(await page.locator('html').getAttribute('lang')).toBe(locale === 'en-US' ? 'en' : 'zh-CN');
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, `page-${locale}-sign-in`);
      await context.close();
    });

    for (const user of ['coordinator', 'admin', 'applicant']) {
      it(`finds no violation on the pages ${user} uses (${locale})`, async () => {
        const { context, page } = await platform.newPage({ locale });
        await signIn(page, platform.url, user);
        const found: Record<string, string[]> = {};
        for (const path of pagesByUser[user]) {
          await page.goto(`${platform.url}${path}`);
          await pageSettled(page);
          expect(await page.locator('html').getAttribute('lang')).toBe(locale === 'en-US' ? 'en' : 'zh-CN');
          const violations = await axeViolations(page);
          if (violations.length) found[path] = violations;
          await screenshot(page, `page-${locale}-${slug(path)}`);
          await page.setViewportSize(PHONE);
          await screenshot(page, `page-${locale}-${slug(path)}-phone`);
          await page.setViewportSize(DESKTOP);
        }
        expect(found).toEqual({});
        await context.close();
      });
    }
  }

  it('keeps the header to one row on a desktop: an administrator’s pages in four named sections beside the page', async () => {
    const { context, page } = await platform.newPage({ viewport: DESKTOP });
    await signIn(page, platform.url, 'admin');
    await pageSettled(page);
    expect((await page.locator('header.topbar').boundingBox())?.height).toBeLessThan(80);
    const navigation = page.getByRole('navigation', { name: '主导航' });
    const sections: Record<string, string[]> = {};
    // A link's text less its badge (unread messages, open tasks).
    for (const name of ['工作台', '培育与清单', '供需对接', '系统管理']) sections[name] = (await navigation.getByRole('list', { name }).getByRole('link').allTextContents()).map((text) => text.replace(/\d+$/, ''));
    expect(sections).toEqual({
      工作台: ['场景看板', '我的待办', '消息', '领域矩阵', '年度目标'],
      培育与清单: ['批次清单', '评审工作台', '评分校准'],
      供需对接: ['机会目录', '场景机会', '对接活动', '申报', '创新联合体', '供应商名录', '要素保障', '就业风险'],
      系统管理: ['用户管理', '机构管理', '审计日志', '生命周期发布', '死信'],
    });
    // Beside the page, not above it: the navigation's column ends left of where the page's heading starts.
    const [column, heading] = await Promise.all([navigation.boundingBox(), page.getByRole('heading', { level: 1 }).boundingBox()]);
    if (!column || !heading) throw new Error('the navigation or the page heading is not laid out');
    expect(column.x + column.width).toBeLessThanOrEqual(heading.x);
    await screenshot(page, 'shell-desktop-admin');
    await context.close();
  });

  it('folds the header under a menu button on a phone, so the page keeps the screen', async () => {
    const { context, page } = await platform.newPage({ viewport: { width: 390, height: 844 } });
    await signIn(page, platform.url, 'coordinator');
    await pageSettled(page);
    const header = page.locator('header.topbar');
    const folded = await header.boundingBox();
    expect(folded?.height).toBeLessThan(844 * 0.1);
    const navigation = page.getByRole('navigation', { name: '主导航' });
    expect(await navigation.isVisible()).toBe(false);
    const menu = page.getByRole('button', { name: '菜单' });
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    // The language switch stays in reach; its accessible name starts with what it shows.
    await page.getByRole('button', { name: 'English (语言)', exact: true }).waitFor();
    await screenshot(page, 'shell-phone-folded');

    await menu.click();
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    await navigation.waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'shell-phone-menu');
    await navigation.getByRole('link', { name: '年度目标' }).click();
    await page.getByRole('heading', { level: 1, name: '年度目标' }).waitFor();
    await navigation.waitFor({ state: 'hidden' });
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    await context.close();
  });
});
