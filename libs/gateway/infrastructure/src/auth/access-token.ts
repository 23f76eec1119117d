import { errors, importJWK, jwtVerify, SignJWT, type JWK, type KeyLike } from 'jose';
import { SERVICE_TOKEN_ISSUER } from '@scq/contracts';
import { TokenCache } from '@scq/platform-http';
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

export const TOKEN_ISSUER = SERVICE_TOKEN_ISSUER;
/** Access tokens are for the platform's API at the gateway; service tokens (audience `scq-services`) for the services behind it. */
export const ACCESS_TOKEN_AUDIENCE = 'scq-api';
const ALGORITHM = 'EdDSA';

export type TokenCheck = { ok: true; identity: TokenIdentity } | { ok: false; code: 'TOKEN_EXPIRED' | 'TOKEN_INVALID'; message: string };

/**
 * Access tokens: EdDSA JWTs signed with the gateway's Ed25519 key, the one whose public half `GET /.well-known/jwks.json`
 * publishes, so anybody holding the key set can check one; the audience keeps them apart from service tokens.
 */
export class AccessTokens {
  /** Tokens whose signature, issuer and audience checked out, until they expire (an expired one is verified again: TOKEN_EXPIRED). */
  private readonly verified = new TokenCache<TokenIdentity>();

  private constructor(
    private readonly kid: string,
    private readonly privateKey: KeyLike,
    private readonly publicKey: KeyLike,
  ) {}

  static async fromKey(privateJwk: JWK): Promise<AccessTokens> {
    if (!privateJwk.kid) throw new Error('the signing key needs a kid');
    const { d: _private, ...publicJwk } = privateJwk;
    return new AccessTokens(privateJwk.kid, (await importJWK(privateJwk, ALGORITHM)) as KeyLike, (await importJWK(publicJwk, ALGORITHM)) as KeyLike);
  }

  issue(account: Account, sessionId: string, ttlSeconds: number): Promise<string> {
    const claims = { sid: sessionId, preferred_username: account.username, name: account.name, roles: account.roles, unit: account.unit, district: account.district, org: account.organisation, ...(account.passwordMustChange ? { pwc: true } : {}) };
    return new SignJWT(claims)
      .setProtectedHeader({ alg: ALGORITHM, kid: this.kid, typ: 'at+jwt' })
      .setSubject(account.id)
      .setIssuer(TOKEN_ISSUER)
      .setAudience(ACCESS_TOKEN_AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(`${ttlSeconds}s`)
      .sign(this.privateKey);
  }

  /** Verifies signature (EdDSA only, this key), issuer, audience and expiry; never throws. */
  async verify(token: string): Promise<TokenCheck> {
    const known = this.verified.get(token);
    if (known) return { ok: true, identity: { ...known, roles: [...known.roles] } };
    try {
      const { payload: claims } = await jwtVerify(token, this.publicKey, { algorithms: [ALGORITHM], issuer: TOKEN_ISSUER, audience: ACCESS_TOKEN_AUDIENCE });
      if (!claims.sub || !Array.isArray(claims.roles)) return invalid('the token carries no identity');
      if (typeof claims.sid !== 'string' || claims.sid === '') return invalid('the token names no session: sign in again');
      const text = (value: unknown) => (typeof value === 'string' ? value : null);
      const identity: TokenIdentity = {
        id: claims.sub,
        username: text(claims.preferred_username),
        name: String(claims.name ?? ''),
        roles: (claims.roles as unknown[]).map(String),
        unit: text(claims.unit),
        district: text(claims.district) || null,
        organisation: text(claims.org),
        passwordChangeRequired: claims.pwc === true,
        sessionId: claims.sid,
      };
      if (typeof claims.exp === 'number') this.verified.set(token, identity, claims.exp * 1000);
      return { ok: true, identity: { ...identity, roles: [...identity.roles] } };
    } catch (error) {
      if (error instanceof errors.JWTExpired) return { ok: false, code: 'TOKEN_EXPIRED', message: `访问令牌已过期 Access token expired: sign in again` };
      return invalid(error instanceof errors.JOSEError ? error.code : (error as Error).message);
    }
  }
}

function invalid(reason: string): TokenCheck {
  return { ok: false, code: 'TOKEN_INVALID', message: `访问令牌无效 Access token invalid (${reason})` };
}
