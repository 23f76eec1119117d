import { createHash } from 'node:crypto';
import pino from 'pino';
import type { Database } from '@scq/platform-persistence';
import type { RunningHost } from '@scq/platform-runtime';
import { eventually } from '@scq/platform-testing';
import { AccountRepository } from '../account.repository';
import { DirectoryRepository } from '../../directory/directory.repository';
import { GATEWAY_DATABASE, IDENTITY_DATABASE } from '../../gateway.module';
import { callGateway, signInTo, startInProcessGateway } from '../../testing/in-process-gateway';
import { oidcConfigFromEnv, type OidcConfig } from './oidc.config';
import { OidcStore } from './oidc.store';
import type { OpenIdProvider } from './openid-provider';
import { SingleSignOn } from './single-sign-on';
import { SsoPeople } from './sso-people';

const ENV = {
  OIDC_ISSUER: 'http://127.0.0.1:9/realms/scq',
  OIDC_CLIENT_ID: 'scq-gateway',
  OIDC_REDIRECT_URI: 'http://127.0.0.1:3000/api/auth/oidc/callback',
  OIDC_PROVIDER_NAME: '重庆市统一身份认证|Chongqing ID',
  OIDC_CLAIM_RULES: JSON.stringify({
    rules: [
      { claim: 'groups', includes: 'scq-officer-transport', roles: ['officer'], unit: '重庆市交通运输委员会' },
      { claim: 'groups', includes: 'scq-officer-unplaced', roles: ['officer'] },
      { claim: 'email', endsWith: '@cqu.edu.cn', roles: ['evaluator'], organisation: '重庆大学' },
      { claim: 'email', endsWith: '@new-university.edu.cn', roles: ['evaluator'], organisation: '新建大学' },
    ],
  }),
};

/** Stands in for openid-client: answers the claims it is told to, after checking what a real provider would. */
class StandInProvider implements OpenIdProvider {
  next: { subject: string; claims: Record<string, unknown> } | null = null;
  seen: { challengeMatchesVerifier: boolean; nonceMatches: boolean; stateMatches: boolean } | null = null;
  private readonly requests = new Map<string, { nonce: string; codeChallenge: string }>();

  async authorizationUrl(request: { state: string; nonce: string; codeChallenge: string }): Promise<URL> {
    this.requests.set(request.state, request);
    return new URL(`http://127.0.0.1:9/realms/scq/auth?state=${request.state}`);
  }

  async signedIn(callbackUrl: URL, expected: { state: string; nonce: string; codeVerifier: string }) {
    const request = this.requests.get(expected.state);
    this.seen = {
      challengeMatchesVerifier: request?.codeChallenge === createHash('sha256').update(expected.codeVerifier).digest('base64url'),
      nonceMatches: request?.nonce === expected.nonce,
      stateMatches: callbackUrl.searchParams.get('state') === expected.state && callbackUrl.href.startsWith('http://127.0.0.1:3000/api/auth/oidc/callback?'),
    };
    if (!this.next) throw new Error('no sign-in expected');
    return this.next;
  }
}

/**
 * Single sign-on's state, handoff and people against the gateway's real database (PGlite), with the provider
 * replaced by a stand-in that checks what openid-client would be given (the real one runs in the browser test:
 * openid-client is an ES module jest's CommonJS runtime cannot load).
 */
