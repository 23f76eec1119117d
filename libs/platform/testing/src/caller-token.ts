import { createPrivateKey, sign, type JsonWebKey } from 'node:crypto';
import { SERVICE_TOKEN_AUDIENCE, SERVICE_TOKEN_ISSUER, type Actor } from '@scq/contracts';

// Long enough for any test file: tokens are made when a file loads and used until it ends.
const TEST_TOKEN_TTL_SECONDS = 3600;

const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/**
 * A service token for `actor` (roles as given, unchecked: a test may name a role the gateway never would), signed as
 * the gateway would with the test file's key (tools/jest/service-token-keys.js), for tests that call a service
 * directly. Synchronous, so header constants can be written at the top of a test file.
 */
export function callerToken(actor: { id: string; roles: readonly string[]; unit?: string | null; organisation?: string | null; district?: string | null }): string {
  const key = process.env.SERVICE_TOKEN_PRIVATE_KEY;
  if (!key) throw new Error('SERVICE_TOKEN_PRIVATE_KEY is not set: the jest setup (tools/jest/service-token-keys.js) makes it');
  const jwk = JSON.parse(key) as JsonWebKey & { kid: string };
  const now = Math.floor(Date.now() / 1000);
  const claims = { sub: actor.id, roles: actor.roles, unit: actor.unit ?? null, org: actor.organisation ?? null, district: actor.district ?? null, iss: SERVICE_TOKEN_ISSUER, aud: SERVICE_TOKEN_AUDIENCE, iat: now, exp: now + TEST_TOKEN_TTL_SECONDS };
  const signingInput = `${base64url({ alg: 'EdDSA', kid: jwk.kid })}.${base64url(claims)}`;
  const signature = sign(null, Buffer.from(signingInput), createPrivateKey({ key: jwk, format: 'jwk' })).toString('base64url');
  return `${signingInput}.${signature}`;
}

/** The Authorization header naming `actor` (`{}` for nobody). */
export function callerHeaders(actor: Parameters<typeof callerToken>[0] | Actor | null): Record<string, string> {
  return actor ? { authorization: `Bearer ${callerToken(actor)}` } : {};
}
