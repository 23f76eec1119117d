// The gateway's service-token key for this test file: a fresh Ed25519 key pair. Service processes the tests start
// inherit both halves (the gateway signs with SERVICE_TOKEN_PRIVATE_KEY, every service verifies with
// SERVICE_TOKEN_JWKS), in-process hosts read SERVICE_TOKEN_JWKS, and tests sign callers with `callerToken`.
const { createHash, generateKeyPairSync } = require('node:crypto');

if (!process.env.SERVICE_TOKEN_PRIVATE_KEY) {
  const { privateKey } = generateKeyPairSync('ed25519');
  const jwk = privateKey.export({ format: 'jwk' });
  const kid = `scq-test-${createHash('sha256').update(jwk.x).digest('base64url').slice(0, 12)}`;
  const { d: _private, ...publicJwk } = jwk;
  process.env.SERVICE_TOKEN_PRIVATE_KEY = JSON.stringify({ ...jwk, kid, alg: 'EdDSA' });
  process.env.SERVICE_TOKEN_JWKS = JSON.stringify({ keys: [{ ...publicJwk, kid, alg: 'EdDSA', use: 'sig' }] });
}
