import { importJWK, SignJWT, type JWK } from 'jose';
import pino from 'pino';
import { ACCESS_TOKEN_AUDIENCE, TOKEN_ISSUER } from '../auth/access-token';
import { InProcessMessageBus } from '@scq/platform-messaging';
import { bootstrapHost, type RunningHost } from '@scq/platform-runtime';
import { DEMO_PASSWORD } from '../auth/demo-accounts';
import { gatewayAuthConfigFromEnv, type GatewayAuthConfig } from '../auth/gateway-auth.config';
import { serviceTokenKeyFromEnv } from '../auth/service-token-key';
import { GatewayModule } from '../gateway.module';

export interface Answer {
  status: number;
  body: Record<string, unknown> & { error?: { code: string; message: string; fields?: { path: string; message: string }[] } };
}

/** The gateway alone, in this process, on PGlite (in memory unless a folder is given), with the demo accounts. */
export function startInProcessGateway(options: { pgliteDataDir?: string; env?: NodeJS.ProcessEnv; auth?: Partial<GatewayAuthConfig>; bus?: InProcessMessageBus } = {}): Promise<RunningHost> {
  const auth = { ...gatewayAuthConfigFromEnv({ DEMO_ACCOUNTS: 'true', ADMIN_PASSWORD: 'first administrator passphrase', ...options.env }), trustClientIdentity: false, ...options.auth };
  return bootstrapHost({
    name: 'gateway-test',
    logger: pino({ level: 'silent' }),
    bus: options.bus ?? new InProcessMessageBus(),
    port: 0,
    host: '127.0.0.1',
    modules: [
      GatewayModule.register({
        routes: [],
        serviceTokenKey: serviceTokenKeyFromEnv(process.env),
        database: { pgliteDataDir: options.pgliteDataDir ?? 'memory://' },
        auth,
        passwordHashing: { memoryCost: 1024, timeCost: 1 },
      }),
    ],
  });
}

/** JSON requests to a gateway, as a token or anonymous. */
export async function callGateway(base: string, method: string, path: string, token: string | null, body?: unknown): Promise<Answer> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  const response = await fetch(`${base}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await response.text();
  return { status: response.status, body: (text ? JSON.parse(text) : {}) as Answer['body'] };
}

export const signInTo = (base: string, username: string, password = DEMO_PASSWORD) => callGateway(base, 'POST', '/api/auth/login', null, { username, password });

/**
 * An access token as a forger would make one: with these claims, signed by `key` (the gateway's own, from
 * `SERVICE_TOKEN_PRIVATE_KEY`, unless another is given), expiring at `exp`, for `audience`.
 */
export async function forgedAccessToken(claims: Record<string, unknown>, options: { key?: JWK; exp?: number; audience?: string } = {}): Promise<string> {
  const jwk = options.key ?? serviceTokenKeyFromEnv(process.env);
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'EdDSA', kid: jwk.kid })
    .setSubject('demo-admin')
    .setIssuer(TOKEN_ISSUER)
    .setAudience(options.audience ?? ACCESS_TOKEN_AUDIENCE)
    .setIssuedAt(now - 60)
    .setExpirationTime(options.exp ?? now + 600)
    .sign(await importJWK(jwk, 'EdDSA'));
}
