import type * as OpenIdClient from 'openid-client';
import type { OidcConfig } from './oidc.config';

/** What the sign-in needs from the OpenID provider: where to send the browser, and the person a callback vouches for. */
export interface OpenIdProvider {
  authorizationUrl(request: { state: string; nonce: string; codeChallenge: string }): Promise<URL>;
  /**
   * Exchanges the callback's code (with the PKCE verifier) and checks the ID token (signature, issuer, audience,
   * nonce, expiry); the ID token's claims merged with the userinfo endpoint's, when the provider has one.
   */
  signedIn(callbackUrl: URL, expected: { state: string; nonce: string; codeVerifier: string }): Promise<{ subject: string; claims: Record<string, unknown> }>;
}

/**
 * openid-client (v6, an ES module, loaded when first needed: the gateway runs as CommonJS, where this `import()`
 * becomes a `require` of an ES module, which Node does from 20.19 on: `engines` in package.json) against the configured
 * issuer. Discovery happens at the first sign-in and again after a failure, so the gateway starts while the provider
 * is down.
 */
export function openIdProvider(config: OidcConfig): OpenIdProvider {
  let discovered: Promise<{ client: typeof OpenIdClient; configuration: OpenIdClient.Configuration }> | null = null;
  const connect = () => {
    discovered ??= (async () => {
      const client = await import('openid-client');
      // Plain http only outside production (the test's provider, a local Keycloak); production refuses it at start.
      const execute = new URL(config.issuer).protocol === 'http:' ? [client.allowInsecureRequests] : [];
      const configuration = await client.discovery(
        new URL(config.issuer),
        config.clientId,
        config.clientSecret ?? undefined,
        config.clientSecret ? client.ClientSecretBasic(config.clientSecret) : client.None(),
        { execute, timeout: 10 },
      );
      return { client, configuration };
    })().catch((error: unknown) => {
      discovered = null;
      throw error;
    });
    return discovered;
  };
  return {
    async authorizationUrl({ state, nonce, codeChallenge }) {
      const { client, configuration } = await connect();
      return client.buildAuthorizationUrl(configuration, { redirect_uri: config.redirectUri, scope: config.scopes, state, nonce, code_challenge: codeChallenge, code_challenge_method: 'S256' });
    },
    async signedIn(callbackUrl, { state, nonce, codeVerifier }) {
      const { client, configuration } = await connect();
      const tokens = await client.authorizationCodeGrant(configuration, callbackUrl, { pkceCodeVerifier: codeVerifier, expectedState: state, expectedNonce: nonce, idTokenExpected: true });
      const idClaims = tokens.claims();
      if (!idClaims) throw new Error('the provider answered no ID token');
      let claims: Record<string, unknown> = { ...idClaims };
      if (configuration.serverMetadata().userinfo_endpoint) {
        const userInfo = await client.fetchUserInfo(configuration, tokens.access_token, idClaims.sub);
        claims = { ...userInfo, ...idClaims };
      }
      return { subject: idClaims.sub, claims };
    },
  };
}
