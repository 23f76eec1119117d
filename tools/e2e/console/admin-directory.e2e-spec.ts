import type { Page } from 'playwright-core';
import { documentWidth, screenshot, signIn, startConsolePlatform, waitForCount, type ConsolePlatform } from './console-harness';
import { slowTimeout } from '@scq/platform-testing';

jest.setTimeout(slowTimeout(2.5));

const ORGANISATION = '重庆市测绘科学研究院';
/** A code whose check character is right (GB 32100-2015), and the same code mistyped in its last character. */
const USCC = '12500000MB12345677';
const USCC_MISTYPED = '12500000MB12345670';
const USERNAME = 'wang.cehui';
const NEW_PASSWORD = 'a passphrase only wang knows';

/** The sign-in form, without waiting for the shell (the answer may be the password form or a refusal). */
async function submitSignIn(page: Page, url: string, username: string, password: string): Promise<void> {
  await page.goto(url);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: '登录' }).click();
}

/**
 * Issue 13, point 2, in the browser: the demo administrator keeps the directory from the console alone — an
 * organisation (its 统一社会信用代码 checked at the field), then an evaluator of it whose temporary password is shown
 * once; the evaluator signs in with it, must change it, and reaches the console; disabled, the evaluator can no
 * longer sign in.
 */
