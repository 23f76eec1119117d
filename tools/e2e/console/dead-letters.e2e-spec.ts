import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { axeViolations } from './axe';
import { apiAs, documentWidth, screenshot, signIn, startConsolePlatform, tokenFor, waitForCount, type ConsolePlatform } from './console-harness';
import { eventually, slowTimeout } from '@scq/platform-testing';

jest.setTimeout(slowTimeout(1.5));

interface Seed {
  service: string;
  consumer: string;
  topic: string;
  value: string;
  reason: string;
}

/** A `platform.message.dead-lettered` event as a consumer's service writes it to its outbox. */
function deadLetterEvent(seed: Seed): { id: string; payload: string } {
  const id = randomUUID();
  const envelope = {
    specversion: '1.0',
    id,
    type: 'platform.message.dead-lettered',
    source: seed.service,
    subject: seed.consumer,
    time: new Date().toISOString(),
    datacontenttype: 'application/json',
    correlationid: randomUUID(),
    causationid: null,
    schemaversion: 1,
    data: {
      consumer: seed.consumer,
      reason: seed.reason,
      attempts: 4,
      original: { topic: seed.topic, key: 'org-e2e', value: seed.value, partition: 0, offset: '17', headers: { traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01' } },
      failedAt: new Date().toISOString(),
    },
  };
  return { id, payload: JSON.stringify(envelope) };
}

function organisationChanged(organisationId: string, name: string): string {
  return JSON.stringify({
    specversion: '1.0',
    id: randomUUID(),
    type: 'identity.organisation.changed',
    source: 'gateway',
    subject: organisationId,
    time: new Date().toISOString(),
    datacontenttype: 'application/json',
    correlationid: randomUUID(),
    causationid: null,
    schemaversion: 1,
    data: { organisationId, name, aliases: [], uscc: null, kind: 'enterprise', at: new Date().toISOString() },
  });
}

/** 运维 › 死信 in a real Chromium: the admin lists dead letters, replays two at once, inspects and discards one with a reason. */
describe('dead letters page (Chromium)', () => {
  let platform: ConsolePlatform;
  let adminToken: string;

  beforeAll(async () => {
    platform = await startConsolePlatform('dead-letters');
    // Three consumers gave up on a message: their dead-letter events go out through a service's outbox as they would
    // (the embedded relay publishes them; notification keeps them and tells the admins).
    const seeds: Seed[] = [
      { service: 'scenario-registry', consumer: 'registry.organisation-names', topic: 'identity.organisation.v1', value: organisationChanged(randomUUID(), '重庆死信测试一公司'), reason: 'handler failed after 4 attempts: deadlock detected' },
      { service: 'evaluation', consumer: 'evaluation.organisation-names', topic: 'identity.organisation.v1', value: organisationChanged(randomUUID(), '重庆死信测试二公司'), reason: 'handler failed after 4 attempts: connection terminated' },
      { service: 'application-workflow', consumer: 'workflow.scenario-registered', topic: 'registry.scenario.v1', value: '{"id": "broken', reason: 'malformed JSON: Unterminated string in JSON at position 15' },
    ];
    const db = new Client({ connectionString: platform.databaseUrl });
    await db.connect();
    try {
      for (const seed of seeds) {
        const event = deadLetterEvent(seed);
        await db.query(`INSERT INTO notification.outbox (id, topic, message_key, event_type, payload) VALUES ($1, 'platform.dead-letter.v1', $2, 'platform.message.dead-lettered', $3)`, [event.id, seed.consumer, event.payload]);
      }
    } finally {
      await db.end();
    }
    adminToken = await tokenFor(platform.url, 'admin');
    const deadline = Date.now() + 30_000;
    while ((await apiAs<{ total: number }>(platform.url, adminToken, 'GET', '/api/operations/dead-letters')).total < 3) {
      if (Date.now() > deadline) throw new Error('the seeded dead letters did not arrive');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  });

  afterAll(async () => {
    await platform?.stop();
  });

  it('lists the dead letters, replays two at once and discards one with a reason; every action is audited', async () => {
    const { context, page } = await platform.newPage();
    await signIn(page, platform.url, 'admin');
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '死信' }).click();
    await page.getByRole('heading', { level: 1, name: '死信' }).waitFor();
    const table = page.getByRole('table', { name: '死信列表' });
    const rows = table.locator('tbody tr');
    await waitForCount(rows, 3);
    const registryRow = rows.filter({ hasText: 'registry.organisation-names' });
    await expect(registryRow.textContent()).resolves.toMatch(/组织变更.*组织事件（identity\.organisation\.v1）.*场景库服务.*deadlock detected.*待处理/);
    await screenshot(page, 'dead-letters-zh');
    expect(await axeViolations(page)).toEqual([]);

    // Only the dead ones, by the status filter (kept in the URL).
    await page.getByLabel('状态').selectOption('dead');
    await page.getByRole('button', { name: '筛选', exact: true }).click();
    await page.waitForURL(/status=dead/);
    await waitForCount(rows, 3);

    // Replay two at once, after the confirmation.
    await registryRow.getByRole('checkbox').check();
    await rows.filter({ hasText: 'evaluation.organisation-names' }).getByRole('checkbox').check();
    await page.getByRole('button', { name: '重放所选（2）' }).click();
    const replayDialog = page.getByRole('dialog', { name: '重放 2 条死信？' });
    await replayDialog.waitFor();
    await replayDialog.getByRole('button', { name: '确认重放' }).click();
    await page.getByText('已重放 2 条。').waitFor();
    await waitForCount(rows, 1);
    await page.getByLabel('状态').selectOption('replayed');
    await page.getByRole('button', { name: '筛选', exact: true }).click();
    await waitForCount(rows.filter({ hasText: '已重放' }), 2);

    // Inspect the unreadable one and discard it: a reason is required and repeated in the confirmation.
    await page.getByLabel('状态').selectOption('');
    await page.getByRole('button', { name: '筛选', exact: true }).click();
    await rows.filter({ hasText: 'workflow.scenario-registered' }).getByRole('link', { name: '无法解析的消息' }).click();
    await page.getByRole('heading', { level: 1, name: '无法解析的消息' }).waitFor();
    await expect(page.locator('.dl-facts').textContent()).resolves.toMatch(/申报流程服务.*workflow\.scenario-registered.*malformed JSON.*4bf92f3577b34da6a3ce929d0e0e4736/);
    await expect(page.locator('pre.dl-bytes').first().textContent()).resolves.toBe('{"id": "broken');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: '丢弃', exact: true }).click();
    await page.getByText('请填写丢弃理由。').waitFor();
    await page.getByLabel('丢弃理由').fill('上游已修正格式，此消息无需重放');
    await page.getByRole('button', { name: '丢弃', exact: true }).click();
    const discardDialog = page.getByRole('dialog', { name: '丢弃此死信？' });
    await expect(discardDialog.textContent()).resolves.toContain('上游已修正格式，此消息无需重放');
    await screenshot(page, 'dead-letter-discard-zh');
    await discardDialog.getByRole('button', { name: '确认丢弃' }).click();
    await page.getByText(/丢弃，理由：上游已修正格式，此消息无需重放/).waitFor();
    await expect(page.locator('.dl-facts').textContent()).resolves.toContain('已丢弃');
    await screenshot(page, 'dead-letter-zh');
    await context.close();

    // The admins were told (in words), and the gateway's audit log has both actions.
    const inbox = await apiAs<{ items: Array<{ kind: string; subject: { zh: string } }> }>(platform.url, adminToken, 'GET', '/api/notifications/inbox?scope=unit&limit=100');
    expect(inbox.items.filter((item) => item.kind === 'dead-letter').map((item) => item.subject.zh).sort()).toEqual([
      '【消息处理失败】场景库服务无法处理「组织变更」',
      '【消息处理失败】申报流程服务无法处理「无法解析的消息」',
      '【消息处理失败】评估服务无法处理「组织变更」',
    ]);
    // The gateway writes audit entries in batches shortly after the answers went out (AuditLog): wait for both.
    type AuditPage = { items: Array<{ operation: string; status: number; actorUsername: string | null; summary: Record<string, unknown> | null }> };
    const audit = await eventually(async () => {
      const page = await apiAs<AuditPage>(platform.url, adminToken, 'GET', '/api/audit/entries?operation=dead-letters&limit=50');
      return page.items.length >= 2 ? page : undefined;
    }, slowTimeout(0.25));
    expect(audit.items.map((entry) => `${entry.operation} ${entry.status}`).sort()).toEqual([
      'POST /api/operations/dead-letters/replay 200',
      'POST /api/operations/dead-letters/{id}/discard 200',
    ]);
    expect(audit.items.find((entry) => entry.operation.endsWith('/replay'))).toMatchObject({ actorUsername: 'admin', summary: { action: 'dead-letter-replay', requested: 2, replayed: 2, refused: 0 } });
  });

  it('speaks English, fits a phone, and is the admin’s alone', async () => {
    const en = await platform.newPage({ locale: 'en-US' });
    await signIn(en.page, platform.url, 'admin');
    await en.page.goto(`${platform.url}/operations/dead-letters`);
    await en.page.getByRole('heading', { level: 1, name: 'Dead letters' }).waitFor();
    await waitForCount(en.page.getByRole('table', { name: 'Dead letters' }).locator('tbody tr'), 3);
    await expect(en.page.locator('tbody').textContent()).resolves.toMatch(/organisation changed.*the scenario registry.*Replayed/);
    await screenshot(en.page, 'dead-letters-en');
    expect(await axeViolations(en.page)).toEqual([]);
    await en.context.close();

    const phone = await platform.newPage({ viewport: { width: 390, height: 844 } });
    await signIn(phone.page, platform.url, 'admin');
    await phone.page.goto(`${platform.url}/operations/dead-letters`);
    await waitForCount(phone.page.locator('tbody tr'), 3);
    expect(await documentWidth(phone.page)).toBeLessThanOrEqual(390);
    await screenshot(phone.page, 'dead-letters-phone');
    await phone.context.close();

    const officer = await platform.newPage();
    await signIn(officer.page, platform.url, 'officer.urban');
    await expect(officer.page.getByRole('navigation', { name: '主导航' }).getByRole('link').allTextContents()).resolves.not.toContain('死信');
    await officer.page.goto(`${platform.url}/operations/dead-letters`);
    // Its address typed in: the console says the page is not for this role (the server refuses the reads too).
    await officer.page.getByRole('heading', { level: 1, name: '无权使用此页面' }).waitFor();
    expect(await officer.page.locator('tbody tr').count()).toBe(0);
    await officer.context.close();
  });
});
