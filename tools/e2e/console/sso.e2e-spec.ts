import { randomBytes } from 'node:crypto';
import type { Page } from 'playwright-core';
import { freePort, startTestProvider, type TestProvider } from '../oidc/test-provider';
import { apiAs, screenshot, startConsolePlatform, tokenFor, type ConsolePlatform } from './console-harness';
import { slowTimeout } from '@scq/platform-testing';

jest.setTimeout(slowTimeout(2));

const CLIENT_ID = 'scq-gateway';
const BUTTON = '通过 测试身份源 登录 Sign in with Test IdP';
const SCENARIO = '单点登录经办人登记的无人机物流场景';
const RULES = {
  rules: [
    { claim: 'groups', includes: 'scq-officer-transport', roles: ['officer'], unit: '重庆市交通运输委员会' },
    { claim: 'email', endsWith: '@cqu.edu.cn', roles: ['evaluator'], organisation: '重庆大学' },
  ],
};
const OFFICER_CLAIMS = { preferred_username: 'wang.transport', name: '王交通', email: 'wang@jtj.cq.gov.cn', groups: ['staff', 'scq-officer-transport'] };

interface StoredSession {
  user: { id: string; name: string; roles: string[]; unit: string | null; organisation: string | null };
}
const stored = (page: Page) => page.evaluate<StoredSession | null>(`JSON.parse(sessionStorage.getItem('scq.session') ?? 'null')`);

/** oidc-provider's own development pages: any password signs the login in; then the consent. */
async function signInAtProvider(page: Page, login: string): Promise<void> {
  await page.locator('input[name=login]').fill(login);
  await page.locator('input[name=password]').fill('any password at the test provider');
  await page.getByRole('button', { name: 'Sign-in' }).click();
  await page.getByRole('button', { name: 'Continue' }).click();
}

/**
 * Single sign-on end to end (Chromium): the console's button, a real OpenID provider's login and consent pages,
 * the gateway's callback with PKCE, state and nonce, the one-time handoff code, and the person the claim rules
 * make, acting in the console.
 */
