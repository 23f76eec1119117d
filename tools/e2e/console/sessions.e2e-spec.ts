import type { Page } from 'playwright-core';
import { signIn, startConsolePlatform, type ConsolePlatform } from './console-harness';
import { slowTimeout } from '@scq/platform-testing';

jest.setTimeout(slowTimeout(1.5));

interface StoredSession {
  token: string;
  refreshToken: string;
  renewAt: number;
}

// Evaluated in the page (strings: this file is compiled without the DOM's types).
const stored = (page: Page) => page.evaluate<StoredSession | null>(`JSON.parse(sessionStorage.getItem('scq.session') ?? 'null')`);

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/**
 * Sessions in the console (Chromium) with 4-second access tokens: the console renews them before they run out, renews
 * one the server refused as expired and sends the request again, and signing out ends the session at the server.
 */
describe('console sessions (Chromium)', () => {
  let platform: ConsolePlatform;

  beforeAll(async () => {
    platform = await startConsolePlatform('sessions', { ACCESS_TOKEN_TTL_SECONDS: '4' });
  });

  afterAll(async () => {
    await platform?.stop();
  });

  it('keeps a person signed in past the access token’s life, and signing out ends the session’s tokens', async () => {
    const { context, page } = await platform.newPage();
    await signIn(page, platform.url, 'coordinator');
    const first = (await stored(page)) as StoredSession;

    // Renewed before it runs out, with a new refresh token each time.
    const renewed = (await until(() => stored(page), (now) => now !== null && now.token !== first.token)) as StoredSession;
    expect(renewed.token).not.toBe(first.token);
    expect(renewed.refreshToken).not.toBe(first.refreshToken);

    // A token left to expire (no renewal planned): the refused request is renewed and sent again, the page shows.
    await page.evaluate(`sessionStorage.setItem('scq.session', JSON.stringify({ ...JSON.parse(sessionStorage.getItem('scq.session')), renewAt: Date.now() + 3600000 }))`);
    await page.reload();
    await page.locator('nav.nav').waitFor();
    const beforeExpiry = (await stored(page)) as StoredSession;
    await new Promise((resolve) => setTimeout(resolve, 5_000));
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '年度目标' }).click();
    await page.getByRole('heading', { level: 1, name: '年度目标' }).waitFor();
    await page.getByRole('region', { name: '综合性重大场景', exact: true }).waitFor();
    expect(((await stored(page)) as StoredSession).token).not.toBe(beforeExpiry.token);
    expect(await page.locator('#login-username').count()).toBe(0);

    // Signing out ends the session: its latest access token no longer works anywhere.
    const last = ((await stored(page)) as StoredSession).token;
    await page.getByRole('button', { name: '退出登录' }).click();
    await page.locator('#login-username').waitFor();
    const answer = await until(
      async () => (await fetch(`${platform.url}/api/auth/me`, { headers: { authorization: `Bearer ${last}` } })).json() as Promise<{ error?: { code: string } }>,
      (body) => body.error?.code === 'SESSION_ENDED',
      10_000,
    );
    expect(answer.error?.code).toBe('SESSION_ENDED');
    await context.close();
  });
});
