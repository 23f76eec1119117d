import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '@scq/platform-persistence';
import type { RunningHost } from '@scq/platform-runtime';
import { AuditLog } from '../audit/audit-log';
import { DEMO_PASSWORD } from '../auth/demo-accounts';
import { GatewayAccounts1763900000000, GatewayPasswordMustChange1764900000000 } from '../auth/gateway.migrations';
import { callGateway, startInProcessGateway, type Answer } from '../testing/in-process-gateway';

/** The directory through the gateway's HTTP API, in-process on PGlite: administrators manage people and organisations. */
describe('directory administration', () => {
  let gateway: RunningHost;
  const tokens = new Map<string, string>();

  beforeAll(async () => {
    gateway = await startInProcessGateway();
  });

  afterAll(async () => {
    await gateway?.close();
  });

  async function call(method: string, path: string, as: string | null, body?: unknown, base = gateway.url): Promise<Answer> {
    return callGateway(base, method, path, as ? await tokenOf(as, base) : null, body);
  }

  async function tokenOf(username: string, base: string): Promise<string> {
    const key = `${base} ${username}`;
    if (!tokens.has(key)) tokens.set(key, ((await signIn(username, DEMO_PASSWORD, base)).body as { accessToken: string }).accessToken);
    return tokens.get(key) as string;
  }

  const signIn = (username: string, password: string, base = gateway.url) => call('POST', '/api/auth/login', null, { username, password }, base);
  const fieldsOf = (answer: Answer) => (answer.body.error?.fields ?? []).map((field) => field.path).sort();

  async function organisation(name: string, extra: Record<string, unknown> = {}): Promise<string> {
    const created = await call('POST', '/api/admin/organisations', 'admin', { name, kind: 'university', ...extra });
    expect(created.status).toBe(201);
    return created.body.id as string;
  }

  it('creates an officer from the unit’s full name, with a temporary password that must be changed at first sign-in', async () => {
    const created = await call('POST', '/api/admin/users', 'admin', { username: 'Li.Ming', displayName: { zh: '李明', en: 'Li Ming' }, roles: ['officer'], unit: '重庆市交通运输委员会' });
    expect(created.status).toBe(201);
    const user = created.body.user as Record<string, unknown>;
    expect(user).toMatchObject({ username: 'li.ming', displayName: { zh: '李明', en: 'Li Ming' }, status: 'active', roles: ['officer'], unit: '市交通运输委', district: null, organisation: null, passwordMustChange: true });
    const temporaryPassword = created.body.temporaryPassword as string;
    expect(temporaryPassword).toHaveLength(24);

    const first = await signIn('li.ming', temporaryPassword);
    expect(first.status).toBe(200);
    expect(first.body.passwordChangeRequired).toBe(true);
    const changed = await fetch(`${gateway.url}/api/auth/password`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${first.body.accessToken as string}` },
      body: JSON.stringify({ currentPassword: temporaryPassword, newPassword: 'a passphrase of my own' }),
    });
    expect(changed.status).toBe(200);
    const again = await signIn('li.ming', 'a passphrase of my own');
    expect(again.body).toMatchObject({ passwordChangeRequired: false, user: { name: '李明 Li Ming', roles: ['officer'], unit: '市交通运输委' } });
    expect((await call('GET', `/api/admin/users/${user.id as string}`, 'admin')).body.passwordMustChange).toBe(false);
  });

  it('creates a district officer: the district as the directory of districts names it, carried in the token', async () => {
    const created = await call('POST', '/api/admin/users', 'admin', { username: 'wang.fang', displayName: { zh: '王芳' }, roles: ['officer'], district: '重庆市渝中区' });
    expect(created.status).toBe(201);
    expect(created.body.user).toMatchObject({ unit: null, district: '渝中区' });
    const signedIn = await signIn('wang.fang', created.body.temporaryPassword as string);
    const claims = JSON.parse(Buffer.from((signedIn.body.accessToken as string).split('.')[1], 'base64url').toString()) as Record<string, unknown>;
    expect(claims.district).toBe('渝中区');
    expect(signedIn.body.user).toMatchObject({ district: '渝中区' });
  });

  it('refuses what a role cannot do without, unknown units, districts and organisations, naming each field', async () => {
    const base = { username: 'someone', displayName: { zh: '某人' } };
    const noUnit = await call('POST', '/api/admin/users', 'admin', { ...base, roles: ['officer'] });
    expect(noUnit.status).toBe(400);
    expect(fieldsOf(noUnit)).toEqual(['unit']);
    const unknown = await call('POST', '/api/admin/users', 'admin', { ...base, roles: ['officer', 'evaluator'], unit: '不存在的局', district: '不存在区', organisationId: 'no-such-organisation' });
    expect(unknown.status).toBe(400);
    expect(fieldsOf(unknown)).toEqual(['district', 'organisationId', 'unit']);
    expect(unknown.body.error?.message).toMatch(/未知单位「不存在的局」.*GET \/api\/taxonomy\/\{version\}\/units/);
    const noOrganisation = await call('POST', '/api/admin/users', 'admin', { ...base, roles: ['evaluator'] });
    expect(fieldsOf(noOrganisation)).toEqual(['organisationId']);
    const badName = await call('POST', '/api/admin/users', 'admin', { ...base, username: '张伟', roles: ['auditor'] });
    expect(fieldsOf(badName)).toEqual(['username']);
    const taken = await call('POST', '/api/admin/users', 'admin', { ...base, username: 'COORDINATOR', roles: ['auditor'] });
    expect(taken.status).toBe(409);
    expect(taken.body.error?.code).toBe('USERNAME_TAKEN');
  });

  it('lets only administrators manage people: 403 for others, 401 without sign-in', async () => {
    expect((await call('GET', '/api/admin/users', 'coordinator')).status).toBe(403);
    expect((await call('POST', '/api/admin/users', 'officer.transport', { username: 'x.y.z', displayName: { zh: 'X' }, roles: ['admin'] })).status).toBe(403);
    expect((await call('GET', '/api/admin/users', null)).status).toBe(401);
    expect((await call('POST', '/api/admin/users/demo-applicant/disable', 'auditor')).status).toBe(403);
  });

  it('lists people by username a page at a time, filtered by role, status and name', async () => {
    const first = await call('GET', '/api/admin/users?role=evaluator&limit=2', 'admin');
    expect(first.status).toBe(200);
    expect((first.body.items as { username: string }[]).map((u) => u.username)).toEqual(['evaluator', 'evaluator.2']);
    const second = await call('GET', `/api/admin/users?role=evaluator&limit=2&cursor=${first.body.next as string}`, 'admin');
    expect((second.body.items as { username: string }[]).map((u) => u.username)).toEqual(['evaluator.3']);
    expect(second.body.next).toBeNull();
    const byName = await call('GET', `/api/admin/users?q=${encodeURIComponent('渝中区')}`, 'admin');
    expect((byName.body.items as { username: string }[]).map((u) => u.username)).toEqual(['officer.yuzhong']);
    expect((await call('GET', '/api/admin/users?cursor=nonsense', 'admin')).body.error?.code).toBe('INVALID_CURSOR');
    expect((await call('GET', '/api/admin/users?role=king', 'admin')).status).toBe(400);
  });

  it('disables and enables a person; a disabled person cannot sign in; nobody disables themselves or the last administrator', async () => {
    expect((await call('POST', '/api/admin/users/demo-leadership/disable', 'admin')).body).toMatchObject({ status: 'disabled' });
    expect((await signIn('leadership', DEMO_PASSWORD)).status).toBe(401);
    expect((await call('GET', '/api/admin/users?status=disabled', 'admin')).body.items).toEqual([expect.objectContaining({ username: 'leadership' })]);
    expect((await call('POST', '/api/admin/users/demo-leadership/enable', 'admin')).body).toMatchObject({ status: 'active' });
    expect((await signIn('leadership', DEMO_PASSWORD)).status).toBe(200);

    const self = await call('POST', '/api/admin/users/demo-admin/disable', 'admin');
    expect(self.status).toBe(409);
    expect(self.body.error?.code).toBe('CANNOT_DISABLE_SELF');
    const lastRole = await call('PATCH', '/api/admin/users/demo-admin', 'admin', { roles: ['auditor'] });
    expect(lastRole.status).toBe(409);
    expect(lastRole.body.error?.code).toBe('LAST_ADMINISTRATOR');
    expect((await call('POST', '/api/admin/users/nobody/disable', 'admin')).status).toBe(404);
  });

  it('edits roles, unit and organisation; the next sign-in carries them', async () => {
    const university = await organisation('重庆交通大学', { aliases: ['重交大'] });
    const edited = await call('PATCH', '/api/admin/users/demo-auditor', 'admin', { roles: ['auditor', 'evaluator'], organisationId: university, displayName: { zh: '审计兼评审', en: 'Auditor and evaluator' } });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ roles: ['auditor', 'evaluator'], organisation: { id: university, name: '重庆交通大学' }, displayName: { zh: '审计兼评审' } });
    expect((await signIn('auditor', DEMO_PASSWORD)).body.user).toMatchObject({ roles: ['auditor', 'evaluator'], organisation: '重庆交通大学' });
    const evaluators = await call('GET', '/api/auth/accounts?role=evaluator', 'coordinator');
    expect((evaluators.body.items as { id: string }[]).map((a) => a.id)).toContain('demo-auditor');
    const wrong = await call('PATCH', '/api/admin/users/demo-auditor', 'admin', { roles: ['officer'] });
    expect(fieldsOf(wrong)).toEqual(['unit']);
  });

  it('resets a password: the old one stops working, the temporary one must be changed', async () => {
    const reset = await call('POST', '/api/admin/users/demo-evaluator-3/password-reset', 'admin');
    expect(reset.status).toBe(200);
    expect(reset.body.user).toMatchObject({ passwordMustChange: true });
    expect((await signIn('evaluator.3', DEMO_PASSWORD)).status).toBe(401);
    expect((await signIn('evaluator.3', reset.body.temporaryPassword as string)).body.passwordChangeRequired).toBe(true);
  });

  it('keeps organisations with their 统一社会信用代码 checked and one record for every spelling', async () => {
    const mistyped = await call('POST', '/api/admin/organisations', 'coordinator', { name: '腾讯科技（深圳）有限公司', kind: 'enterprise', uscc: '914403001922038217' });
    expect(mistyped.status).toBe(400);
    expect(mistyped.body.error?.fields).toEqual([{ path: 'uscc', message: expect.stringMatching(/校验位不符.*check character/) }]);
    const created = await call('POST', '/api/admin/organisations', 'coordinator', { name: '腾讯科技（深圳）有限公司', nameEn: 'Tencent', kind: 'enterprise', uscc: '9144 0300 1922 0382 16', aliases: ['腾讯'] });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ uscc: '914403001922038216', aliases: ['腾讯'] });
    const clash = await call('POST', '/api/admin/organisations', 'admin', { name: '腾讯', kind: 'enterprise' });
    expect(clash.status).toBe(409);
    expect(clash.body.error?.code).toBe('ORGANISATION_EXISTS');
    const sameCode = await call('POST', '/api/admin/organisations', 'admin', { name: '另一家公司', kind: 'enterprise', uscc: '914403001922038216' });
    expect(sameCode.status).toBe(409);
    const found = await call('GET', `/api/admin/organisations?q=${encodeURIComponent('腾讯')}`, 'coordinator');
    expect((found.body.items as { id: string }[]).map((o) => o.id)).toEqual([created.body.id]);
    const renamed = await call('PATCH', `/api/admin/organisations/${created.body.id as string}`, 'admin', { aliases: ['腾讯', '腾讯科技'] });
    expect(renamed.body.aliases).toEqual(['腾讯', '腾讯科技']);
    expect((await call('GET', '/api/admin/organisations', 'officer.transport')).status).toBe(403);
    expect((await call('PATCH', '/api/admin/organisations/none', 'admin', { kind: 'other' })).status).toBe(404);
  });

  it('records every change to the directory in the audit log: who, what, on whom, the result', async () => {
    const created = await call('POST', '/api/admin/users', 'admin', { username: 'audited.person', displayName: { zh: '被审计人' }, roles: ['auditor'] });
    const id = (created.body.user as { id: string }).id;
    await call('POST', `/api/admin/users/${id}/password-reset`, 'admin');
    await call('POST', `/api/admin/users/${id}/disable`, 'coordinator');
    await gateway.app.get(AuditLog, { strict: false }).flush();
    const trail = await call('GET', `/api/audit/entries?target=${id}`, 'auditor');
    const entries = (trail.body.items as { actorUsername: string; operation: string; status: number; errorCode: string | null }[]).map(({ actorUsername, operation, status, errorCode }) => ({ actorUsername, operation, status, errorCode }));
    expect(entries).toEqual([
      { actorUsername: 'coordinator', operation: 'POST /api/admin/users/{id}/disable', status: 403, errorCode: 'FORBIDDEN_ROLE' },
      { actorUsername: 'admin', operation: 'POST /api/admin/users/{id}/password-reset', status: 200, errorCode: null },
      { actorUsername: 'admin', operation: 'POST /api/admin/users', status: 201, errorCode: null },
    ]);
    expect(JSON.stringify(trail.body)).not.toContain((created.body as { temporaryPassword: string }).temporaryPassword);
  });

  it('serves the districts as versioned data to anyone signed in', async () => {
    const districts = await call('GET', '/api/directory/districts', 'applicant');
    expect(districts.status).toBe(200);
    expect(districts.body.version).toBe('2026');
    expect(districts.body.districts).toEqual(expect.arrayContaining([expect.objectContaining({ zhName: '渝中区', region: 'chongqing' }), expect.objectContaining({ zhName: '成都市', region: 'sichuan' })]));
    expect((await call('GET', '/api/directory/districts?version=1999', 'applicant')).status).toBe(404);
    expect((await call('GET', '/api/directory/districts', null)).status).toBe(401);
  });

  it('moves the accounts kept in gateway.account before into the directory, roles and organisation included', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'scq-directory-'));
    let upgraded: RunningHost | undefined;
    try {
      const before = await openDatabase({ schema: 'gateway', pgliteDataDir: dataDir, migrations: [GatewayAccounts1763900000000, GatewayPasswordMustChange1764900000000] });
      const { hashPassword } = await import('../auth/password-hashing');
      await before.query(`INSERT INTO gateway.account (id, username, name, password_hash, roles, unit, organisation) VALUES ('old-1', 'old.evaluator', '老专家 Old evaluator', $1, ARRAY['evaluator'], NULL, '西南大学')`, [
        await hashPassword('an old passphrase', { memoryCost: 1024, timeCost: 1 }),
      ]);
      await before.close();
      upgraded = await startInProcessGateway({ pgliteDataDir: dataDir, env: { DEMO_ACCOUNTS: 'false' } });
      const signedIn = await signIn('old.evaluator', 'an old passphrase', upgraded.url);
      expect(signedIn.status).toBe(200);
      expect(signedIn.body.user).toMatchObject({ id: 'old-1', roles: ['evaluator'], organisation: '西南大学', name: '老专家 Old evaluator' });
    } finally {
      await upgraded?.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
