import { StartupConfigError as GatewayConfigError } from '@scq/platform-runtime';
import type { SessionLimits } from './session.repository';
import { oidcConfigFromEnv, type OidcConfig } from './oidc/oidc.config';

export interface GatewayAuthConfig {
  /** `JWT_SECRET` or `JWT_SECRET_FILE` is set: access tokens are signed with the Ed25519 key now, so it is unused (the log says so). */
  legacySecretIgnored: boolean;
  /** Access token lifetime in seconds (`ACCESS_TOKEN_TTL_SECONDS`, 15 minutes): the console refreshes it before it ends. */
  tokenTtlSeconds: number;
  /** Sessions: refresh tokens unused this long end the session (`SESSION_IDLE_SECONDS`, 2 h); none lasts beyond `maxSeconds` (`SESSION_MAX_SECONDS`, 12 h). */
  session: SessionLimits;
  /** Forward a token-less client's own `x-user-*` headers (tests and local demos only, never production). */
  trustClientIdentity: boolean;
  /** Create the demo accounts (`DEMO_ACCOUNTS=true`; refused in production). */
  demoAccounts: boolean;
  /** The first administrator's password (`ADMIN_PASSWORD`); without it one is generated, printed once and must be changed. */
  adminPassword: string | null;
  /** Sign-in attempts allowed per address and username per `loginWindowMs` (1 minute). */
  loginAttemptsPerWindow: number;
  loginWindowMs: number;
  /** Sign-in attempts per address across usernames (password spraying) per `loginLockoutWindowMs`. */
  loginAttemptsPerAddress: number;
  /** Sign-in attempts per username across addresses per `loginLockoutWindowMs`; beyond, the account is locked until it ends. */
  loginAttemptsPerAccount: number;
  loginLockoutWindowMs: number;
  /** Password verifications at once per process, and sign-ins that may wait for one (beyond: 503 SIGN_IN_BUSY). */
  passwordChecks: { concurrent: number; queued: number };
  /** `/api/*` requests per minute per user (or address); 0: no limit. */
  apiRequestsPerMinute: number;
  /** Single sign-on through an OpenID provider (`OIDC_*`); null or absent: off. */
  oidc?: OidcConfig | null;
}

export { GatewayConfigError };


const MIN_ADMIN_PASSWORD = 12;

/**
 * From the environment: `GATEWAY_TRUST_CLIENT_IDENTITY=true` (tests and demos), `DEMO_ACCOUNTS=true`, `ADMIN_PASSWORD`, token
 * and session lifetimes. Production refuses what would let someone else sign in. (The signing key is the service-token key:
 * `serviceTokenKeyFromEnv`.)
 */
export function gatewayAuthConfigFromEnv(env: NodeJS.ProcessEnv = process.env): GatewayAuthConfig {
  const production = env.NODE_ENV === 'production';
  const trustClientIdentity = env.GATEWAY_TRUST_CLIENT_IDENTITY === 'true';
  if (trustClientIdentity && production) {
    throw new GatewayConfigError('GATEWAY_TRUST_CLIENT_IDENTITY=true lets any client claim any identity: it must not be set when NODE_ENV=production');
  }
  const demoAccounts = env.DEMO_ACCOUNTS === 'true';
  if (demoAccounts && production) throw new GatewayConfigError('DEMO_ACCOUNTS=true creates accounts with a published password: it must not be set when NODE_ENV=production');
  const adminPassword = env.ADMIN_PASSWORD || null;
  if (adminPassword !== null && adminPassword.length < MIN_ADMIN_PASSWORD) throw new GatewayConfigError(`ADMIN_PASSWORD must be at least ${MIN_ADMIN_PASSWORD} characters`);
  return {
    legacySecretIgnored: Boolean(env.JWT_SECRET?.trim() || env.JWT_SECRET_FILE?.trim()),
    tokenTtlSeconds: seconds(env, 'ACCESS_TOKEN_TTL_SECONDS', 900),
    session: { idleSeconds: seconds(env, 'SESSION_IDLE_SECONDS', 2 * 3600), maxSeconds: seconds(env, 'SESSION_MAX_SECONDS', 12 * 3600), reuseGraceSeconds: 30 },
    trustClientIdentity,
    demoAccounts,
    adminPassword,
    loginAttemptsPerWindow: 10,
    loginWindowMs: 60_000,
    loginAttemptsPerAddress: 30,
    loginAttemptsPerAccount: 10,
    loginLockoutWindowMs: 15 * 60_000,
    passwordChecks: { concurrent: 2, queued: 32 },
    apiRequestsPerMinute: requestsPerMinute(env.GATEWAY_API_REQUESTS_PER_MINUTE),
    oidc: oidcConfigFromEnv(env),
  };
}

function requestsPerMinute(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return 6000;
  if (!/^\d+$/.test(value.trim())) throw new GatewayConfigError(`GATEWAY_API_REQUESTS_PER_MINUTE must be a whole number (0: no limit), got "${value}"`);
  return Number(value);
}

function seconds(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const value = env[name]?.trim();
  if (!value) return fallback;
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new GatewayConfigError(`${name} must be a whole number of seconds, at least 1; got "${value}"`);
  return Number(value);
}
