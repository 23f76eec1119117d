import { apiAs, documentWidth, screenshot, signIn, startConsolePlatform, tokenFor, type ConsolePlatform } from './console-harness';
import { slowTimeout } from '@scq/platform-testing';

jest.setTimeout(slowTimeout(2));

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

/**
 * “Where do I say how I am told?”: from the inbox a user opens the notification preferences, turns on email
 * (refused in words without an address), sets quiet hours, saves, and after a reload finds them kept (and so does
 * GET /api/notifications/preferences).
 */
describe('console notification preferences (Chromium)', () => {
  let platform: ConsolePlatform;

  beforeAll(async () => {
    platform = await startConsolePlatform('notification-preferences');
  });

  afterAll(async () => {
    await platform?.stop();
  });

  it('edits the channels and quiet hours from the inbox, validates in words, and keeps them after a reload', async () => {
    const { context, page } = await platform.newPage();
    await signIn(page, platform.url, 'applicant');
    await page.goto(`${platform.url}/inbox`);
    await page.getByRole('link', { name: '通知设置' }).click();
    await page.getByRole('heading', { name: '通知设置', level: 1 }).waitFor();
    await page.getByText('您尚未保存过设置，以下为默认值。').waitFor();
    expect(await page.getByLabel('通过邮件接收').isChecked()).toBe(false);

    // Email on without an address, quiet hours on: the form says what is missing, nothing is saved.
    await page.getByLabel('通过邮件接收').check();
    await page.getByLabel('在免打扰时段内暂缓非紧急消息').check();
    await page.getByLabel('开始').fill('21:30');
    await page.getByLabel('结束').fill('07:15');
    await page.getByRole('button', { name: '保存设置' }).click();
    await page.getByRole('alert').filter({ hasText: '启用邮件时请填写邮箱地址。' }).waitFor();
    expect(await page.getByLabel('邮箱地址').getAttribute('aria-invalid')).toBe('true');
    const token = await tokenFor(platform.url, 'applicant');
    expect((await apiAs<Json>(platform.url, token, 'GET', '/api/notifications/preferences')).stored).toBe(false);
    await screenshot(page, 'preferences-invalid');

    await page.getByLabel('邮箱地址').fill('applicant@example.cn');
    await page.getByRole('button', { name: '保存设置' }).click();
    await page.getByRole('status').filter({ hasText: '设置已保存' }).waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);

    await page.reload();
    await page.getByRole('heading', { name: '通知设置', level: 1 }).waitFor();
    await page.getByLabel('邮箱地址').waitFor();
    expect(await page.getByLabel('通过邮件接收').isChecked()).toBe(true);
    expect(await page.getByLabel('邮箱地址').inputValue()).toBe('applicant@example.cn');
    expect(await page.getByLabel('在免打扰时段内暂缓非紧急消息').isChecked()).toBe(true);
    expect(await page.getByLabel('开始').inputValue()).toBe('21:30');
    expect(await page.getByLabel('结束').inputValue()).toBe('07:15');
    expect(await page.getByText('您尚未保存过设置').count()).toBe(0);
    const stored = await apiAs<Json>(platform.url, token, 'GET', '/api/notifications/preferences');
    expect(stored).toMatchObject({ stored: true, email: { enabled: true, address: 'applicant@example.cn' } });
    expect(stored.quietHours.start).toMatch(/^21:30/);
    expect(stored.quietHours.end).toMatch(/^07:15/);
    await screenshot(page, 'preferences');

    await page.getByRole('button', { name: '语言' }).click();
    await page.getByRole('heading', { name: 'Notification preferences', level: 1 }).waitFor();
    await page.getByLabel('Hold back non-critical messages during quiet hours').waitFor();
    await screenshot(page, 'preferences-en');
    await context.close();
  });

  it('fits a 390 px phone', async () => {
    const { context, page } = await platform.newPage({ viewport: { width: 390, height: 844 } });
    await signIn(page, platform.url, 'applicant');
    await page.goto(`${platform.url}/inbox/preferences`);
    await page.getByRole('button', { name: '保存设置' }).waitFor();
    expect(await documentWidth(page)).toBeLessThanOrEqual(390);
    await screenshot(page, 'preferences-390');
    await context.close();
  });
});
