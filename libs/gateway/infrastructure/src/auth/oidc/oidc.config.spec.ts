import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { StartupConfigError } from '@scq/platform-runtime';
import { gatewayAuthConfigFromEnv } from '../gateway-auth.config';
import { oidcConfigFromEnv } from './oidc.config';

const RULES = JSON.stringify({ rules: [{ claim: 'groups', includes: 'scq-officer-transport', roles: ['officer'], unit: '重庆市交通运输委员会' }] });
const ENV = { OIDC_ISSUER: 'https://sso.example.gov.cn/realms/scq', OIDC_CLIENT_ID: 'scq-gateway', OIDC_REDIRECT_URI: 'https://scq.example.gov.cn/api/auth/oidc/callback', OIDC_CLAIM_RULES: RULES };

describe('single sign-on configuration', () => {
  it('is off without OIDC_ISSUER', () => {
    expect(oidcConfigFromEnv({})).toBeNull();
    expect(gatewayAuthConfigFromEnv({}).oidc).toBeNull();
  });

  it('reads the client, the default scopes and provider name, and the claim rules written canonically', () => {
    const config = oidcConfigFromEnv({ ...ENV, OIDC_CLIENT_SECRET: 'client secret' });
    expect(config).toMatchObject({ issuer: ENV.OIDC_ISSUER, clientId: 'scq-gateway', clientSecret: 'client secret', scopes: 'openid profile email', providerName: { zh: '统一身份认证', en: 'single sign-on' } });
    expect(config?.claimRules.rules[0]?.unit).toBe('市交通运输委');
    expect(oidcConfigFromEnv({ ...ENV, OIDC_PROVIDER_NAME: '重庆市统一身份认证平台|Chongqing ID', OIDC_SCOPES: 'openid groups' })).toMatchObject({ clientSecret: null, scopes: 'openid groups', providerName: { zh: '重庆市统一身份认证平台', en: 'Chongqing ID' } });
  });

  it('reads the client secret and the claim rules from files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'scq-oidc-'));
    try {
      writeFileSync(join(dir, 'secret'), 'from a file\n');
      writeFileSync(join(dir, 'rules.json'), RULES);
      const config = oidcConfigFromEnv({ ...ENV, OIDC_CLAIM_RULES: '', OIDC_CLIENT_SECRET_FILE: join(dir, 'secret'), OIDC_CLAIM_RULES_FILE: join(dir, 'rules.json') });
      expect(config).toMatchObject({ clientSecret: 'from a file', claimRules: { rules: [{ unit: '市交通运输委' }] } });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it.each([
    ['no client id', { OIDC_CLIENT_ID: '' }, /OIDC_CLIENT_ID is required/],
    ['no redirect URI', { OIDC_REDIRECT_URI: '' }, /OIDC_REDIRECT_URI is required/],
    ['a redirect URI that is not the callback', { OIDC_REDIRECT_URI: 'https://scq.example.gov.cn/' }, /must end with \/api\/auth\/oidc\/callback/],
    ['no claim rules', { OIDC_CLAIM_RULES: '' }, /OIDC_CLAIM_RULES_FILE or OIDC_CLAIM_RULES is required/],
    ['a rule naming an unknown unit', { OIDC_CLAIM_RULES: '{"rules":[{"claim":"groups","includes":"x","roles":["officer"],"unit":"市魔法局"}]}' }, /OIDC_CLAIM_RULES rule 1 \(groups\): unknown unit "市魔法局"/],
    ['an http issuer in production', { NODE_ENV: 'production', OIDC_ISSUER: 'http://sso.example.gov.cn' }, /OIDC_ISSUER must be an https URL when NODE_ENV=production/],
    ['an http redirect URI in production', { NODE_ENV: 'production', OIDC_REDIRECT_URI: 'http://scq.example.gov.cn/api/auth/oidc/callback' }, /OIDC_REDIRECT_URI must be an https URL/],
    ['an issuer that is no URL', { OIDC_ISSUER: 'sso' }, /OIDC_ISSUER must be a URL/],
  ])('refuses to start with %s', (_what, change, message) => {
    expect(() => oidcConfigFromEnv({ ...ENV, ...change })).toThrow(StartupConfigError);
    expect(() => oidcConfigFromEnv({ ...ENV, ...change })).toThrow(message);
  });

  it('accepts http on loopback names in production (the compose file’s example Keycloak)', () => {
    const config = oidcConfigFromEnv({ ...ENV, NODE_ENV: 'production', OIDC_ISSUER: 'http://keycloak.localhost:8080/realms/scq', OIDC_REDIRECT_URI: 'http://localhost:3000/api/auth/oidc/callback' });
    expect(config?.issuer).toBe('http://keycloak.localhost:8080/realms/scq');
    expect(() => oidcConfigFromEnv({ ...ENV, NODE_ENV: 'production', OIDC_ISSUER: 'http://localhost.example.com/realms/scq' })).toThrow(/https/);
  });

  it('accepts http outside production (a local provider)', () => {
    expect(oidcConfigFromEnv({ ...ENV, OIDC_ISSUER: 'http://127.0.0.1:8080/realms/scq', OIDC_REDIRECT_URI: 'http://localhost:3000/api/auth/oidc/callback' })?.issuer).toBe('http://127.0.0.1:8080/realms/scq');
  });
});