describe('console administration of the directory (Chromium)', () => {
  let platform: ConsolePlatform;

  beforeAll(async () => {
    platform = await startConsolePlatform('admin-directory');
  });

  afterAll(async () => {
    await platform?.stop();
  });

  it('creates an organisation and an evaluator of it, who signs in, changes the password, and is then disabled', async () => {
    const url = platform.url;

    // 1. The administrator creates the organisation; a mistyped credit code is refused beside its field.
    const admin = await platform.newPage();
    const ap = admin.page;
    await signIn(ap, url, 'admin');
    const nav = ap.getByRole('navigation', { name: '主导航' });
    await nav.getByRole('link', { name: '机构管理' }).click();
    await ap.getByRole('heading', { level: 1, name: '机构管理' }).waitFor();
    await ap.getByRole('button', { name: '新建机构' }).click();
    const organisationForm = ap.locator('form.admin-organisation-form');
    await organisationForm.getByRole('textbox', { name: '机构名称', exact: true }).fill(ORGANISATION);
    await organisationForm.getByRole('textbox', { name: '英文名称', exact: true }).fill('Chongqing Institute of Surveying and Mapping');
    // No kind chosen: the console's words at the field, not the server's list of codes.
    await organisationForm.getByRole('button', { name: '创建机构' }).click();
    await organisationForm.locator('.form-field-error', { hasText: '请选择机构类型' }).waitFor();
    expect(await organisationForm.locator('.form-field-error', { hasText: 'research-institute' }).count()).toBe(0);
    await organisationForm.getByRole('combobox', { name: '机构类型', exact: true }).selectOption('research-institute');
    const uscc = organisationForm.getByRole('textbox', { name: '统一社会信用代码', exact: true });
    await uscc.fill(USCC_MISTYPED);
    await organisationForm.getByRole('button', { name: '添加别名' }).click();
    await organisationForm.getByRole('textbox', { name: '别名 1' }).fill('市测绘院');
    await organisationForm.getByRole('button', { name: '创建机构' }).click();
    // The refusal is shown at the field, and the field is described by it.
    const usccError = organisationForm.locator('.form-field-error', { hasText: '统一社会信用代码校验位不符' });
    await usccError.waitFor();
    expect(await uscc.getAttribute('aria-invalid')).toBe('true');
    expect((await uscc.getAttribute('aria-describedby'))?.split(' ')).toContain(await usccError.getAttribute('id'));
    expect(await ap.evaluate<string | undefined>('document.activeElement?.id')).toBe('organisation-uscc');
    await screenshot(ap, 'admin-organisation-uscc-error');
    await uscc.fill(USCC);
    await organisationForm.getByRole('button', { name: '创建机构' }).click();
    await ap.getByRole('status').filter({ hasText: `已创建机构 ${ORGANISATION}` }).waitFor();
    await ap.getByRole('cell', { name: USCC }).waitFor();

    // 2. …then the evaluator: the form says before submitting that an evaluator needs an organisation.
    await nav.getByRole('link', { name: '用户管理' }).click();
    await ap.getByRole('heading', { level: 1, name: '用户管理' }).waitFor();
    await waitForCount(ap.getByRole('row'), 16); // the header and the 15 demo people
    await ap.getByRole('link', { name: '新建用户' }).click();
    await ap.getByRole('heading', { level: 1, name: '新建用户' }).waitFor();
    await ap.getByRole('textbox', { name: '用户名', exact: true }).fill(USERNAME);
    await ap.getByRole('textbox', { name: '姓名（中文）', exact: true }).fill('王测绘');
    await ap.getByRole('textbox', { name: '姓名（英文）', exact: true }).fill('Wang Cehui');
    await ap.getByRole('checkbox', { name: '评审专家' }).check();
    await ap.getByTestId('role-needs').getByText('申报单位、评审专家：所属机构 — 尚未填写').waitFor();
    await ap.getByRole('searchbox', { name: '筛选机构' }).fill('测绘');
    await waitForCount(ap.getByRole('combobox', { name: '所属机构' }).locator('option'), 2);
    await ap.getByRole('combobox', { name: '所属机构' }).selectOption({ label: `${ORGANISATION} Chongqing Institute of Surveying and Mapping` });
    await ap.getByTestId('role-needs').getByText('申报单位、评审专家：所属机构 — 已填写').waitFor();
    await ap.getByRole('button', { name: '创建用户' }).click();

    // 3. The temporary password, shown once, with the words that it must be changed at first sign-in.
    const box = ap.getByTestId('temporary-password');
    await box.getByRole('heading', { name: '临时密码（只显示这一次）' }).waitFor();
    await box.getByText('首次登录时必须修改密码').waitFor();
    const temporaryPassword = (await box.locator('code').textContent())?.trim() ?? '';
    expect(temporaryPassword.length).toBeGreaterThanOrEqual(12);
    await screenshot(ap, 'admin-user-created');
    await ap.getByRole('button', { name: '退出登录' }).click();
    await ap.getByRole('heading', { name: '登录' }).waitFor();

    // 4. The evaluator signs in with it, is made to change it, and lands in the console as an evaluator.
    const person = await platform.newPage();
    const pp = person.page;
    await submitSignIn(pp, url, USERNAME, temporaryPassword);
    await pp.getByRole('heading', { level: 1, name: '修改密码' }).waitFor();
    await pp.getByLabel('当前密码').fill(temporaryPassword);
    await pp.getByLabel('新密码（至少 12 个字符）').fill(NEW_PASSWORD);
    await pp.getByLabel('再次输入新密码').fill(NEW_PASSWORD);
    await pp.getByRole('button', { name: '保存新密码' }).click();
    const personNav = pp.getByRole('navigation', { name: '主导航' });
    await personNav.getByRole('link', { name: '评审工作台' }).waitFor();
    await pp.getByText('王测绘').first().waitFor();
    expect(await personNav.getByRole('link', { name: '用户管理' }).count()).toBe(0);
    expect(await personNav.getByRole('link', { name: '机构管理' }).count()).toBe(0);
    await person.context.close();

    // 5. The administrator finds the person, sees the changed password, and disables the account after confirming.
    await signIn(ap, url, 'admin');
    await ap.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '用户管理' }).click();
    await ap.getByRole('searchbox', { name: '用户名或姓名' }).fill('测绘');
    await ap.getByRole('button', { name: '搜索' }).click();
    await waitForCount(ap.getByRole('row'), 2);
    const row = ap.getByRole('row').nth(1);
    expect(await row.getByRole('cell').allTextContents()).toEqual([USERNAME, '王测绘', '评审专家', '—', ORGANISATION, '在用', '—']);
    await row.getByRole('link', { name: USERNAME }).click();
    await ap.getByRole('heading', { level: 1, name: `用户 ${USERNAME}` }).waitFor();
    await ap.getByRole('button', { name: '停用账号' }).click();
    const confirmation = ap.getByRole('group', { name: '停用账号' });
    await confirmation.getByText(`停用后 ${USERNAME} 将无法再登录平台`).waitFor();
    // The safe choice comes first and has the focus; the destructive one is second.
    expect(await confirmation.getByRole('button').allTextContents()).toEqual(['取消，不做更改', '确认停用']);
    expect(await ap.evaluate<string | null | undefined>('document.activeElement?.textContent')).toBe('取消，不做更改');
    await screenshot(ap, 'admin-user-disable-confirm');
    await confirmation.getByRole('button', { name: '确认停用' }).click();
    await ap.getByRole('status').filter({ hasText: '账号已停用。' }).waitFor();
    // The focus, dropped by the disabled buttons, is on the outcome.
    expect(await ap.evaluate<string | null | undefined>('document.activeElement?.textContent')).toBe('账号已停用。');
    await ap.getByTestId('person-status').getByText('已停用').waitFor();
    await ap.getByRole('button', { name: '启用账号' }).waitFor();

    // 6. The disabled person can no longer sign in.
    const again = await platform.newPage();
    await submitSignIn(again.page, url, USERNAME, NEW_PASSWORD);
    await again.page.getByRole('alert').filter({ hasText: '用户名或密码错误' }).waitFor();
    expect(await again.page.getByRole('navigation', { name: '主导航' }).count()).toBe(0);
    await again.context.close();

    // 7. At phone width the person's page and the list reflow without sideways scrolling.
    const phone = await platform.newPage({ viewport: { width: 390, height: 844 } });
    await signIn(phone.page, url, 'admin');
    await phone.page.goto(`${url}/admin/users?status=disabled`);
    await phone.page.getByRole('link', { name: USERNAME }).click();
    await phone.page.getByRole('heading', { level: 1, name: `用户 ${USERNAME}` }).waitFor();
    expect(await documentWidth(phone.page)).toBeLessThanOrEqual(390);
    await screenshot(phone.page, 'admin-user-phone');
    await phone.page.goto(`${url}/admin/organisations`);
    await phone.page.getByRole('cell', { name: USCC }).waitFor();
    expect(await documentWidth(phone.page)).toBeLessThanOrEqual(390);
    await phone.context.close();
    await admin.context.close();
  });
});
