import { randomBytes } from 'node:crypto';
import { readMountedFile, secretProblem, StartupConfigError as GatewayConfigError } from '@scq/platform-runtime';
import type { SessionLimits } from './session.repository';
import { storedSigningSecret } from './signing-secret';

export interface GatewayAuthConfig {
  /** HS256 key for access tokens. */
  jwtSecret: string;
  /** Where the secret came from: `JWT_SECRET`, a key file kept in the data folder, or made for this process only. */
  secretSource: 'environment' | 'key-file' | 'process';
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
}

export { GatewayConfigError };

export interface GatewayAuthEnvOptions {
  /** Outside production without `JWT_SECRET`: keep the signing key in this file (the embedded mode's data folder), so a restart signs nobody out. */
  keyFile?: string;
}

const MIN_ADMIN_PASSWORD = 12;

/**
 * From the environment: `JWT_SECRET` or `JWT_SECRET_FILE` (required in production, at least 32 characters, no placeholder; otherwise the
 * key file or a random per-process secret), `GATEWAY_TRUST_CLIENT_IDENTITY=true` (tests and demos), `DEMO_ACCOUNTS=true`,
 * `ADMIN_PASSWORD`. Production refuses what would let someone else sign in.
 */
export function gatewayAuthConfigFromEnv(env: NodeJS.ProcessEnv = process.env, options: GatewayAuthEnvOptions = {}): GatewayAuthConfig {
  const secretFile = env.JWT_SECRET_FILE?.trim();
  const given = env.JWT_SECRET?.trim() || (secretFile && readMountedFile('JWT_SECRET_FILE', secretFile)) || undefined;
  const production = env.NODE_ENV === 'production';
  if (production) {
    if (!given) throw new GatewayConfigError('JWT_SECRET (or JWT_SECRET_FILE) is required when NODE_ENV=production: set it to a long random value (e.g. `openssl rand -base64 48`); the gateway refuses to start without it');
    const problem = secretProblem(given);
    if (problem) throw new GatewayConfigError(`JWT_SECRET ${problem}: set a long random value (e.g. \`openssl rand -base64 48\`); the gateway refuses to start with it`);
  }
  const trustClientIdentity = env.GATEWAY_TRUST_CLIENT_IDENTITY === 'true';
  if (trustClientIdentity && production) {
    throw new GatewayConfigError('GATEWAY_TRUST_CLIENT_IDENTITY=true lets any client claim any identity: it must not be set when NODE_ENV=production');
  }
  const demoAccounts = env.DEMO_ACCOUNTS === 'true';
  if (demoAccounts && production) throw new GatewayConfigError('DEMO_ACCOUNTS=true creates accounts with a published password: it must not be set when NODE_ENV=production');
  const adminPassword = env.ADMIN_PASSWORD || null;
  if (adminPassword !== null && adminPassword.length < MIN_ADMIN_PASSWORD) throw new GatewayConfigError(`ADMIN_PASSWORD must be at least ${MIN_ADMIN_PASSWORD} characters`);
  const secret = given ? { jwtSecret: given, secretSource: 'environment' as const } : options.keyFile ? { jwtSecret: storedSigningSecret(options.keyFile), secretSource: 'key-file' as const } : { jwtSecret: randomBytes(48).toString('base64'), secretSource: 'process' as const };
  return {
    ...secret,
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
