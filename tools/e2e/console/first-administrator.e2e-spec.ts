import { screenshot, startConsolePlatform, type ConsolePlatform } from './console-harness';
import { slowTimeout } from '@scq/platform-testing';

jest.setTimeout(slowTimeout(2));

/**
 * A fresh install without demo accounts: the only account is the first administrator, whose generated password the
 * start printed once; signing in with it leads to nothing but choosing a new one, in the browser.
 */
describe('first administrator on a fresh install (Chromium)', () => {
  let platform: ConsolePlatform;

  beforeAll(async () => {
    platform = await startConsolePlatform('first-admin', { DEMO_ACCOUNTS: '', ADMIN_PASSWORD: '' });
  });

  afterAll(async () => {
    await platform?.stop();
  });

  it('signs in with the printed password, must choose a new one, and then reaches the console', async () => {
    const printed = /First administrator: username "admin", password "([^"]+)"/.exec(platform.host.output());
    expect(printed).not.toBeNull();
    const generated = printed?.[1] ?? '';
    const { context, page } = await platform.newPage();
    await page.goto(platform.url);
    // No demo account exists.
    await page.getByLabel('用户名').fill('coordinator');
    await page.getByLabel('密码').fill('scq-demo-2026');
    await page.getByRole('button', { name: '登录' }).click();
    await page.getByRole('alert').filter({ hasText: '用户名或密码错误' }).waitFor();

    await page.getByLabel('用户名').fill('admin');
    await page.getByLabel('密码').fill(generated);
    await page.getByRole('button', { name: '登录' }).click();
    await page.getByRole('heading', { level: 1, name: '修改密码' }).waitFor();
    await page.getByLabel('当前密码').fill(generated);
    await page.getByLabel('新密码（至少 12 个字符）').fill('too short');
    await page.getByLabel('再次输入新密码').fill('too short');
    await page.getByRole('button', { name: '保存新密码' }).click();
    await page.getByText('至少 12 个字符 at least 12 characters').waitFor();
    await page.getByLabel('新密码（至少 12 个字符）').fill('a passphrase of my own choosing');
    await page.getByLabel('再次输入新密码').fill('a passphrase of my own');
    await page.getByText('两次输入的新密码不一致').waitFor();
    await page.getByLabel('再次输入新密码').fill('a passphrase of my own choosing');
    await screenshot(page, 'change-password');
    await page.getByRole('button', { name: '保存新密码' }).click();
    await page.getByRole('navigation', { name: '主导航' }).waitFor();
    await page.getByText('平台管理员 Administrator').waitFor();
    await context.close();
  });
});
