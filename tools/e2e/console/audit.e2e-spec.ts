import { readFileSync } from 'node:fs';
import { apiAs, DEMO_PASSWORD, documentWidth, screenshot, signIn, startConsolePlatform, tokenFor, waitForCount, type ConsolePlatform } from './console-harness';
import { slowTimeout } from '@scq/platform-testing';

jest.setTimeout(slowTimeout(1.5));

/** 审计日志 in a real Chromium: the auditor reads, filters and exports what people did; others do not see the page. */
describe('audit log page (Chromium)', () => {
  let platform: ConsolePlatform;
  let scenarioId: string;

  beforeAll(async () => {
    platform = await startConsolePlatform('audit');
    const coordinator = await tokenFor(platform.url, 'coordinator');
    ({ id: scenarioId } = await apiAs<{ id: string }>(platform.url, coordinator, 'POST', '/api/scenarios', {
      title: { zh: '审计页面测试场景' },
      domainCode: 'smart-city',
      ownerUnit: '市交通运输委',
      ownerType: 'municipal-department',
      tier: 'comprehensive-major',
    }));
    const refused = await fetch(`${platform.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'officer.urban', password: `not-${DEMO_PASSWORD}` }) });
    expect(refused.status).toBe(401);
  });

  afterAll(async () => {
    await platform?.stop();
  });

  it('shows the auditor every state-changing request, filters them, and downloads them as CSV', async () => {
    const { context, page } = await platform.newPage();
    await signIn(page, platform.url, 'auditor');
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '审计日志' }).click();
    await page.getByRole('heading', { level: 1, name: '审计日志' }).waitFor();
    const table = page.getByRole('table', { name: '审计日志条目' });
    const created = table.getByRole('row').filter({ hasText: 'POST /api/scenarios' });
    await created.waitFor();
    await expect(created.textContent()).resolves.toContain(scenarioId);
    await expect(created.textContent()).resolves.toContain('市发展改革委');
    await expect(created.textContent()).resolves.toContain('201');
    const failedSignIn = table.getByRole('row').filter({ hasText: 'INVALID_CREDENTIALS' });
    await expect(failedSignIn.textContent()).resolves.toMatch(/officer\.urban.*登录尝试（未成功）.*POST \/api\/auth\/login.*401/);
    await screenshot(page, 'audit');

    // Failed requests only: the URL keeps the filter.
    await page.getByLabel('结果').selectOption('failed');
    await page.getByRole('button', { name: '筛选' }).click();
    await page.waitForURL(/result=failed/);
    await waitForCount(page.locator('[data-testid=audit-entry]'), 1);
    await expect(page.locator('[data-testid=audit-entry]').textContent()).resolves.toContain('INVALID_CREDENTIALS');

    // The CSV of the same filter, fetched with the token and saved by the browser.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 CSV' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^audit-log-\d{8}-\d{4}\.csv$/);
    const csv = readFileSync(await download.path(), 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).trim().split('\r\n');
    expect(lines[0]).toMatch(/^编号 Id,时间 Time \(UTC\),账号 Account id,用户名 Username/);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(',officer.urban,');

    // Nobody matches: the empty state.
    await page.getByLabel('操作人').fill('nobody-at-all');
    await page.getByRole('button', { name: '筛选' }).click();
    await page.getByText('没有符合条件的审计记录。').waitFor();
    await context.close();
  });

  it('is not offered to other roles, says so to one who types its address, and the server refuses them', async () => {
    const { context, page } = await platform.newPage();
    await signIn(page, platform.url, 'officer.urban');
    await expect(page.getByRole('navigation', { name: '主导航' }).getByRole('link').allTextContents()).resolves.not.toContain('审计日志');
    await page.goto(`${platform.url}/audit`);
    await page.getByRole('heading', { level: 1, name: '无权使用此页面' }).waitFor();
    expect(await page.getByRole('button', { name: '筛选' }).count()).toBe(0);
    const refused = await fetch(`${platform.url}/api/audit/entries`, { headers: { authorization: `Bearer ${await tokenFor(platform.url, 'officer.urban')}` } });
    expect({ status: refused.status, code: ((await refused.json()) as { error: { code: string } }).error.code }).toEqual({ status: 403, code: 'FORBIDDEN_ROLE' });
    await context.close();
  });

  it('fits a phone: the table scrolls in its frame, the page does not scroll sideways', async () => {
    const { context, page } = await platform.newPage({ viewport: { width: 390, height: 844 } });
    await signIn(page, platform.url, 'admin');
    await page.goto(`${platform.url}/audit`);
    await page.locator('[data-testid=audit-entry]').first().waitFor();
    expect(await documentWidth(page)).toBeLessThanOrEqual(390);
    await screenshot(page, 'audit-phone');
    await context.close();
  });
});
