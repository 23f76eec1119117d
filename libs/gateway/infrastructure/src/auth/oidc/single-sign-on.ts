import { createHash, randomBytes } from 'node:crypto';
import type { Logger } from '@scq/platform-observability';
import type { StoredAccount } from '../account.repository';
import type { OidcConfig } from './oidc.config';
import type { OidcStore } from './oidc.store';
import { randomToken } from './oidc.store';
import type { OpenIdProvider } from './openid-provider';
import type { SsoPeople, SsoRefusal } from './sso-people';

/** Why a sign-in through the provider ended on the sign-in page: the console explains each code in both languages. */
export type SsoErrorCode = SsoRefusal | 'SSO_STATE_INVALID' | 'SSO_PROVIDER_REFUSED' | 'SSO_PROVIDER_ERROR' | 'SSO_PROVIDER_UNAVAILABLE';

export type CallbackOutcome = { ok: true; handoff: string } | { ok: false; code: SsoErrorCode };

/**
 * The authorisation code flow with PKCE: `begin` keeps a state (with the nonce and the verifier) bound to the
 * browser's cookie and sends the browser to the provider; `complete` spends the state, lets openid-client exchange
 * the code and check the ID token, and maps the person; the console then `collect`s them with a one-time code, so
 * no token ever travels in a URL.
 */
export class SingleSignOn {
  constructor(
    readonly config: OidcConfig,
    private readonly provider: OpenIdProvider,
    private readonly store: OidcStore,
    private readonly people: SsoPeople,
    private readonly logger: Logger,
  ) {}

  /** Where to send the browser, and the value of its binding cookie; null when the provider cannot be reached. */
  async begin(returnTo: string | undefined): Promise<{ url: string; browser: string } | null> {
    const state = randomToken();
    const nonce = randomToken();
    const codeVerifier = randomBytes(32).toString('base64url');
    const codeChallenge = createHash('sha256').update(codeVerifier).digest('base64url');
    let url: URL;
    try {
      url = await this.provider.authorizationUrl({ state, nonce, codeChallenge });
    } catch (error) {
      this.logger.warn({ err: error, issuer: this.config.issuer }, 'single sign-on: the OpenID provider cannot be reached (discovery failed)');
      return null;
    }
    const browser = randomToken();
    await this.store.begin(state, browser, { nonce, codeVerifier, returnTo: safeReturnTo(returnTo) });
    return { url: url.href, browser };
  }

  async complete(query: { state?: string; error?: string; error_description?: string }, callbackQuery: string, browser: string | null): Promise<CallbackOutcome> {
    const login = query.state ? await this.store.spend(query.state, browser) : null;
    if (query.error) {
      this.logger.info({ error: query.error, description: query.error_description }, 'single sign-on: the provider refused the sign-in');
      return { ok: false, code: 'SSO_PROVIDER_REFUSED' };
    }
    if (!login || !query.state) return { ok: false, code: 'SSO_STATE_INVALID' };
    let signedIn: { subject: string; claims: Record<string, unknown> };
    try {
      const callbackUrl = new URL(this.config.redirectUri);
      callbackUrl.search = callbackQuery;
      signedIn = await this.provider.signedIn(callbackUrl, { state: query.state, nonce: login.nonce, codeVerifier: login.codeVerifier });
    } catch (error) {
      this.logger.warn({ err: error }, 'single sign-on: the code exchange or the ID token was refused');
      return { ok: false, code: 'SSO_PROVIDER_ERROR' };
    }
    const outcome = await this.people.signIn(this.config.issuer, signedIn.subject, signedIn.claims);
    if (!outcome.ok) {
      this.logger.info({ code: outcome.code, detail: outcome.detail, subject: signedIn.subject }, 'single sign-on: sign-in refused');
      return { ok: false, code: outcome.code };
    }
    this.logger.info({ userId: outcome.account.id, username: outcome.account.username, created: outcome.created, roles: outcome.account.roles }, 'single sign-on: signed in');
    return { ok: true, handoff: await this.store.handOff(outcome.account.id, login.returnTo) };
  }

  collect(code: string): Promise<{ userId: string; returnTo: string } | null> {
    return this.store.collect(code);
  }
}

/** A path of this site to land on (never another origin, never the handoff page itself); anything else is `/`. */
export function safeReturnTo(value: string | undefined): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.includes('\\') || [...value].some((c) => c.charCodeAt(0) < 0x20)) return '/';
  if (value === '/sso' || value.startsWith('/sso?') || value.startsWith('/sso#') || value.startsWith('/api/')) return '/';
  return value;
}

export type { StoredAccount };
