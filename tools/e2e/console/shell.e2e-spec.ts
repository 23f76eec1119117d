import { screenshot, signIn, startConsolePlatform, type ConsolePlatform } from './console-harness';


/** The console's frame in a real Chromium: sign-in, the shell, the language toggle, sign-out, deep links. */
describe('console shell (Chromium)', () => {
  let platform: ConsolePlatform;

  beforeAll(async () => {
    platform = await startConsolePlatform('shell');
  });

  afterAll(async () => {
    await platform?.stop();
  });

  it('refuses a wrong password with the server message, signs in, switches language and signs out', async () => {
    const { context, page } = await platform.newPage();
    await page.goto(platform.url);
    await screenshot(page, 'login');
    await page.getByLabel('用户名').fill('coordinator');
    await page.getByLabel('密码').fill('wrong-password');
    await page.getByRole('button', { name: '登录' }).click();
    await page.getByRole('alert').filter({ hasText: '用户名或密码错误' }).waitFor();

    await signIn(page, platform.url, 'coordinator');
    expect(await page.getByRole('navigation', { name: '主导航' }).getByRole('link').allTextContents()).toEqual(expect.arrayContaining(['场景看板', '领域矩阵', '评审工作台', '年度目标', '批次清单']));
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');

    await page.getByRole('button', { name: '语言' }).click();
    await page.getByRole('navigation', { name: 'Main navigation' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.reload();
    await page.getByRole('navigation', { name: 'Main navigation' }).waitFor();

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await context.close();
  });

  it('opens a deep link after sign-in and shows the navigation a role may use', async () => {
    const { context, page } = await platform.newPage();
    await signIn(page, platform.url, 'applicant');
    const links = await page.getByRole('navigation', { name: '主导航' }).getByRole('link').allTextContents();
    expect(links).toContain('申报');
    expect(links).not.toContain('评审工作台');
    await page.goto(`${platform.url}/no-such-page`);
    await page.getByRole('heading', { name: '页面不存在' }).waitFor();
    // A page of the navigation for other roles, typed in: said so, not a form that the server then refuses.
    const requested: string[] = [];
    page.on('request', (request) => (request.url().includes('/api/evaluation/') ? requested.push(request.url()) : undefined));
    await page.goto(`${platform.url}/evaluation`);
    await page.getByRole('heading', { level: 1, name: '无权使用此页面' }).waitFor();
    expect(await page.getByRole('main').getByRole('alert').count()).toBe(0);
    expect(requested).toEqual([]);
    await page.getByRole('main').getByRole('link', { name: '返回看板' }).click();
    await page.waitForURL(`${platform.url}/`);
    await context.close();
  });

  it('offers a reload, in both languages, when a page cannot be loaded (its chunk gone after a redeploy)', async () => {
    const { context, page } = await platform.newPage();
    await signIn(page, platform.url, 'coordinator');
    // The targets page's chunk (and only it) no longer loads; the router reloads once by itself, then gives up.
    const targetsChunk = /\/assets\/targets\.page-[\w-]+\.js$/;
    let refused = 0;
    await page.route(targetsChunk, (route) => {
      refused += 1;
      return route.abort();
    });
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '年度目标' }).click();
    const failure = page.getByRole('alert').filter({ hasText: 'This page could not be loaded' });
    await failure.waitFor();
    expect(refused).toBeGreaterThan(0);
    expect(await failure.textContent()).toContain('页面未能加载');
    expect(await failure.textContent()).toContain('reload the page');
    // The shell stays: the navigation still works around the failed page.
    await page.getByRole('navigation', { name: '主导航' }).waitFor();
    await screenshot(page, 'page-chunk-failed');

    await page.unroute(targetsChunk);
    await failure.getByRole('button', { name: '重新加载 Reload' }).click();
    await page.getByRole('heading', { level: 1, name: '年度目标' }).waitFor();
    await context.close();
  });
});
