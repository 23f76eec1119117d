import type { Locator, Page } from 'playwright-core';

/**
 * Waits until a locator shows on a page the server fills asynchronously: each round waits a while, then reloads.
 * The page's own reads are not pushed, so a stage or a list that changes on the server needs a reload to show.
 */
export async function untilShown(page: Page, locator: Locator, timeoutMs = 60_000, roundMs = 3_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await locator.first().waitFor({ timeout: roundMs });
      return;
    } catch (error) {
      if (Date.now() >= deadline) throw error;
      await page.reload();
    }
  }
}

/**
 * Fills the whole rubric score sheet as the form offers it: the highest mark on every scored criterion, “符合” on
 * every pass/fail one, and a reasoned comment everywhere. Every evaluator gives the same marks, so the consensus
 * needs no panel decision.
 */
export async function scoreEverything(page: Page): Promise<number> {
  const form = page.locator('form.eval-form');
  await form.waitFor();
  const marks = form.locator('select[id$="-value"]');
  const count = await marks.count();
  expect(count).toBeGreaterThan(0);
  for (let index = 0; index < count; index++) {
    const mark = marks.nth(index);
    const values = (await mark.locator('option').evaluateAll((options) => options.map((option) => option.getAttribute('value') ?? ''))).filter((value) => value !== '');
    if (values.includes('met')) await mark.selectOption('met');
    else await mark.selectOption(String(Math.max(...values.map(Number))));
  }
  const comments = form.locator('textarea[id$="-comment"]');
  expect(await comments.count()).toBe(count);
  for (let index = 0; index < count; index++) await comments.nth(index).fill('需求明确，方案成熟，具备示范推广价值');
  return count;
}
