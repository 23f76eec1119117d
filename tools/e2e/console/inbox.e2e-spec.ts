import { eventually, slowTimeout } from '@scq/platform-testing';
import { apiAs, documentWidth, screenshot, signIn, startConsolePlatform, tokenFor, waitForCount, type ConsolePlatform } from './console-harness';

jest.setTimeout(slowTimeout(2));

interface InboxItem {
  id: string;
  kind: string;
  critical: boolean;
  subject: { zh: string; en: string };
  recipient: { type: string; id: string };
  read: boolean;
}
interface InboxAnswer {
  items: InboxItem[];
  unread: { unit: number; user: number; total: number };
}

/** One working day lasts this long: the 10-working-day scoring deadline is due 10 s after the panel is assigned. */
const WORKING_DAY_MS = 1000;

/**
 * "The officer sees the reminder in the inbox": a transport scenario goes to recognition, the evaluation service
 * assigns a panel and asks for the scoring deadline, the notification service (on the demo clock) reminds the
 * organising units — among them 市交通运输委 — and the transport officer reads it in the console.
 */
describe('inbox (Chromium)', () => {
  let platform: ConsolePlatform;
  let officerToken: string;
  let coordinatorToken: string;
  const title = '两江新区园区无人配送（收件箱测试）';
  let assessmentId: string;

  beforeAll(async () => {
    platform = await startConsolePlatform('inbox', { NOTIFICATION_DEMO_WORKING_DAY_MS: String(WORKING_DAY_MS) });
    officerToken = await tokenFor(platform.url, 'officer.transport');
    coordinatorToken = await tokenFor(platform.url, 'coordinator');

    // A pool of three unmanned-systems evaluators, so that recognition gets a panel and a scoring deadline.
    for (const [id, organisation] of [
      ['inbox-expert-1', '重庆大学'],
      ['inbox-expert-2', '西南大学'],
      ['inbox-expert-3', '重庆邮电大学'],
    ]) {
      await apiAs(platform.url, coordinatorToken, 'POST', '/api/evaluation/evaluators', { id, name: `专家 ${id}`, organisation, expertise: ['unmanned-systems'] });
    }
    const scenario = await apiAs<{ id: string }>(platform.url, officerToken, 'POST', '/api/scenarios', {
      title: { zh: title, en: 'Unmanned delivery in Liangjiang parks (inbox test)' },
      domainCode: 'unmanned-systems',
      ownerUnit: '市交通运输委',
      ownerType: 'municipal-department',
      tier: 'comprehensive-major',
      district: '两江新区',
    });
    const instance = await eventually(async () => {
      try {
        return await apiAs<{ id: string }>(platform.url, officerToken, 'GET', `/api/workflow/scenarios/${scenario.id}`);
      } catch {
        return undefined;
      }
    }, 30_000);
    await apiAs(platform.url, officerToken, 'POST', `/api/workflow/instances/${instance.id}/events`, { type: 'startCultivation', reason: '纳入培育库' });
    await apiAs(platform.url, officerToken, 'POST', `/api/workflow/instances/${instance.id}/events`, { type: 'requestRecognition' });

    const assessments = await eventually(async () => {
      const listed = await apiAs<{ items: Array<{ id: string }> }>(platform.url, coordinatorToken, 'GET', `/api/evaluation/assessments?subject=${scenario.id}`);
      return listed.items.length ? listed.items : undefined;
    }, 30_000);
    assessmentId = assessments[0].id;

    // Both reminders before the deadline and the one at it reach the unit's inbox (nothing else goes to it).
    await eventually(async () => {
      const inbox = await apiAs<InboxAnswer>(platform.url, officerToken, 'GET', '/api/notifications/inbox?scope=unit&status=unread');
      const kinds = inbox.items.map((item) => item.kind).sort();
      return kinds.length === 3 && kinds.join() === 'before,before,due' ? inbox : undefined;
    }, 90_000, 250);
  });

  afterAll(async () => {
    await platform?.stop();
  });

  it('reads a long inbox page by page: “more” appends the next page the server gives and disappears on the last', async () => {
    const { context, page } = await platform.newPage();
    // Two messages a page instead of twenty, so that three messages make two pages of the real server's list.
    const pageSizes: string[] = [];
    await page.route(/\/api\/notifications\/inbox\?/, (route) => {
      const url = new URL(route.request().url());
      url.searchParams.set('limit', '2');
      pageSizes.push(url.searchParams.get('after') ? 'next' : 'first');
      return route.continue({ url: url.toString() });
    });
    await signIn(page, platform.url, 'officer.transport');
    await page.goto(`${platform.url}/inbox`);
    const entries = page.getByRole('list', { name: '消息列表' }).getByRole('article');
    await waitForCount(entries, 2);
    const more = page.getByRole('button', { name: '加载更多' });
    await more.click();
    await waitForCount(entries, 3);
    await more.waitFor({ state: 'detached' });
    const ids = await entries.evaluateAll((articles) => articles.map((article) => article.getAttribute('aria-labelledby')));
    expect(new Set(ids).size).toBe(3);
    expect(pageSizes).toEqual(['first', 'next']);
    await context.close();
  });

  it('shows the transport officer the reminders with the unread badge, marks one read and the badge drops', async () => {
    const before = await apiAs<InboxAnswer>(platform.url, officerToken, 'GET', '/api/notifications/inbox?status=unread');
    expect(before.unread).toEqual({ unit: 3, user: 0, total: 3 });
    expect(before.items.every((item) => item.recipient.type === 'unit' && item.recipient.id === '市交通运输委')).toBe(true);

    const { context, page } = await platform.newPage();
    await signIn(page, platform.url, 'officer.transport');
    const badge = page.getByTestId('unread-badge');
    await expect(badge.textContent()).resolves.toBe('3');
    expect(await badge.getAttribute('aria-label')).toBe('3 条未读');

    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: /消息/ }).click();
    await page.getByRole('heading', { level: 1, name: '消息' }).waitFor();
    const list = page.getByRole('list', { name: '消息列表' });
    const entries = list.getByRole('article');
    await entries.nth(2).waitFor();
    await expect(entries.count()).resolves.toBe(3);
    // Each message says what it is in words (not colour alone), what it is about, and links to its subject.
    await expect(entries.filter({ hasText: '到期提醒' }).count()).resolves.toBe(1);
    await expect(entries.filter({ hasText: /^● 提醒/ }).count()).resolves.toBe(2);
    const reminder = entries.filter({ hasText: /^● 提醒/ }).first();
    // The scoring deadline is the assessment's: the text names it after the scenario it assesses, the link opens it.
    await expect(reminder.getByRole('heading').textContent()).resolves.toMatch(new RegExp(`^【提醒】「${title}」的认定评估：专家评分期限还剩 [13] 个工作日$`));
    await reminder.getByText('期限', { exact: true }).waitFor();
    expect(await reminder.getByRole('link', { name: '查看评审' }).getAttribute('href')).toBe(`/evaluation/${assessmentId}`);
    await expect(page.getByTestId('unread-unit').textContent()).resolves.toContain('3');
    await screenshot(page, 'inbox');

    // Mark one read: it shows as read, the page's count and the header badge drop to 2.
    const reminderTitle = (await reminder.getByRole('heading').textContent()) ?? '';
    await reminder.getByRole('button', { name: `将“${reminderTitle}”标为已读` }).click();
    await reminder.getByText('已读', { exact: true }).waitFor();
    await page.getByTestId('unread-unit').filter({ hasText: '2' }).waitFor();
    await page.getByTestId('unread-badge').filter({ hasText: /^2$/ }).waitFor();
    const after = await apiAs<InboxAnswer>(platform.url, officerToken, 'GET', '/api/notifications/inbox?status=unread');
    expect(after.unread.total).toBe(2);
    expect(after.items).toHaveLength(2);

    // The unread filter keeps to the URL and hides the read one.
    await page.getByLabel('状态').selectOption('unread');
    await page.waitForURL(/status=unread/);
    await waitForCount(page.getByRole('list', { name: '消息列表' }).getByRole('article'), 2);

    // In English: the same messages, then mark all read and the badge goes.
    await page.getByRole('button', { name: '语言' }).click();
    await page.getByRole('heading', { level: 1, name: 'Inbox' }).waitFor();
    await page.getByLabel('Status').selectOption('all');
    await page.getByRole('list', { name: 'Messages' }).getByRole('article').filter({ hasText: 'Deadline reminder' }).waitFor();
    await expect(page.getByRole('list', { name: 'Messages' }).getByRole('heading').first().textContent()).resolves.toContain('The recognition assessment of "Unmanned delivery in Liangjiang parks (inbox test)"');
    await page.getByRole('list', { name: 'Messages' }).getByRole('article').filter({ hasText: 'Reminder' }).getByText('Due', { exact: true }).first().waitFor();
    await screenshot(page, 'inbox-en');
    await page.getByRole('button', { name: 'Mark all read' }).click();
    await page.getByRole('status').filter({ hasText: '2 messages marked read.' }).waitFor();
    await page.getByTestId('unread-badge').waitFor({ state: 'detached' });
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await documentWidth(page)).toBeLessThanOrEqual(390);
    await page.getByRole('button', { name: /^Mark “.*” read$/ }).first().waitFor({ state: 'detached' });
    await waitForCount(page.getByRole('list', { name: 'Messages' }).getByRole('article').filter({ hasText: 'Unread' }), 0);
    expect(await apiAs(platform.url, officerToken, 'GET', '/api/notifications/inbox/unread-count')).toEqual({ unit: 0, user: 0, total: 0 });
    await context.close();
  });
});
