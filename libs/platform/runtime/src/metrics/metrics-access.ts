import type { MetricsAccess } from '@scq/platform-observability';
import { readMountedFile, StartupConfigError } from '../secrets/secret-files';
import { secretProblem } from '../secrets/secret-strength';

/**
 * Who may read `GET /metrics`, from `METRICS_TOKEN` or `METRICS_TOKEN_FILE` (a mounted secret). With NODE_ENV=production
 * a token must be strong (32+ characters, no placeholder) or the process refuses to start; without one, production
 * serves no metrics at all (no default token exists), and other runs serve them to loopback callers only.
 */
export function metricsAccessFromEnv(env: NodeJS.ProcessEnv): MetricsAccess {
  const production = env.NODE_ENV === 'production';
  const file = env.METRICS_TOKEN_FILE?.trim();
  const token = (file ? readMountedFile('METRICS_TOKEN_FILE', file) : env.METRICS_TOKEN?.trim()) || null;
  if (token && production) {
    const problem = secretProblem(token);
    if (problem) throw new StartupConfigError(`${file ? 'METRICS_TOKEN_FILE' : 'METRICS_TOKEN'} ${problem}: with NODE_ENV=production the metrics token must be a random secret`);
  }
  return { token, production };
}
