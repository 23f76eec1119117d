import { eventually, slowTimeout } from '@scq/platform-testing';
import { apiAs, screenshot, signIn, startConsolePlatform, tokenFor, waitForCount, type ConsolePlatform } from './console-harness';

jest.setTimeout(slowTimeout(2));

interface TaskList {
  items: Array<{ kind: string; subject: { id: string }; href: string; action: { zh: string; en: string }; title: { zh: string } }>;
  counts: { total: number; overdue: number };
  unavailable: unknown[];
}

/**
 * 我的待办 and the live unread count in Chromium: the transport officer's proposed scenario waits on them (a task with its
 * action link, counted in the header); then its recognition is asked for, the scoring deadline's reminders reach the
 * officer's unit, and the unread badge (and the bell's list) rises from the notification stream alone — the page is not reloaded and the
 * polled unread-count endpoint is refused for the whole test, so only the server-sent events can move it.
 */
describe('my tasks and the live unread count (Chromium)', () => {
  let platform: ConsolePlatform;
  let officerToken: string;
  let scenarioId: string;
  const title = '璧山区智能网联公交（待办测试）';

  beforeAll(async () => {
    // One working day lasts a second: the scoring deadline's reminders come within seconds.
    platform = await startConsolePlatform('tasks', { NOTIFICATION_DEMO_WORKING_DAY_MS: '1000' });
    officerToken = await tokenFor(platform.url, 'officer.transport');
    const coordinatorToken = await tokenFor(platform.url, 'coordinator');
    for (const [id, organisation] of [
      ['tasks-expert-1', '重庆大学'],
      ['tasks-expert-2', '西南大学'],
      ['tasks-expert-3', '重庆邮电大学'],
    ]) {
      await apiAs(platform.url, coordinatorToken, 'POST', '/api/evaluation/evaluators', { id, name: `专家 ${id}`, organisation, expertise: ['unmanned-systems'] });
    }
    const scenario = await apiAs<{ id: string }>(platform.url, officerToken, 'POST', '/api/scenarios', {
      title: { zh: title, en: 'Connected buses in Bishan (tasks test)' },
      domainCode: 'unmanned-systems',
      ownerUnit: '市交通运输委',
      ownerType: 'municipal-department',
      tier: 'comprehensive-major',
      district: '璧山区',
    });
    scenarioId = scenario.id;
    await eventually(async () => {
      const tasks = await apiAs<TaskList>(platform.url, officerToken, 'GET', '/api/tasks');
      return tasks.items.some((task) => task.subject.id === scenarioId) ? tasks : undefined;
    }, 30_000, 250);
  });

  afterAll(async () => {
    await platform?.stop();
  });

  it('lists the officer’s task with its action, counts it in the header, and raises the unread badge live', async () => {
    const expected = await apiAs<TaskList>(platform.url, officerToken, 'GET', '/api/tasks');
    expect(expected.unavailable).toEqual([]);
    const task = expected.items.find((item) => item.subject.id === scenarioId);
    expect(task).toMatchObject({ kind: 'scenario', href: `/scenarios/${scenarioId}` });

    const { context, page } = await platform.newPage();
    const polled: string[] = [];
    await page.route(/\/api\/notifications\/inbox\/unread-count/, (route) => {
      polled.push(route.request().url());
      return route.abort();
    });
    await signIn(page, platform.url, 'officer.transport');

    // The header badge: the caller's task count.
    const nav = page.getByRole('navigation', { name: '主导航' });
    const badge = nav.getByTestId('tasks-badge');
    await badge.filter({ hasText: new RegExp(`^${expected.counts.total}$`) }).waitFor();
    expect(await badge.getAttribute('aria-label')).toBe(`${expected.counts.total} 项待办`);

    await nav.getByRole('link', { name: /我的待办/ }).click();
    await page.getByRole('heading', { level: 1, name: '我的待办' }).waitFor();
    const entries = page.getByRole('list', { name: '待办列表' }).getByRole('article');
    await waitForCount(entries, expected.items.length);
    const entry = entries.filter({ has: page.getByRole('heading', { name: title }) });
    await entry.getByText('场景', { exact: true }).waitFor();
    const action = entry.getByRole('link', { name: task?.action.zh });
    expect(await action.getAttribute('href')).toBe(`/scenarios/${scenarioId}`);
    await page.getByTestId('tasks-summary').filter({ hasText: `共 ${expected.counts.total} 项待办` }).waitFor();
    await screenshot(page, 'tasks');

    // Filters stay in the URL; none of the officer's tasks is overdue yet.
    await page.getByLabel('期限').selectOption('true');
    await page.waitForURL(/overdue=true/);
    await page.getByText('没有符合条件的待办。').waitFor();
    await page.getByLabel('期限').selectOption('');
    await page.getByLabel('类型').selectOption('scenario');
    await page.waitForURL(/kind=scenario/);
    await entry.waitFor();

    // In English: the same task, the action in English.
    await page.getByRole('button', { name: '语言' }).click();
    await page.getByRole('heading', { level: 1, name: 'My tasks' }).waitFor();
    await page.getByRole('list', { name: 'Tasks' }).getByRole('link', { name: task?.action.en }).waitFor();
    await page.getByRole('button', { name: 'Language' }).click();

    // One click to the action: the scenario's page, inside the app.
    await page.evaluate('window.__sameDocument = true');
    await entry.getByRole('link', { name: task?.action.zh }).click();
    await page.waitForURL(new RegExp(`/scenarios/${scenarioId}$`));
    await page.getByRole('heading', { level: 1, name: title }).waitFor();

    // No unread messages yet: no badge. Recognition asked for → the scoring deadline's reminders reach the unit.
    expect(await nav.getByTestId('unread-badge').count()).toBe(0);
    const instance = await apiAs<{ id: string }>(platform.url, officerToken, 'GET', `/api/workflow/scenarios/${scenarioId}`);
    await apiAs(platform.url, officerToken, 'POST', `/api/workflow/instances/${instance.id}/events`, { type: 'startCultivation', reason: '纳入培育库' });
    await apiAs(platform.url, officerToken, 'POST', `/api/workflow/instances/${instance.id}/events`, { type: 'requestRecognition' });
    const unread = nav.getByTestId('unread-badge');
    await unread.waitFor({ timeout: 60_000 });
    expect(Number(await unread.textContent())).toBeGreaterThan(0);
    // The same document all along (no reload), and the polled count never answered: the stream moved the badge.
    await expect(page.evaluate('window.__sameDocument')).resolves.toBe(true);
    expect(polled.length).toBeGreaterThan(0);

    // The bell: the newest unread messages in a popover, the way to the inbox; Escape closes it and the focus returns.
    const bell = page.getByRole('button', { name: /最新未读/ });
    await bell.click();
    expect(await bell.getAttribute('aria-expanded')).toBe('true');
    const popover = page.getByRole('region', { name: '最新未读' });
    await popover.getByRole('listitem').filter({ hasText: title }).first().waitFor();
    await popover.getByRole('link', { name: '打开消息' }).waitFor();
    await screenshot(page, 'tasks-unread-live');
    await page.keyboard.press('Escape');
    await popover.waitFor({ state: 'detached' });
    expect(await bell.getAttribute('aria-expanded')).toBe('false');
    await expect(page.evaluate('document.activeElement?.getAttribute("aria-expanded")')).resolves.toBe('false');
    await context.close();
  });
});
