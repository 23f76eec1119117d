import { createHash, generateKeyPairSync } from 'node:crypto';
import { HttpStatus } from '@nestjs/common';
import { isPersonRole, SERVICE_TOKEN_AUDIENCE, SERVICE_TOKEN_ISSUER, type Actor, type PersonRole } from '@scq/contracts';
import { createLocalJWKSet, createRemoteJWKSet, errors, importJWK, jwtVerify, SignJWT, type JSONWebKeySet, type JWK, type JWTVerifyGetKey, type KeyLike } from 'jose';
import { RequestError } from '../errors/request-error';
import { TokenCache } from './token-cache';

export { SERVICE_TOKEN_AUDIENCE, SERVICE_TOKEN_ISSUER };

/**
 * The token every request carries from the gateway to a service: short-lived, signed by the gateway's private key
 * (EdDSA), verified by each service with the gateway's public keys (a JWKS). It names the caller (`sub`, `roles`,
 * `unit`, `org`, `district`); nothing else
 * (no `x-user-*` header, no network position) makes a request someone's.
 */
export const SERVICE_TOKEN_TTL_SECONDS = 60;
const ALGORITHM = 'EdDSA';

export interface ServiceTokenVerifier {
  /** The caller the token names; a RequestError 401 when it is not one the gateway signed for the services, now. */
  actorOf(token: string): Promise<Actor>;
}

export interface ServiceTokenSigner {
  sign(actor: Actor): Promise<string>;
  /** The public half, as `GET /.well-known/jwks.json` publishes it. */
  readonly publicKeys: JSONWebKeySet;
}

/** Verifies with a fixed key set (`SERVICE_TOKEN_JWKS`) or one fetched from the gateway and cached (`SERVICE_TOKEN_JWKS_URL`). */
export function serviceTokenVerifier(keys: JSONWebKeySet | URL): ServiceTokenVerifier {
  const keySet: JWTVerifyGetKey = keys instanceof URL ? createRemoteJWKSet(keys, { cooldownDuration: 30_000, cacheMaxAge: 600_000 }) : createLocalJWKSet(keys);
  // The gateway reuses a caller's token for a while (serviceTokenSigner): verified once, believed until it expires.
  const verified = new TokenCache<Actor>();
  return {
    async actorOf(token) {
      const known = verified.get(token);
      if (known) return { ...known, roles: [...known.roles] };
      let payload: Record<string, unknown>;
      try {
        ({ payload } = await jwtVerify(token, keySet, { issuer: SERVICE_TOKEN_ISSUER, audience: SERVICE_TOKEN_AUDIENCE, algorithms: [ALGORITHM] }));
      } catch (error) {
        throw refused(error);
      }
      const actor = actorFromClaims(payload);
      if (typeof payload.exp === 'number') verified.set(token, actor, payload.exp * 1000);
      return { ...actor, roles: [...actor.roles] };
    },
  };
}

/** The public half of a private key, as a key set the services verify with. */
export function publicKeySet(privateJwk: JWK): JSONWebKeySet {
  const { d: _private, ...publicJwk } = privateJwk;
  return { keys: [{ ...publicJwk, alg: ALGORITHM, use: 'sig' }] };
}

/** Signs with the gateway's private key (an Ed25519 JWK with `kid`). */
export async function serviceTokenSigner(privateJwk: JWK): Promise<ServiceTokenSigner> {
  if (!privateJwk.kid) throw new Error('the service-token key needs a kid');
  const key = (await importJWK(privateJwk, ALGORITHM)) as KeyLike;
  // One token per caller reused for the first half of its life (so a service always gets one with ≥ 30 s left),
  // instead of an Ed25519 signature per forwarded request.
  const signed = new TokenCache<Promise<string>>();
  return {
    publicKeys: publicKeySet(privateJwk),
    sign: (actor) => {
      const id = JSON.stringify([actor.id, actor.roles, actor.unit, actor.organisation, actor.district]);
      const known = signed.get(id);
      if (known) return known;
      const token = new SignJWT({ roles: actor.roles, unit: actor.unit, org: actor.organisation, district: actor.district })
        .setProtectedHeader({ alg: ALGORITHM, kid: privateJwk.kid })
        .setSubject(actor.id)
        .setIssuer(SERVICE_TOKEN_ISSUER)
        .setAudience(SERVICE_TOKEN_AUDIENCE)
        .setIssuedAt()
        .setExpirationTime(`${SERVICE_TOKEN_TTL_SECONDS}s`)
        .sign(key);
      signed.set(id, token, Date.now() + (SERVICE_TOKEN_TTL_SECONDS * 1000) / 2);
      return token;
    },
  };
}

/** A new Ed25519 private key as a JWK, its `kid` the thumbprint of the public key. */
export function generateServiceTokenKey(): JWK {
  const { privateKey } = generateKeyPairSync('ed25519');
  return withKid(privateKey.export({ format: 'jwk' }) as JWK);
}

/** Gives a private JWK (e.g. read from a PEM file) a `kid` derived from its public key, so rotations stay apart. */
export function withKid(privateJwk: JWK): JWK {
  if (privateJwk.kid) return { ...privateJwk, alg: ALGORITHM };
  const thumbprint = createHash('sha256').update(`${privateJwk.crv}:${privateJwk.x}`).digest('base64url').slice(0, 16);
  return { ...privateJwk, kid: `scq-${thumbprint}`, alg: ALGORITHM };
}

/** Refuses every token: a process given no keys serves only its public routes. */
export const NO_SERVICE_TOKENS: ServiceTokenVerifier = {
  actorOf: () => Promise.reject(refused(new Error('this process was given no gateway keys: SERVICE_TOKEN_JWKS or SERVICE_TOKEN_JWKS_URL'))),
};

/** The verifier the environment names: `SERVICE_TOKEN_JWKS` (a JWKS as JSON) or `SERVICE_TOKEN_JWKS_URL`; undefined when neither is set. */
export function serviceTokenVerifierFromEnv(env: NodeJS.ProcessEnv): ServiceTokenVerifier | undefined {
  if (env.SERVICE_TOKEN_JWKS?.trim()) return serviceTokenVerifier(JSON.parse(env.SERVICE_TOKEN_JWKS) as JSONWebKeySet);
  if (env.SERVICE_TOKEN_JWKS_URL?.trim()) return serviceTokenVerifier(new URL(env.SERVICE_TOKEN_JWKS_URL));
  return undefined;
}

function actorFromClaims(payload: Record<string, unknown>): Actor {
  const roles = Array.isArray(payload.roles) ? payload.roles.map(String) : [];
  if (typeof payload.sub !== 'string' || !payload.sub || !roles.every(isPersonRole)) throw refused(new Error('the token names no caller'));
  const text = (claim: unknown) => (typeof claim === 'string' && claim ? claim : null);
  return { id: payload.sub, roles: roles as PersonRole[], unit: text(payload.unit), organisation: text(payload.org), district: text(payload.district) };
}

function refused(error: unknown): RequestError {
  const expired = error instanceof errors.JWTExpired;
  const reason = error instanceof Error ? error.message : String(error);
  return new RequestError(
    HttpStatus.UNAUTHORIZED,
    expired ? 'TOKEN_EXPIRED' : 'TOKEN_INVALID',
    expired ? '服务令牌已过期 The service token expired: send the request through the gateway again' : `服务令牌无效 The request carries no valid token from the gateway (${reason})`,
  );
}
