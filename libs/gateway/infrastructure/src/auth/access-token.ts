import { sign, verify, TokenExpiredError } from 'jsonwebtoken';
import type { Account } from './account.repository';

/** The identity an access token carries. */
export interface TokenIdentity {
  id: string;
  /** `preferred_username`: who signed in, as the audit log names them. */
  username: string | null;
  name: string;
  roles: string[];
  unit: string | null;
  organisation: string | null;
  /** A district officer's district (`district` claim); null when the token carries none. */
  district: string | null;
  /** The account must change its password before anything else (`pwc` claim). */
  passwordChangeRequired: boolean;
  /** The sign-in session the token belongs to (`sid`): ending it ends the token. */
  sessionId: string;
}

export const TOKEN_ISSUER = 'scq-gateway';

export function issueAccessToken(account: Account, sessionId: string, secret: string, ttlSeconds: number): string {
  const claims = { sid: sessionId, preferred_username: account.username, name: account.name, roles: account.roles, unit: account.unit, district: account.district, org: account.organisation, ...(account.passwordMustChange ? { pwc: true } : {}) };
  return sign(claims, secret, {
    algorithm: 'HS256',
    subject: account.id,
    issuer: TOKEN_ISSUER,
    expiresIn: ttlSeconds,
  });
}

export type TokenCheck = { ok: true; identity: TokenIdentity } | { ok: false; code: 'TOKEN_EXPIRED' | 'TOKEN_INVALID'; message: string };

/** Verifies signature (HS256 only), issuer and expiry; never throws. */
export function verifyAccessToken(token: string, secret: string): TokenCheck {
  try {
    const claims = verify(token, secret, { algorithms: ['HS256'], issuer: TOKEN_ISSUER });
    if (typeof claims !== 'object' || !claims.sub || !Array.isArray(claims.roles)) return invalid('the token carries no identity');
    if (typeof claims.sid !== 'string' || claims.sid === '') return invalid('the token names no session: sign in again');
    return {
      ok: true,
      identity: {
        id: claims.sub,
        username: typeof claims.preferred_username === 'string' ? claims.preferred_username : null,
        name: String(claims.name ?? ''),
        roles: (claims.roles as unknown[]).map(String),
        unit: typeof claims.unit === 'string' ? claims.unit : null,
        organisation: typeof claims.org === 'string' ? claims.org : null,
        district: typeof claims.district === 'string' && claims.district ? claims.district : null,
        passwordChangeRequired: claims.pwc === true,
        sessionId: claims.sid,
      },
    };
  } catch (error) {
    if (error instanceof TokenExpiredError) return { ok: false, code: 'TOKEN_EXPIRED', message: `访问令牌已过期 Access token expired at ${error.expiredAt.toISOString()}: sign in again` };
    return invalid((error as Error).message);
  }
}

function invalid(reason: string): TokenCheck {
  return { ok: false, code: 'TOKEN_INVALID', message: `访问令牌无效 Access token invalid (${reason})` };
}

/** `Authorization: Bearer <token>` → the token; undefined when no Authorization header; null when it is not a Bearer token. */
export function bearerToken(authorization: string | undefined): string | null | undefined {
  if (authorization === undefined || authorization.trim() === '') return undefined;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
  return match ? match[1] : null;
}