describe('single sign-on through an OpenID provider (Chromium)', () => {
  let provider: TestProvider | undefined;
  let platform: ConsolePlatform | undefined;
  let url: string;

  beforeAll(async () => {
    const port = await freePort();
    url = `http://127.0.0.1:${port}`;
    const clientSecret = randomBytes(24).toString('hex');
    provider = await startTestProvider({
      redirectUri: `${url}/api/auth/oidc/callback`,
      clientId: CLIENT_ID,
      clientSecret,
      accounts: { 'wang.transport': OFFICER_CLAIMS, visitor: { preferred_username: 'visitor', name: '访客', email: 'visitor@example.com', groups: ['staff'] } },
    });
    platform = await startConsolePlatform('sso', {
      PORT: String(port),
      OIDC_ISSUER: provider.issuer,
      OIDC_CLIENT_ID: CLIENT_ID,
      OIDC_CLIENT_SECRET: clientSecret,
      OIDC_REDIRECT_URI: `${url}/api/auth/oidc/callback`,
      OIDC_PROVIDER_NAME: '测试身份源|Test IdP',
      OIDC_CLAIM_RULES: JSON.stringify(RULES),
    });
    expect(platform.url).toBe(url);
  });

  afterAll(async () => {
    await platform?.stop();
    await provider?.stop();
  });

  it('signs an officer in through the provider and lets them register a scenario for their unit', async () => {
    const { context, page } = await (platform as ConsolePlatform).newPage();
    const callbacks: string[] = [];
    const handoffs: string[] = [];
    page.on('response', (response) => {
      if (!response.url().startsWith(`${url}/api/auth/oidc/callback`)) return;
      callbacks.push(response.url());
      const location = response.headers().location ?? '';
      if (location.startsWith('/sso#handoff=')) handoffs.push(decodeURIComponent(location.slice('/sso#handoff='.length)));
    });
    let bindingCookie = '';
    page.on('request', (request) => {
      if (request.url().startsWith(`${url}/api/auth/oidc/callback`)) void request.allHeaders().then((headers) => (bindingCookie = headers.cookie ?? ''));
    });

    // A deep link while signed out: the sign-in page offers the provider, and the sign-in comes back to the link.
    await page.goto(`${url}/scenarios/new`);
    await screenshot(page, 'sso-sign-in-page');
    await page.getByRole('link', { name: BUTTON }).click();
    await page.waitForURL((address) => address.href.startsWith(provider!.issuer));
    await signInAtProvider(page, 'wang.transport');

    await page.getByRole('heading', { level: 1, name: '登记场景' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/scenarios/new');
    expect(page.url()).not.toContain('handoff');
    const session = (await stored(page)) as StoredSession;
    expect(session.user).toMatchObject({ name: '王交通', roles: ['officer'], unit: '市交通运输委', organisation: null });

    // Acting as the officer: the unit is theirs (from the claim rules, written as the taxonomy writes it).
    const unit = page.getByRole('textbox', { name: '所属单位', exact: true });
    await unit.waitFor();
    expect(await unit.inputValue()).toBe('市交通运输委');
    await page.getByRole('textbox', { name: '场景名称（中文）', exact: true }).fill(SCENARIO);
    await page.getByRole('textbox', { name: '场景名称（英文）', exact: true }).fill('Drone logistics registered by a single sign-on officer');
    await page.getByRole('textbox', { name: '场景描述（中文）', exact: true }).fill('以无人机配送山城物资。');
    await page.getByRole('combobox', { name: '所属领域', exact: true }).selectOption({ label: '全空间无人体系领域' });
    await page.getByRole('combobox', { name: '所属单位类型', exact: true }).selectOption({ label: '市级部门' });
    await page.getByRole('combobox', { name: '场景层级', exact: true }).selectOption({ label: '高价值小切口' });
    await page.getByRole('button', { name: '登记场景' }).click();
    await page.getByRole('heading', { level: 1, name: SCENARIO }).waitFor();
    await screenshot(page, 'sso-officer-registered');
    const id = /\/scenarios\/([0-9a-f-]{36})$/.exec(new URL(page.url()).pathname)?.[1];
    const coordinator = await tokenFor(url, 'coordinator');
    const registered = await apiAs<{ ownerUnit: string; title: { zh: string } }>(url, coordinator, 'GET', `/api/scenarios/${id}`);
    expect(registered).toMatchObject({ ownerUnit: '市交通运输委', title: { zh: SCENARIO } });

    // The callback spent its state: the same answer again, from the same browser, is refused.
    expect(callbacks).toHaveLength(1);
    expect(bindingCookie).toContain('scq_sso=');
    const replayed = await fetch(callbacks[0], { redirect: 'manual', headers: { cookie: bindingCookie } });
    expect(replayed.status).toBe(302);
    expect(replayed.headers.get('location')).toBe('/?sso_error=SSO_STATE_INVALID');
    // The handoff code worked once, for the console.
    expect(handoffs).toHaveLength(1);
    const again = await fetch(`${url}/api/auth/oidc/handoff`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code: handoffs[0] }) });
    expect(again.status).toBe(401);
    expect(((await again.json()) as { error: { code: string } }).error.code).toBe('SSO_HANDOFF_INVALID');

    // Created just in time, without a password: signing in with one is refused like a wrong password.
    const admin = await tokenFor(url, 'admin');
    const people = await apiAs<{ items: Array<{ id: string; username: string; roles: string[]; unit: string | null }> }>(url, admin, 'GET', '/api/admin/users?q=wang.transport');
    expect(people.items).toEqual([expect.objectContaining({ id: session.user.id, username: 'wang.transport', roles: ['officer'], unit: '市交通运输委' })]);
    for (const password of ['', 'any password at the test provider', '!sso']) {
      const login = await fetch(`${url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'wang.transport', password: password || 'x' }) });
      expect(login.status).toBe(401);
    }
    const reset = await fetch(`${url}/api/admin/users/${session.user.id}/password-reset`, { method: 'POST', headers: { authorization: `Bearer ${admin}` } });
    expect(reset.status).toBe(409);
    await context.close();
  });

  it('refuses a person no rule gives a role, in both languages, on the sign-in page', async () => {
    const { context, page } = await (platform as ConsolePlatform).newPage();
    await page.goto(url);
    await page.getByRole('link', { name: BUTTON }).click();
    await signInAtProvider(page, 'visitor');
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toBe('您在统一身份认证中的账号没有本平台的角色，请联系管理员。 Your account at the identity provider has no role on this platform: ask an administrator.');
    expect(page.url()).toBe(`${url}/`);
    expect(await page.locator('#login-username').count()).toBe(1);
    expect(await stored(page)).toBeNull();
    await screenshot(page, 'sso-no-role');
    const admin = await tokenFor(url, 'admin');
    expect((await apiAs<{ items: unknown[] }>(url, admin, 'GET', '/api/admin/users?q=visitor')).items).toEqual([]);
    await context.close();
  });

  it('maps the person again at each sign-in (the provider decides), and refuses them once disabled', async () => {
    await (provider as TestProvider).setClaims('wang.transport', { ...OFFICER_CLAIMS, email: 'wang@cqu.edu.cn', groups: ['staff'] });
    const first = await (platform as ConsolePlatform).newPage();
    await first.page.goto(url);
    await first.page.getByRole('link', { name: BUTTON }).click();
    await signInAtProvider(first.page, 'wang.transport');
    await first.page.locator('nav.nav').waitFor();
    const session = (await stored(first.page)) as StoredSession;
    expect(session.user).toMatchObject({ roles: ['evaluator'], unit: null, organisation: '重庆大学' });
    await first.context.close();

    const admin = await tokenFor(url, 'admin');
    const people = await apiAs<{ items: Array<{ id: string; roles: string[] }> }>(url, admin, 'GET', '/api/admin/users?q=wang.transport');
    expect(people.items).toEqual([expect.objectContaining({ id: session.user.id, roles: ['evaluator'] })]);

    await apiAs(url, admin, 'POST', `/api/admin/users/${session.user.id}/disable`);
    const second = await (platform as ConsolePlatform).newPage();
    await second.page.goto(url);
    await second.page.getByRole('link', { name: BUTTON }).click();
    await signInAtProvider(second.page, 'wang.transport');
    const alert = second.page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Your account is disabled');
    expect(await stored(second.page)).toBeNull();
    await second.context.close();
  });
});
