import { eventually, slowTimeout } from '@scq/platform-testing';
import { apiAs, documentWidth, screenshot, signIn, startConsolePlatform, tokenFor, waitForCount, type ConsolePlatform } from './console-harness';
import { axeViolations } from './axe';

jest.setTimeout(slowTimeout(2));

// Bodies are checked field by field with expect(), so they are read untyped.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

/**
 * 生命周期发布 in a real Chromium: scenarios run on version 1 of the scenario lifecycle; the platform is redeployed
 * carrying version 2; the administrator sees both versions with their running instances, dry-runs the release,
 * releases it after the confirmation dialog names the consequence, and reads it in the release history.
 */
describe('lifecycle releases page (Chromium)', () => {
  let platform: ConsolePlatform;
  const instances: string[] = [];

  beforeAll(async () => {
    platform = await startConsolePlatform('releases');
    const [coordinator, officer] = [await tokenFor(platform.url, 'coordinator'), await tokenFor(platform.url, 'officer.transport')];
    for (const title of ['发布测试：园区无人配送', '发布测试：低空物流']) {
      const created = await apiAs<Json>(platform.url, coordinator, 'POST', '/api/scenarios', { title: { zh: title }, domainCode: 'unmanned-systems', ownerUnit: '市交通运输委', ownerType: 'municipal-department', tier: 'high-value-niche' });
      const instance = await eventually(async () => {
        const response = await fetch(`${platform.url}/api/workflow/scenarios/${created.id}`, { headers: { authorization: `Bearer ${officer}` } });
        return response.ok ? ((await response.json()) as Json) : undefined;
      }, 30_000);
      expect(instance.machineVersion).toBe(1);
      instances.push(instance.id);
    }
    await apiAs(platform.url, officer, 'POST', `/api/workflow/instances/${instances[1]}/events`, { type: 'startCultivation' });
    await platform.restart({ SCENARIO_LIFECYCLE_VERSION: '2' });
  });

  afterAll(async () => {
    await platform?.stop();
  });

  it('lets the administrator dry-run and release scenario-lifecycle v2 to the running scenarios, with a confirmation and a record', async () => {
    const { context, page } = await platform.newPage();
    await signIn(page, platform.url, 'admin');
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '生命周期发布' }).click();
    await page.getByRole('heading', { level: 1, name: '生命周期发布' }).waitFor();
    const machines = page.locator('#release-machines tbody tr').filter({ hasText: 'scenario-lifecycle' });
    await waitForCount(machines, 2);
    await expect(machines.nth(0).textContent()).resolves.toMatch(/v1.*2/);
    await expect(machines.nth(1).textContent()).resolves.toMatch(/v2\s*当前/);
    await expect(page.locator('#release-history').count()).resolves.toBe(0);

    await page.getByRole('button', { name: '试运行' }).click();
    const rows = page.locator('#release-steps tbody tr');
    await waitForCount(rows, 2);
    await expect(page.locator('#release-plan [role=status]').textContent()).resolves.toContain('2 个实例可迁移');
    await expect(rows.filter({ hasText: '培育' }).textContent()).resolves.toMatch(/v1 培育.*v2 培育.*将迁移/);
    await expect(rows.filter({ hasText: '征集' }).textContent()).resolves.toMatch(/v1 征集.*v2 征集.*将迁移/);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'releases-plan');

    await page.getByRole('button', { name: '发布到运行中的实例' }).click();
    const dialog = page.getByRole('dialog', { name: '发布 scenario-lifecycle v2？' });
    await dialog.waitFor();
    await expect(dialog.textContent()).resolves.toContain('2 个运行中的实例将迁移到 v2');
    await expect(dialog.textContent()).resolves.toContain('不能撤回');
    await screenshot(page, 'releases-confirm');
    await dialog.getByRole('button', { name: '确认发布' }).click();
    await page.locator('#release-result').waitFor();
    await expect(page.locator('#release-result').textContent()).resolves.toBe('发布完成：已迁移 2，已跳过 0，失败 0。');
    await waitForCount(page.locator('#release-history tbody tr'), 1);
    await expect(page.locator('#release-history tbody tr').textContent()).resolves.toMatch(/admin.*scenario-lifecycle.*v2.*2 \/ 0 \/ 0/);
    await waitForCount(machines.filter({ hasText: /v1/ }).filter({ hasText: /v1\s*0/ }), 1);

    // Both now run on version 2, each with the release in its history; the gateway's audit log has the release.
    const admin = await tokenFor(platform.url, 'admin');
    for (const id of instances) {
      const instance = await apiAs<Json>(platform.url, admin, 'GET', `/api/workflow/instances/${id}`);
      expect(instance.machineVersion).toBe(2);
      expect(instance.history.at(-1)).toMatchObject({ kind: 'migration', machineVersion: 2 });
    }
    const audit = await eventually(async () => {
      const entries = await apiAs<Json>(platform.url, admin, 'GET', '/api/audit/entries?operation=%2Fapi%2Fworkflow%2Freleases&limit=50');
      return (entries.items as Json[]).find((entry) => entry.path === '/api/workflow/releases' && entry.status === 201);
    }, 15_000);
    expect(audit.summary).toMatchObject({ machine: 'scenario-lifecycle', toVersion: 2, moved: 2, skipped: 0, failed: 0 });
    await context.close();
  });

  it('shows the page in English and on a phone; other roles neither see it nor may use it', async () => {
    const { context, page } = await platform.newPage({ locale: 'en-US' });
    await signIn(page, platform.url, 'admin');
    await page.goto(`${platform.url}/admin/releases`);
    await page.getByRole('heading', { level: 1, name: 'Lifecycle releases' }).waitFor();
    await page.getByRole('button', { name: 'Dry run' }).click();
    await expect(page.locator('#release-plan [role=status]').textContent()).resolves.toBe('No running instance to move.');
    await waitForCount(page.locator('#release-history tbody tr'), 1);
    await screenshot(page, 'releases-en');
    await context.close();

    const phone = await platform.newPage({ viewport: { width: 390, height: 844 } });
    await signIn(phone.page, platform.url, 'admin');
    await phone.page.goto(`${platform.url}/admin/releases`);
    await waitForCount(phone.page.locator('#release-history tbody tr'), 1);
    expect(await documentWidth(phone.page)).toBeLessThanOrEqual(390);
    await screenshot(phone.page, 'releases-phone');
    await phone.context.close();

    const officer = await platform.newPage();
    await signIn(officer.page, platform.url, 'coordinator');
    await expect(officer.page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '生命周期发布' }).count()).resolves.toBe(0);
    await officer.page.goto(`${platform.url}/admin/releases`);
    // Its address typed in: the console says the page is not for this role; the server refuses the reads too.
    await officer.page.getByRole('heading', { level: 1, name: '无权使用此页面' }).waitFor();
    const refused = await fetch(`${platform.url}/api/workflow/releases/machines`, { headers: { authorization: `Bearer ${await tokenFor(platform.url, 'coordinator')}` } });
    expect(refused.status).toBe(403);
    await officer.context.close();
  });
});
