import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { createTestDatabase, startServiceProcess, type ServiceProcess, type TestDatabase } from '@scq/platform-testing';

const WORKSPACE = resolve(__dirname, '../../..');
export const SCREENSHOT_DIR = join(WORKSPACE, 'artifacts', 'console');
export const DEMO_PASSWORD = 'scq-demo-2026';

/**
 * Debian's Chromium, as root in a sandboxless container on a machine without outside network: the flags keep it
 * from dialling Google's hosts (refused here, many at a time) and from needing a GPU or a user namespace.
 */
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];

export interface ConsolePlatform {
  /** The embedded platform with the console: http://127.0.0.1:<port> */
  url: string;
  host: ServiceProcess;
  browser: Browser;
  /** The platform's own PostgreSQL database (a test may stand in for a service's read model there). */
  databaseUrl: string;
  /** A fresh browser context (own storage: one signed-in user) with a page on the console. */
  newPage(options?: { locale?: 'zh-CN' | 'en-US'; viewport?: { width: number; height: number } }): Promise<{ context: BrowserContext; page: Page }>;
  /** Redeploys: stops the platform and starts it again on the same database and console, with `env` added (a new `url`). */
  restart(env: Record<string, string>): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Serves the console jest built once for the run (SCQ_CONSOLE_BUILD, tools/jest/console-build.setup.js) or, outside
 * jest (the board benchmark), one built into a private folder; starts the embedded platform on its own PostgreSQL
 * database with the console and sign-in (no trusted identity headers), and launches headless Chromium.
 */
/** The console built into a private folder (never dist/console, which `npm start` may be serving). */
function buildConsole(label: string): string {
  const dir = mkdtempSync(join(tmpdir(), `scq-console-${label}-`));
  execFileSync(process.execPath, [join(WORKSPACE, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'apps/console/vite.config.ts', '--outDir', dir, '--emptyOutDir', '--logLevel', 'warn'], {
    cwd: WORKSPACE,
    stdio: 'pipe',
    env: { ...process.env, NODE_OPTIONS: '' },
  });
  return dir;
}

export async function startConsolePlatform(label: string, env: Record<string, string> = {}): Promise<ConsolePlatform> {
  const consoleDir = process.env.SCQ_CONSOLE_BUILD || buildConsole(label);
  const removeConsole = () => {
    if (consoleDir !== process.env.SCQ_CONSOLE_BUILD) rmSync(consoleDir, { recursive: true, force: true });
  };
  let database: TestDatabase | undefined;
  let host: ServiceProcess | undefined;
  let browser: Browser | undefined;
  const platformEnv = (databaseUrl: string, more: Record<string, string> = {}) => ({
    DATABASE_URL: databaseUrl,
    CONSOLE_DIR: consoleDir,
    KAFKA_BROKERS: '',
    REDIS_URL: '',
    DATA_DIR: '',
    GATEWAY_TRUST_CLIENT_IDENTITY: '',
    DEMO_ACCOUNTS: 'true',
    ...env,
    ...more,
  });
  try {
    database = await createTestDatabase(`console_${label}`);
    host = await startServiceProcess('standalone', platformEnv(database.url));
    browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
  } catch (error) {
    await browser?.close();
    await host?.stop();
    await database?.drop();
    removeConsole();
    throw error;
  }
  const started = { host, browser, database };
  return {
    url: host.url,
    host,
    browser,
    databaseUrl: database.url,
    async newPage(options = {}) {
      const context = await started.browser.newContext({ locale: options.locale ?? 'zh-CN', viewport: options.viewport ?? { width: 1280, height: 860 } });
      const page = await context.newPage();
      return { context, page };
    },
    async restart(this: ConsolePlatform, more) {
      await started.host.stop();
      started.host = await startServiceProcess('standalone', platformEnv(started.database.url, more));
      this.host = started.host;
      this.url = started.host.url;
    },
    async stop() {
      await started.browser.close();
      await started.host.stop();
      await started.database.drop();
      removeConsole();
    },
  };
}

/** Signs in through the login form and waits for the shell. */
export async function signIn(page: Page, url: string, username: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto(url);
  await page.locator('#login-username').fill(username);
  await page.locator('#login-password').fill(password);
  await page.locator('form button[type=submit]').click();
  // Attached, not visible: on a phone the navigation is folded under the menu button.
  await page.locator('nav.nav').waitFor({ state: 'attached' });
}

/** A full-page screenshot in artifacts/console/<name>.png (CI keeps artifacts/). */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** An access token for API calls the test makes itself (seeding data as a given demo user). */
export async function tokenFor(url: string, username: string, password = DEMO_PASSWORD): Promise<string> {
  const response = await fetch(`${url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) });
  if (!response.ok) throw new Error(`login ${username}: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { accessToken: string }).accessToken;
}

/** JSON API call as a signed-in demo user; throws with the server's answer on a non-2xx status. */
export async function apiAs<T>(url: string, token: string, method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${url}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
  return (text ? JSON.parse(text) : undefined) as T;
}

/** How wide the page's content is, in CSS pixels (wider than the viewport: the page scrolls sideways). */
export function documentWidth(page: Page): Promise<number> {
  return page.evaluate<number>('document.documentElement.scrollWidth');
}

/**
 * Waits until the elements a locator matches have exactly these texts, in order. Playwright's count() and
 * allTextContents() read the page once, without waiting, so a list still loading would read as empty.
 */
export async function waitForTexts(locator: Locator, expected: string[], timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let actual: string[] = [];
  while (Date.now() < deadline) {
    actual = (await locator.allTextContents()).map((text) => text.trim());
    if (actual.length === expected.length && actual.every((text, index) => text === expected[index])) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`expected texts ${JSON.stringify(expected)} within ${timeoutMs} ms, last read ${JSON.stringify(actual)}`);
}

/** Waits until a locator matches exactly `count` elements. */
export async function waitForCount(locator: Locator, count: number, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let actual = await locator.count();
  while (actual !== count && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    actual = await locator.count();
  }
  if (actual !== count) throw new Error(`expected ${count} matching elements within ${timeoutMs} ms, found ${actual}`);
}
