import { randomBytes } from 'node:crypto';

export interface GatewayAuthConfig {
  /** HS256 key for access tokens. */
  jwtSecret: string;
  /** True when no JWT_SECRET was given and a random one was made for this process (tokens die with it). */
  secretGenerated: boolean;
  /** Token lifetime in seconds (1 h). */
  tokenTtlSeconds: number;
  /** Forward a token-less client's own `x-user-*` headers (tests and local demos only, never production). */
  trustClientIdentity: boolean;
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

/** Thrown at start-up when the gateway cannot run safely with the given environment. */
export class GatewayConfigError extends Error {}

/**
 * From the environment: `JWT_SECRET` (required when NODE_ENV=production; otherwise a random per-process
 * secret), `GATEWAY_TRUST_CLIENT_IDENTITY=true` (backwards compatibility for tests and demos).
 */
export function gatewayAuthConfigFromEnv(env: NodeJS.ProcessEnv = process.env): GatewayAuthConfig {
  const given = env.JWT_SECRET?.trim();
  const production = env.NODE_ENV === 'production';
  if (!given && production) {
    throw new GatewayConfigError('JWT_SECRET is required when NODE_ENV=production: set it to a long random value (e.g. `openssl rand -base64 48`); the gateway refuses to start without it');
  }
  const trustClientIdentity = env.GATEWAY_TRUST_CLIENT_IDENTITY === 'true';
  if (trustClientIdentity && production) {
    throw new GatewayConfigError('GATEWAY_TRUST_CLIENT_IDENTITY=true lets any client claim any identity: it must not be set when NODE_ENV=production');
  }
  return {
    jwtSecret: given || randomBytes(48).toString('base64'),
    secretGenerated: !given,
    tokenTtlSeconds: 3600,
    trustClientIdentity,
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
