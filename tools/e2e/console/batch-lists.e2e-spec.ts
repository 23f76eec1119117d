import { readFileSync } from 'node:fs';
import { Client } from 'pg';
import { apiAs, screenshot, signIn, startConsolePlatform, tokenFor, type ConsolePlatform, documentWidth } from './console-harness';
import { slowTimeout } from '@scq/platform-testing';

jest.setTimeout(slowTimeout(1.5));

interface Created {
  id: string;
}

/**
 * 批次清单 in a real Chromium: the coordinator drafts a list (a field error from the server first), adds a
 * registered scenario, publishes it after a confirmation, sees the revision and downloads the CSV; an empty draft
 * is not offered for publishing (nor would the server take it); a correction shows its differences; an officer reads but cannot publish.
 */
describe('console batch lists (Chromium)', () => {
  let platform: ConsolePlatform;
  let coordinator: string;
  const drone = '无人机城市巡检';
  const water = '智慧水务管网监测';
  const proposed = '无人机农药喷洒';
  const ids: Record<string, string> = {};

  // The coordinator registers on behalf of each owner unit (an officer may register only for their own).
  async function register(zh: string, en: string, domainCode: string, ownerUnit: string): Promise<string> {
    const created = await apiAs<Created>(platform.url, coordinator, 'POST', '/api/scenarios', {
      title: { zh, en },
      domainCode,
      ownerUnit,
      ownerType: 'municipal-department',
      tier: 'high-value-niche',
      district: '渝北区',
    });
    return created.id;
  }

  beforeAll(async () => {
    platform = await startConsolePlatform('batch_lists');
    coordinator = await tokenFor(platform.url, 'coordinator');
    ids.drone = await register(drone, 'Drone city inspection', 'unmanned-systems', '市城市管理局');
    ids.water = await register(water, 'Smart water network monitoring', 'smart-water', '市水利局');
    ids.proposed = await register(proposed, 'Drone pesticide spraying', 'unmanned-systems', '市城市管理局');
    // Only recognised scenarios go on a list. A recognition takes a scored panel (fresh-install-recognition.e2e-spec),
    // so the registry's read model is told it directly (a sequence no workflow report of these scenarios reaches).
    const db = new Client({ connectionString: platform.databaseUrl });
    await db.connect();
    try {
      await db.query(`UPDATE registry.scenario SET stage = 'recognition.recognized', stage_sequence = 99 WHERE id = ANY($1::uuid[])`, [[ids.drone, ids.water]]);
    } finally {
      await db.end();
    }
  });

  afterAll(async () => {
    await platform?.stop();
  });

  it('drafts, fills, publishes and exports a list as the coordinator; an empty draft cannot be published', async () => {
    const { context, page } = await platform.newPage();
    await signIn(page, platform.url, 'coordinator');
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '批次清单' }).click();
    await page.getByRole('heading', { name: '批次清单', level: 1 }).waitFor();

    // A year that contradicts the number: the server's field error appears next to the year input, the input is kept.
    await page.getByRole('button', { name: '新建草稿' }).click();
    await page.getByLabel('批次编号', { exact: true }).fill('渝场景〔2026〕7号');
    await page.getByLabel('标题（中文）').fill('2026年第七批应用场景项目清单');
    await page.getByLabel('标题（英文，可选）').fill('Application scenarios, batch 7 of 2026');
    await page.getByLabel('发布日期').fill('2026-05-20');
    await page.getByLabel('年度（可选）').fill('2025');
    await page.getByRole('button', { name: '创建草稿' }).click();
    const yearError = page.locator('#bl-year-error');
    await yearError.waitFor();
    expect(await yearError.textContent()).toContain('与批次编号中的年份 2026 不一致');
    expect(await page.getByLabel('年度（可选）').getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByLabel('批次编号', { exact: true }).inputValue()).toBe('渝场景〔2026〕7号');
    await screenshot(page, 'batch-lists-new-draft');

    await page.getByLabel('年度（可选）').fill('');
    await page.getByRole('button', { name: '创建草稿' }).click();
    await page.getByRole('heading', { name: '批次清单 · 渝场景〔2026〕7号', level: 1 }).waitFor();
    await page.getByText('清单中还没有场景').waitFor();

    // Publishing needs scenarios: the button is not offered for an empty list, and says why; the server refuses it too.
    const publishButton = page.getByRole('button', { name: '发布清单' });
    expect(await publishButton.isDisabled()).toBe(true);
    expect(await page.locator(`[id="${await publishButton.getAttribute('aria-describedby')}"]`).textContent()).toBe('添加场景后才能发布。');
    const draftId = new URL(page.url()).pathname.split('/').pop() ?? '';
    const refused = await fetch(`${platform.url}/api/batch-lists/${draftId}/publish`, { method: 'POST', headers: { authorization: `Bearer ${coordinator}`, 'content-type': 'application/json' }, body: '{}' });
    expect(refused.status).toBe(409);

    // The search offers the scenarios awaiting listing; one still proposed, found under any stage, is refused by the server.
    await page.getByLabel('搜索场景（名称、描述）').fill('无人机');
    await page.getByLabel('阶段', { exact: true }).selectOption('');
    await page.getByRole('button', { name: '搜索', exact: true }).click();
    await page.getByRole('button', { name: `添加“${proposed}”` }).click();
    await page.getByRole('alert').filter({ hasText: '征集 Proposed' }).waitFor();
    expect(await page.getByRole('alert').filter({ hasText: '征集 Proposed' }).textContent()).toContain('只有认定通过');
    await page.getByLabel('阶段', { exact: true }).selectOption('recognition.recognized');

    // Add a recognised scenario found by its name.
    await page.getByLabel('搜索场景（名称、描述）').fill('无人机');
    await page.getByLabel('类别（可选，如 场景机会）').fill('场景机会');
    await page.getByRole('button', { name: '搜索', exact: true }).click();
    await page.getByRole('button', { name: `添加“${drone}”` }).click();
    await page.getByText(`已添加“${drone}”`).waitFor();
    const entries = page.getByRole('table', { name: '清单场景表' });
    await entries.getByRole('rowheader', { name: drone }).waitFor();
    const row = entries.getByRole('row').filter({ hasText: drone });
    expect(await row.textContent()).toContain('市城市管理局');
    expect(await row.textContent()).toContain('渝北区');
    expect(await row.textContent()).toContain('场景机会');
    await screenshot(page, 'batch-list-draft');

    // Publish after the confirmation step.
    await page.getByRole('button', { name: '发布清单' }).click();
    const confirm = page.getByRole('dialog', { name: '确认发布' });
    expect(await confirm.textContent()).toContain('1 个场景');
    await confirm.getByRole('button', { name: '确认发布' }).click();
    await page.getByText('清单已发布').waitFor();
    await page.getByText('已发布：下表为发布时固定的场景快照。').waitFor();
    expect(await page.getByRole('button', { name: '发布清单' }).count()).toBe(0);
    const revisions = page.getByRole('table', { name: '版本记录表' });
    await revisions.getByRole('row').filter({ hasText: '第 1 版' }).filter({ hasText: '已发布' }).waitFor();
    await screenshot(page, 'batch-list-published');

    // CSV through the API with the token, saved under the server's name.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 CSV' }).click()]);
    expect(download.suggestedFilename()).toBe('渝场景〔2026〕7号-第1版.csv');
    const csv = readFileSync(await download.path(), 'utf8');
    expect(csv).toContain(drone);
    expect(csv).toContain('场景名称 Scenario title');

    // The list page shows it with its revision; English too.
    await page.getByRole('link', { name: '返回批次清单' }).click();
    const lists = page.getByRole('table', { name: '批次清单列表' });
    const listed = lists.getByRole('row').filter({ hasText: '渝场景〔2026〕7号' });
    await listed.waitFor();
    expect(await listed.textContent()).toContain('已发布');
    await screenshot(page, 'batch-lists');
    await page.getByRole('button', { name: '语言' }).click();
    await page.getByRole('heading', { name: 'Batch lists', level: 1 }).waitFor();
    await page.getByRole('table', { name: 'Batch lists' }).getByRole('row').filter({ hasText: 'Application scenarios, batch 7 of 2026' }).filter({ hasText: 'Published' }).waitFor();
    await screenshot(page, 'batch-lists-en');
    await context.close();
  });

  it('shows what a correction changed and lets an officer read and export, but not publish or correct', async () => {
    // A correction of the published list, adding a second scenario, published through the API.
    const { items } = await apiAs<{ items: Array<{ id: string; number: string; status: string }> }>(platform.url, coordinator, 'GET', '/api/batch-lists');
    const first = items.find((list) => list.number === '渝场景〔2026〕7号' && list.status === 'published');
    expect(first).toBeDefined();
    const correction = await apiAs<Created>(platform.url, coordinator, 'POST', `/api/batch-lists/${first?.id}/revisions`, { reason: '补充智慧水务场景' });
    await apiAs(platform.url, coordinator, 'POST', `/api/batch-lists/${correction.id}/items`, { scenarioId: ids.water });
    await apiAs(platform.url, coordinator, 'POST', `/api/batch-lists/${correction.id}/publish`, {});

    const { context, page } = await platform.newPage();
    await signIn(page, platform.url, 'officer.urban');
    await page.goto(`${platform.url}/batch-lists`);
    await page.getByText('只有统筹部门或管理员可以编制、发布和更正批次清单。').waitFor();
    expect(await page.getByRole('button', { name: '新建草稿' }).count()).toBe(0);
    await page.getByRole('table', { name: '批次清单列表' }).getByRole('row').filter({ hasText: '已被取代' }).waitFor();

    await page.goto(`${platform.url}/batch-lists/${correction.id}`);
    await page.getByRole('heading', { name: '批次清单 · 渝场景〔2026〕7号', level: 1 }).waitFor();
    await page.getByRole('table', { name: '清单场景表' }).getByRole('rowheader', { name: water }).waitFor();
    // The difference from revision 1 (the one this corrects) is shown by default.
    await page.getByText('相对第 1 版：新增 1，移出 0，变更 0，未变 1').waitFor();
    await page.locator('.bl-diff ins').filter({ hasText: water }).waitFor();
    expect(await page.getByRole('button', { name: '发布清单' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: '创建更正版本' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: '移出' }).count()).toBe(0);
    await screenshot(page, 'batch-list-correction');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 JSON' }).click()]);
    expect(download.suggestedFilename()).toBe('渝场景〔2026〕7号-第2版.json');
    const json = JSON.parse(readFileSync(await download.path(), 'utf8')) as { revision: number; items: Array<{ snapshot: { title: { zh: string } } }> };
    expect(json.revision).toBe(2);
    expect(json.items.map((item) => item.snapshot.title.zh)).toEqual([drone, water]);

    // The API itself refuses the officer: the server's 403 message.
    const officer = await tokenFor(platform.url, 'officer.urban');
    await expect(apiAs(platform.url, officer, 'POST', `/api/batch-lists/${correction.id}/revisions`, {})).rejects.toThrow(/403.*FORBIDDEN_ROLE.*coordinator、admin/);

    // In English on a phone: nothing wider than the screen (tables scroll in their own frame).
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole('button', { name: '语言' }).click();
    await page.getByText('Since revision 1: 1 added, 0 removed, 0 changed, 1 unchanged').waitFor();
    await page.getByRole('button', { name: 'Export CSV' }).waitFor();
    expect(await documentWidth(page)).toBeLessThanOrEqual(390);
    await screenshot(page, 'batch-list-en-mobile');
    await context.close();
  });
});
