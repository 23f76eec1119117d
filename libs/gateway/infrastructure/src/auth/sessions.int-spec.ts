import { sign } from 'jsonwebtoken';
import type { RunningHost } from '@scq/platform-runtime';
import { callGateway, signInTo, startInProcessGateway } from '../testing/in-process-gateway';
import { TOKEN_ISSUER } from './access-token';

const JWT_SECRET = 'the sessions test signing secret, long enough';

interface Tokens {
  accessToken: string;
  refreshToken: string;
}

/** Sessions through the gateway's HTTP API: short access tokens, one-use refresh tokens, sign-out and revocation that hold at once. */
describe('sign-in sessions', () => {
  let gateway: RunningHost;
  let strict: RunningHost;
  let brief: RunningHost;

  beforeAll(async () => {
    [gateway, strict, brief] = await Promise.all([
      startInProcessGateway({ env: { JWT_SECRET } }),
      // Sessions that end after a second without a refresh, and sessions that end a second after sign-in.
      startInProcessGateway({ env: { SESSION_IDLE_SECONDS: '1' } }),
      startInProcessGateway({ env: { SESSION_MAX_SECONDS: '1' } }),
    ]);
  });

  afterAll(async () => {
    await Promise.all([gateway?.close(), strict?.close(), brief?.close()]);
  });

  const tokensOf = async (base: string, username: string): Promise<Tokens> => (await signInTo(base, username)).body as unknown as Tokens;
  const me = (base: string, token: string) => callGateway(base, 'GET', '/api/auth/me', token);
  const refresh = (base: string, refreshToken: string) => callGateway(base, 'POST', '/api/auth/refresh', null, { refreshToken });

  it('signs in with a 15-minute access token and a refresh token; a refresh answers both anew, and each refresh token works once', async () => {
    const signedIn = await signInTo(gateway.url, 'officer.urban');
    expect(signedIn.body).toMatchObject({ expiresIn: 900, refreshExpiresIn: 7200, refreshToken: expect.stringMatching(/^[\w-]{43}$/) });
    const first = signedIn.body as unknown as Tokens;
    const refreshed = await refresh(gateway.url, first.refreshToken);
    expect(refreshed.status).toBe(200);
    const second = refreshed.body as unknown as Tokens;
    expect(second.refreshToken).not.toBe(first.refreshToken);
    expect((await me(gateway.url, second.accessToken)).status).toBe(200);
    // Used again at once: another request of the same client raced it; refused, the session stands.
    const raced = await refresh(gateway.url, first.refreshToken);
    expect(raced.status).toBe(409);
    expect(raced.body.error?.code).toBe('REFRESH_TOKEN_JUST_USED');
    expect((await refresh(gateway.url, second.refreshToken)).status).toBe(200);
    expect((await refresh(gateway.url, 'made-up')).body.error?.code).toBe('REFRESH_TOKEN_INVALID');
    expect((await refresh(gateway.url, '')).status).toBe(400);
  });

  it('ends the whole session when a refresh token is used again after the grace: the copy and the original both stop', async () => {
    const graceless = await startInProcessGateway({ auth: { session: { idleSeconds: 7200, maxSeconds: 43_200, reuseGraceSeconds: 0 } } });
    try {
      const first = await tokensOf(graceless.url, 'applicant');
      const second = (await refresh(graceless.url, first.refreshToken)).body as unknown as Tokens;
      const reused = await refresh(graceless.url, first.refreshToken);
      expect(reused.status).toBe(401);
      expect(reused.body.error?.code).toBe('REFRESH_TOKEN_REUSED');
      expect((await refresh(graceless.url, second.refreshToken)).body.error?.code).toBe('REFRESH_TOKEN_INVALID');
      const ended = await me(graceless.url, second.accessToken);
      expect(ended.status).toBe(401);
      expect(ended.body.error?.code).toBe('SESSION_ENDED');
    } finally {
      await graceless.close();
    }
  });

  it('signs out: the access token and the refresh token of that session stop at once; another session of the same person goes on', async () => {
    const leaving = await tokensOf(gateway.url, 'coordinator');
    const staying = await tokensOf(gateway.url, 'coordinator');
    expect((await callGateway(gateway.url, 'POST', '/api/auth/logout', leaving.accessToken)).status).toBe(204);
    expect((await me(gateway.url, leaving.accessToken)).body.error?.code).toBe('SESSION_ENDED');
    expect((await refresh(gateway.url, leaving.refreshToken)).status).toBe(401);
    expect((await me(gateway.url, staying.accessToken)).status).toBe(200);
    expect((await callGateway(gateway.url, 'POST', '/api/auth/logout', null)).status).toBe(401);
  });

  it('ends every session of a person who is disabled or whose password is reset; a role change reaches the next refresh', async () => {
    const admin = (await tokensOf(gateway.url, 'admin')).accessToken;
    const evaluator = await tokensOf(gateway.url, 'evaluator.2');
    expect((await callGateway(gateway.url, 'POST', '/api/admin/users/demo-evaluator-2/disable', admin)).status).toBe(200);
    expect((await me(gateway.url, evaluator.accessToken)).body.error?.code).toBe('SESSION_ENDED');
    expect((await refresh(gateway.url, evaluator.refreshToken)).status).toBe(401);
    await callGateway(gateway.url, 'POST', '/api/admin/users/demo-evaluator-2/enable', admin);

    const officer = await tokensOf(gateway.url, 'officer.forestry');
    await callGateway(gateway.url, 'POST', '/api/admin/users/demo-officer-forestry/password-reset', admin);
    expect((await me(gateway.url, officer.accessToken)).body.error?.code).toBe('SESSION_ENDED');

    const auditor = await tokensOf(gateway.url, 'auditor');
    await callGateway(gateway.url, 'PATCH', '/api/admin/users/demo-auditor', admin, { roles: ['auditor', 'leadership'] });
    expect(((await refresh(gateway.url, auditor.refreshToken)).body.user as { roles: string[] }).roles).toEqual(['auditor', 'leadership']);
  });

  it('changing one’s password signs out every other session of the person', async () => {
    const elsewhere = await tokensOf(gateway.url, 'officer.transport');
    const here = await tokensOf(gateway.url, 'officer.transport');
    const changed = await callGateway(gateway.url, 'POST', '/api/auth/password', here.accessToken, { currentPassword: 'scq-demo-2026', newPassword: 'a brand new passphrase' });
    expect(changed.status).toBe(200);
    expect((await me(gateway.url, elsewhere.accessToken)).body.error?.code).toBe('SESSION_ENDED');
    expect((await me(gateway.url, (changed.body as unknown as Tokens).accessToken)).status).toBe(200);
  });

  it('ends a session whose refresh token waited longer than the idle time, and any session at its absolute end', async () => {
    const idle = await tokensOf(strict.url, 'applicant');
    const lasting = await tokensOf(brief.url, 'applicant');
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect((await refresh(strict.url, idle.refreshToken)).body.error?.code).toBe('REFRESH_TOKEN_INVALID');
    expect((await me(brief.url, lasting.accessToken)).body.error?.code).toBe('SESSION_ENDED');
    expect((await refresh(brief.url, lasting.refreshToken)).status).toBe(401);
  });

  it('refuses an access token that names no session, even signed with the gateway’s key', async () => {
    const sessionless = sign({ roles: ['admin'] }, JWT_SECRET, { algorithm: 'HS256', subject: 'demo-admin', issuer: TOKEN_ISSUER, expiresIn: 600 });
    const refused = await me(gateway.url, sessionless);
    expect(refused.status).toBe(401);
    expect(refused.body.error?.message).toMatch(/names no session/);
  });
});
