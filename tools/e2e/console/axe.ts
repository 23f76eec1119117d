import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/**
 * WCAG 2.1 A/AA and axe's best practices, plus the rule the issue found broken on every page (an accessible name
 * that does not start with the visible label, WCAG 2.5.3), which axe ships switched off as experimental.
 */
const RUN_OPTIONS = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
  rules: { 'label-content-name-mismatch': { enabled: true } },
};

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: unknown[] }>;
}

/** Runs axe-core in the page as it stands; one line per violation (rule, impact, help, the elements), none when clean. */
export async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol, so the console's Content-Security-Policy does not stand in the way.
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async (options) => {
    const page = globalThis as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: AxeViolation[] }> }; document: unknown };
    return (await page.axe.run(page.document, options)).violations;
  }, RUN_OPTIONS);
  return violations.map((violation) => `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes.map((node) => JSON.stringify(node.target)).join(', ')}`);
}

/** Waits until the page has its heading and nothing is still loading (no 加载中… status left in <main>). */
export async function pageSettled(page: Page, timeoutMs = 30_000): Promise<void> {
  await page.locator('main h1, .login h1, h1').first().waitFor({ timeout: timeoutMs });
  const deadline = Date.now() + timeoutMs;
  while ((await page.locator('main p.status[role=status]').count()) > 0) {
    if (Date.now() > deadline) throw new Error(`${page.url()} still loading after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
