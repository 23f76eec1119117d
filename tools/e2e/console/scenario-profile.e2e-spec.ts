import { eventually, slowTimeout } from '@scq/platform-testing';
import { apiAs, screenshot, signIn, startConsolePlatform, tokenFor, waitForCount, type ConsolePlatform } from './console-harness';

jest.setTimeout(slowTimeout(1.5));

const EXISTING = '两江新区园区无人配送';
const NEW_TITLE = '两江新区园区无人配送（二期）';
const EDITED_TITLE = '两江新区园区及社区无人配送（二期）';

const draft = (zh: string) => ({
  title: { zh },
  domainCode: 'unmanned-systems',
  ownerUnit: '市交通运输委',
  ownerType: 'municipal-department',
  tier: 'high-value-niche',
  district: '两江新区',
});

/**
 * Registering and editing a scenario's profile in a real Chromium: the officer sees the near-duplicates of the
 * draft before anything is stored and registers anyway, then edits the title and tier and reads the change in the
 * profile changes.
 */
describe('console scenario profile (Chromium)', () => {
  let platform: ConsolePlatform;
  let officer: string;

  const titles = async () => (await apiAs<{ items: { title: { zh: string } }[] }>(platform.url, officer, 'GET', '/api/scenarios')).items.map((s) => s.title.zh);

  beforeAll(async () => {
    platform = await startConsolePlatform('scenario-profile');
    const coordinator = await tokenFor(platform.url, 'coordinator');
    await apiAs(platform.url, coordinator, 'POST', '/api/scenarios', draft(EXISTING));
    officer = await tokenFor(platform.url, 'officer.transport');
    await eventually(async () => {
      const check = await apiAs<{ nearDuplicates: unknown[] }>(platform.url, officer, 'POST', '/api/scenarios/near-duplicates', draft(NEW_TITLE));
      return check.nearDuplicates.length > 0 ? true : undefined;
    });
  });

  afterAll(async () => {
    await platform?.stop();
  });

  it('warns of a near-duplicate before storing, registers anyway, then edits the title and tier and lists the change', async () => {
    const { context, page } = await platform.newPage();
    await signIn(page, platform.url, 'officer.transport');
    await page.goto(`${platform.url}/scenarios/new`);
    await page.getByLabel('场景名称（中文）').fill(NEW_TITLE);
    await page.getByLabel('所属领域').selectOption('unmanned-systems');
    await page.getByLabel('场景层级').selectOption('high-value-niche');
    await page.getByLabel('区县').fill('两江新区');
    await page.getByRole('button', { name: '登记场景' }).click();

    // The warning comes before anything is stored: title (a link), domain, district and how alike.
    const warning = page.getByRole('region', { name: '疑似重复场景' });
    await warning.getByRole('link', { name: EXISTING }).waitFor();
    const row = await warning.getByRole('row').nth(1).textContent();
    expect(row).toContain('两江新区');
    expect(row).toContain('全空间无人体系');
    expect(row).toMatch(/\d+%/);
    expect(await titles()).not.toContain(NEW_TITLE);
    await screenshot(page, 'register-near-duplicates');

    await warning.getByRole('button', { name: '仍然登记' }).click();
    await page.getByRole('heading', { level: 1, name: NEW_TITLE }).waitFor();
    expect(await titles()).toContain(NEW_TITLE);
    const changes = page.getByRole('region', { name: '修改记录' });
    await changes.getByText('档案登记后尚未修改').waitFor();

    await page.getByRole('link', { name: '编辑档案' }).click();
    const title = page.getByLabel('场景名称（中文）');
    await title.waitFor();
    expect(await title.inputValue()).toBe(NEW_TITLE);
    await title.fill(EDITED_TITLE);
    await page.getByLabel('场景层级').selectOption('industry-integrated');
    await page.getByLabel(/^总预算/).fill('1,200,000');
    await page.getByLabel(/^资金来源/).selectOption('fiscal-fund');
    await screenshot(page, 'scenario-edit');
    await page.getByRole('button', { name: '保存修改' }).click();

    await page.getByRole('heading', { level: 1, name: EDITED_TITLE }).waitFor();
    await waitForCount(changes.getByRole('row'), 2);
    const change = await changes.getByRole('row').nth(1).textContent();
    expect(change).toContain(`名称：${NEW_TITLE} → ${EDITED_TITLE}`);
    expect(change).toContain('层级：高价值小切口场景 → 行业集成式场景');
    // The funding source in words, as the form offers it, not its code.
    expect(change).toContain('财政资金');
    expect(change).not.toContain('fiscal-fund');
    await screenshot(page, 'scenario-profile-changes');
    await context.close();
  });
  it('says a frozen profile is frozen on its edit page, with no form to fill in', async () => {
    const scenario = await apiAs<{ id: string }>(platform.url, officer, 'POST', '/api/scenarios', draft('两江新区无人配送（冻结测试）'));
    const instance = await eventually(() => apiAs<{ id: string }>(platform.url, officer, 'GET', `/api/workflow/scenarios/${scenario.id}`).catch(() => undefined), 30_000);
    await apiAs(platform.url, officer, 'POST', `/api/workflow/instances/${instance.id}/events`, { type: 'startCultivation' });
    await apiAs(platform.url, officer, 'POST', `/api/workflow/instances/${instance.id}/events`, { type: 'requestRecognition' });
    // The registry learns the stage from the workflow's event.
    await eventually(async () => ((await apiAs<{ stage: string | null }>(platform.url, officer, 'GET', `/api/scenarios/${scenario.id}`)).stage?.startsWith('recognition') ? true : undefined), 30_000);

    const { context, page } = await platform.newPage();
    await signIn(page, platform.url, 'officer.transport');
    await page.goto(`${platform.url}/scenarios/${scenario.id}/edit`);
    await page.getByText('档案已冻结，不能再修改').waitFor();
    expect(await page.getByRole('main').getByRole('textbox').count()).toBe(0);
    expect(await page.getByRole('button', { name: '保存修改' }).count()).toBe(0);
    await page.getByRole('main').getByRole('link', { name: '返回场景' }).click();
    await page.getByRole('heading', { level: 1, name: '两江新区无人配送（冻结测试）' }).waitFor();
    // Nor does the scenario's page offer the edit any more.
    expect(await page.getByRole('link', { name: '编辑档案' }).count()).toBe(0);
    await context.close();
  });
});
