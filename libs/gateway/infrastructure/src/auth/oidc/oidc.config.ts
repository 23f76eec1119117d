import { readMountedFile, StartupConfigError } from '@scq/platform-runtime';
import { ClaimRulesError, parseClaimRules, type ClaimRules } from './claim-rules';

export interface OidcConfig {
  /** The provider's issuer URL; its `/.well-known/openid-configuration` names the endpoints. */
  issuer: string;
  clientId: string;
  /** null: a public client (PKCE alone proves the code is ours). */
  clientSecret: string | null;
  /** The gateway's public `/api/auth/oidc/callback`, exactly as registered at the provider. */
  redirectUri: string;
  scopes: string;
  /** The button's label: "通过 <zh> 登录 Sign in with <en>". */
  providerName: { zh: string; en: string };
  claimRules: ClaimRules;
}

/**
 * Single sign-on from the environment, or null when `OIDC_ISSUER` is unset (SSO off). Refuses to start on what cannot
 * work: a missing client id or redirect URI, claim rules that do not parse or name an unknown unit or district, and,
 * with `NODE_ENV=production`, an issuer or redirect URI that is not https (but on a loopback name: the compose file's
 * example Keycloak at `keycloak.localhost`, a gateway at `localhost`).
 */
export function oidcConfigFromEnv(env: NodeJS.ProcessEnv = process.env): OidcConfig | null {
  const issuer = env.OIDC_ISSUER?.trim();
  if (!issuer) return null;
  const production = env.NODE_ENV === 'production';
  const clientId = env.OIDC_CLIENT_ID?.trim();
  if (!clientId) throw new StartupConfigError('OIDC_CLIENT_ID is required with OIDC_ISSUER: the client id registered for the gateway at the OpenID provider');
  const redirectUri = env.OIDC_REDIRECT_URI?.trim();
  if (!redirectUri) throw new StartupConfigError('OIDC_REDIRECT_URI is required with OIDC_ISSUER: the gateway\'s public https://<host>/api/auth/oidc/callback, as registered at the provider');
  for (const [name, value] of [['OIDC_ISSUER', issuer], ['OIDC_REDIRECT_URI', redirectUri]] as const) {
    const url = parsedUrl(name, value);
    if (production && url.protocol !== 'https:' && !isLoopbackName(url.hostname)) throw new StartupConfigError(`${name} must be an https URL when NODE_ENV=production (http only for localhost), got "${value}"`);
  }
  if (!new URL(redirectUri).pathname.endsWith('/api/auth/oidc/callback')) throw new StartupConfigError(`OIDC_REDIRECT_URI must end with /api/auth/oidc/callback (the gateway's callback), got "${redirectUri}"`);
  const secretFile = env.OIDC_CLIENT_SECRET_FILE?.trim();
  const clientSecret = env.OIDC_CLIENT_SECRET?.trim() || (secretFile ? readMountedFile('OIDC_CLIENT_SECRET_FILE', secretFile) : '') || null;
  return {
    issuer,
    clientId,
    clientSecret,
    redirectUri,
    scopes: env.OIDC_SCOPES?.trim() || 'openid profile email',
    providerName: providerNameOf(env.OIDC_PROVIDER_NAME),
    claimRules: claimRulesFromEnv(env),
  };
}

function claimRulesFromEnv(env: NodeJS.ProcessEnv): ClaimRules {
  const file = env.OIDC_CLAIM_RULES_FILE?.trim();
  const inline = env.OIDC_CLAIM_RULES?.trim();
  if (!file && !inline) throw new StartupConfigError('OIDC_CLAIM_RULES_FILE or OIDC_CLAIM_RULES is required with OIDC_ISSUER: the rules that give people their roles (docs/gateway.md, "Single sign-on")');
  try {
    return file ? parseClaimRules(readMountedFile('OIDC_CLAIM_RULES_FILE', file), `OIDC_CLAIM_RULES_FILE ${file}`) : parseClaimRules(inline as string, 'OIDC_CLAIM_RULES');
  } catch (error) {
    if (error instanceof ClaimRulesError) throw new StartupConfigError(error.message);
    throw error;
  }
}

/** `中文名|English name`; a name without `|` serves both languages. */
function providerNameOf(value: string | undefined): { zh: string; en: string } {
  const text = value?.trim() || '统一身份认证|single sign-on';
  const [zh, en] = text.includes('|') ? text.split('|', 2).map((part) => part.trim()) : [text, text];
  return { zh: zh || en, en: en || zh };
}

/** Names that never leave the machine (RFC 6761: browsers resolve `*.localhost` to the loopback interface). */
function isLoopbackName(hostname: string): boolean {
  return hostname === 'localhost' || hostname.endsWith('.localhost') || hostname === '127.0.0.1' || hostname === '[::1]';
}

function parsedUrl(name: string, value: string): URL {
  try {
    return new URL(value);
  } catch {
    throw new StartupConfigError(`${name} must be a URL, got "${value}"`);
  }
}
