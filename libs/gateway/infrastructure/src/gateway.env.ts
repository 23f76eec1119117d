import { envField } from '@scq/platform-runtime';
import { z } from 'zod';
import { trustProxyProblem } from './trust-proxy';

/** The variables the gateway reads beyond the platform's (docs/gateway.md). */
export const gatewayEnvSchema = z.object({
  JWT_SECRET: envField.text(),
  JWT_SECRET_FILE: envField.text(),
  SERVICE_TOKEN_PRIVATE_KEY: envField.text(),
  SERVICE_TOKEN_PRIVATE_KEY_FILE: envField.text(),
  GATEWAY_TRUST_CLIENT_IDENTITY: envField.flag(),
  DEMO_ACCOUNTS: envField.flag(),
  ADMIN_PASSWORD: envField.text(),
  GATEWAY_API_REQUESTS_PER_MINUTE: envField.wholeNumber('a whole number of requests (0: no limit)'),
  GATEWAY_DATABASE_URL: envField.postgresUrl(),
  REGISTRY_URL: envField.httpUrl(),
  WORKFLOW_URL: envField.httpUrl(),
  EVALUATION_URL: envField.httpUrl(),
  NOTIFICATION_URL: envField.httpUrl(),
  CONSOLE_DIR: envField.text(),
  TRUST_PROXY: envField.text().refine((value) => value === undefined || value.trim() === 'false' || !trustProxyProblem(value.trim()), 'a number of proxy hops, or loopback, linklocal, uniquelocal, IP addresses and CIDR subnets, comma-separated (not true)'),
});