describe('single sign-on (gateway, in-process)', () => {
  let gateway: RunningHost;
  let sso: SingleSignOn;
  let gatewayDb: Database;
  const provider = new StandInProvider();

  beforeAll(async () => {
    gateway = await startInProcessGateway({ env: ENV });
    gatewayDb = gateway.app.get(GATEWAY_DATABASE);
    const identityDb: Database = gateway.app.get(IDENTITY_DATABASE);
    const config = oidcConfigFromEnv(ENV) as OidcConfig;
    sso = new SingleSignOn(config, provider, new OidcStore(gatewayDb), new SsoPeople(identityDb, gateway.app.get(AccountRepository), gateway.app.get(DirectoryRepository), config.claimRules), pino({ level: 'silent' }));
  });

  afterAll(async () => {
    await gateway?.close();
  });

  /** The browser's round trip: begin, the provider vouches for `claims`, the callback. */
  async function signIn(subject: string, claims: Record<string, unknown>, returnTo = '/') {
    const begun = await sso.begin(returnTo);
    if (!begun) throw new Error('not begun');
    provider.next = { subject, claims };
    const state = new URL(begun.url).searchParams.get('state') as string;
    return { state, browser: begun.browser, outcome: await sso.complete({ state }, `?code=abc&state=${state}`, begun.browser) };
  }

  const handOff = (code: string) => callGateway(gateway.url, 'POST', '/api/auth/oidc/handoff', null, { code });

  it('says it is on, with the provider’s name', async () => {
    expect(await callGateway(gateway.url, 'GET', '/api/auth/oidc', null)).toMatchObject({ status: 200, body: { enabled: true, providerName: { zh: '重庆市统一身份认证', en: 'Chongqing ID' } } });
  });

  it('creates an officer at the first sign-in, hands them to the console once, and never lets them sign in with a password', async () => {
    const { outcome } = await signIn('sub-officer', { preferred_username: 'zhang.transport', name: '张交通', groups: ['scq-officer-transport'] }, '/scenarios/new?x=1');
    expect(provider.seen).toMatchObject({ challengeMatchesVerifier: true, nonceMatches: true, stateMatches: true });
    if (!outcome.ok) throw new Error(outcome.code);

    const first = await handOff(outcome.handoff);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ tokenType: 'Bearer', passwordChangeRequired: false, returnTo: '/scenarios/new?x=1', user: { name: '张交通', roles: ['officer'], unit: '市交通运输委', district: null, organisation: null } });
    const me = await callGateway(gateway.url, 'GET', '/api/auth/me', first.body.accessToken as string);
    expect(me.body).toMatchObject({ name: '张交通', roles: ['officer'] });
    expect((await handOff(outcome.handoff)).body.error?.code).toBe('SSO_HANDOFF_INVALID');
    // The audit log names whom the handoff signed in (and the refused second use).
    const userId = (first.body.user as { id: string }).id;
    const audited = await eventually(async () => {
      const { rows: entries } = await gatewayDb.query<{ actor_id: string | null; status: number; roles: string[] }>(`SELECT actor_id, status, roles FROM gateway.audit_entry WHERE path = '/api/auth/oidc/handoff' ORDER BY at`);
      return entries.length >= 2 ? entries : undefined;
    });
    expect(audited.slice(0, 2)).toEqual([
      { actor_id: userId, status: 200, roles: ['officer'] },
      { actor_id: null, status: 401, roles: [] },
    ]);

    expect((await signInTo(gateway.url, 'zhang.transport', '!sso')).status).toBe(401);
    expect((await signInTo(gateway.url, 'zhang.transport', '')).status).toBe(400);
    const { rows } = await gateway.app.get<symbol, Database>(IDENTITY_DATABASE).query<{ assigned_by: string }>(
      `SELECT r.assigned_by FROM identity.role_assignment r JOIN identity.user_account u ON u.id = r.user_id WHERE u.username = 'zhang.transport'`,
    );
    expect(rows).toEqual([{ assigned_by: 'sso' }]);
  });

  it('spends a state once, and only from the browser that began it', async () => {
    const { state, browser, outcome } = await signIn('sub-replay', { preferred_username: 'replay', groups: ['scq-officer-transport'] });
    expect(outcome.ok).toBe(true);
    expect(await sso.complete({ state }, `?code=abc&state=${state}`, browser)).toEqual({ ok: false, code: 'SSO_STATE_INVALID' });

    const other = await sso.begin('/');
    const otherState = new URL(other?.url as string).searchParams.get('state') as string;
    expect(await sso.complete({ state: otherState }, `?code=abc&state=${otherState}`, 'another browser')).toEqual({ ok: false, code: 'SSO_STATE_INVALID' });
    // Spent by the forged attempt: the rightful browser must begin again too.
    expect(await sso.complete({ state: otherState }, `?code=abc&state=${otherState}`, other?.browser ?? null)).toEqual({ ok: false, code: 'SSO_STATE_INVALID' });
    expect(await sso.complete({}, '', null)).toEqual({ ok: false, code: 'SSO_STATE_INVALID' });
  });

  it('refuses an expired state and an expired handoff code', async () => {
    const begun = await sso.begin('/');
    const state = new URL(begun?.url as string).searchParams.get('state') as string;
    await gatewayDb.query(`UPDATE gateway.oidc_login_state SET expires_at = now() - interval '1 second' WHERE state_hash = $1`, [createHash('sha256').update(state).digest('hex')]);
    provider.next = { subject: 'sub-late', claims: { groups: ['scq-officer-transport'] } };
    expect(await sso.complete({ state }, `?code=abc&state=${state}`, begun?.browser ?? null)).toEqual({ ok: false, code: 'SSO_STATE_INVALID' });

    const { outcome } = await signIn('sub-late', { preferred_username: 'late', groups: ['scq-officer-transport'] });
    if (!outcome.ok) throw new Error(outcome.code);
    await gatewayDb.query(`UPDATE gateway.oidc_handoff SET expires_at = now() - interval '1 second'`);
    expect((await handOff(outcome.handoff)).status).toBe(401);
  });

  it('maps the person again at each sign-in: the provider decides their roles and where they belong', async () => {
    const first = await signIn('sub-remap', { preferred_username: 'li.remap', name: '李', groups: ['scq-officer-transport'] });
    if (!first.outcome.ok) throw new Error(first.outcome.code);
    const before = (await handOff(first.outcome.handoff)).body.user as { id: string };

    const second = await signIn('sub-remap', { preferred_username: 'li.renamed', name: '李四', email: 'li@cqu.edu.cn', groups: [] });
    if (!second.outcome.ok) throw new Error(second.outcome.code);
    const after = (await handOff(second.outcome.handoff)).body.user as Record<string, unknown>;
    expect(after).toEqual({ id: before.id, name: '李四', roles: ['evaluator'], unit: null, district: null, organisation: '重庆大学' });

    // An organisation the rules name is created at start when the directory has none of that name.
    const third = await signIn('sub-new-uni', { preferred_username: 'new.uni', email: 'a@new-university.edu.cn' });
    if (!third.outcome.ok) throw new Error(third.outcome.code);
    expect((await handOff(third.outcome.handoff)).body.user).toMatchObject({ roles: ['evaluator'], organisation: '新建大学' });
  });

  it('refuses a person without a role, or without the unit their role needs, and creates nobody', async () => {
    expect((await signIn('sub-none', { preferred_username: 'nobody', groups: ['staff'] })).outcome).toEqual({ ok: false, code: 'SSO_NO_ROLE' });
    expect((await signIn('sub-unplaced', { preferred_username: 'unplaced', groups: ['scq-officer-unplaced'] })).outcome).toEqual({ ok: false, code: 'SSO_ASSIGNMENT_INCOMPLETE' });
    const admin = ((await signInTo(gateway.url, 'admin')).body as { accessToken: string }).accessToken;
    for (const username of ['nobody', 'unplaced']) expect((await callGateway(gateway.url, 'GET', `/api/admin/users?q=${username}`, admin)).body.items).toEqual([]);
  });

  it('gives a person whose username is taken a free one, and refuses them once disabled', async () => {
    const { outcome } = await signIn('sub-clash', { preferred_username: 'coordinator', name: '另一位', groups: ['scq-officer-transport'] });
    if (!outcome.ok) throw new Error(outcome.code);
    const user = (await handOff(outcome.handoff)).body.user as { id: string };
    const admin = ((await signInTo(gateway.url, 'admin')).body as { accessToken: string }).accessToken;
    expect((await callGateway(gateway.url, 'GET', `/api/admin/users/${user.id}`, admin)).body).toMatchObject({ username: 'coordinator-2' });
    expect((await signInTo(gateway.url, 'coordinator', 'scq-demo-2026')).body).toMatchObject({ user: { roles: ['coordinator'] } });

    expect((await callGateway(gateway.url, 'POST', `/api/admin/users/${user.id}/password-reset`, admin)).body.error?.code).toBe('SINGLE_SIGN_ON_ACCOUNT');
    expect((await callGateway(gateway.url, 'POST', `/api/admin/users/${user.id}/disable`, admin)).status).toBe(200);
    expect((await signIn('sub-clash', { preferred_username: 'coordinator', groups: ['scq-officer-transport'] })).outcome).toEqual({ ok: false, code: 'SSO_ACCOUNT_DISABLED' });
  });

  it('sends a callback with a spent state, or the provider’s refusal, to the sign-in page with a code', async () => {
    const spent = await fetch(`${gateway.url}/api/auth/oidc/callback?code=abc&state=unknown`, { redirect: 'manual' });
    expect(spent.status).toBe(302);
    expect(spent.headers.get('location')).toBe('/?sso_error=SSO_STATE_INVALID');
    const refused = await fetch(`${gateway.url}/api/auth/oidc/callback?error=access_denied&state=unknown`, { redirect: 'manual' });
    expect(refused.headers.get('location')).toBe('/?sso_error=SSO_PROVIDER_REFUSED');
  });
});

describe('single sign-on switched off', () => {
  let gateway: RunningHost;

  beforeAll(async () => {
    gateway = await startInProcessGateway();
  });

  afterAll(async () => {
    await gateway?.close();
  });

  it('says so, and its routes answer 404 SSO_DISABLED', async () => {
    expect((await callGateway(gateway.url, 'GET', '/api/auth/oidc', null)).body).toEqual({ enabled: false, providerName: null });
    for (const [method, path, body] of [
      ['GET', '/api/auth/oidc/login?returnTo=/', undefined],
      ['GET', '/api/auth/oidc/callback?code=a&state=b', undefined],
      ['POST', '/api/auth/oidc/handoff', { code: 'x' }],
    ] as const) {
      const answer = await callGateway(gateway.url, method, path, null, body);
      expect({ path, status: answer.status, code: answer.body.error?.code }).toEqual({ path, status: 404, code: 'SSO_DISABLED' });
    }
  });
});
