import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { metricsAccessFromEnv } from './metrics-access';

describe('metricsAccessFromEnv', () => {
  const strong = 'Zq8vT2mK9xLw4RbN7cYh3JpF6sDg1EaU';

  it('reads METRICS_TOKEN, or METRICS_TOKEN_FILE (a mounted secret)', () => {
    expect(metricsAccessFromEnv({ METRICS_TOKEN: ` ${strong} ` })).toEqual({ token: strong, production: false });
    const file = join(mkdtempSync(join(tmpdir(), 'scq-metrics-')), 'token');
    writeFileSync(file, `${strong}\n`);
    expect(metricsAccessFromEnv({ NODE_ENV: 'production', METRICS_TOKEN_FILE: file })).toEqual({ token: strong, production: true });
    expect(() => metricsAccessFromEnv({ METRICS_TOKEN_FILE: join(tmpdir(), 'no-such-metrics-token') })).toThrow(/METRICS_TOKEN_FILE .* cannot be read/);
  });

  it('has no default token: none set means no token (production then serves no metrics)', () => {
    expect(metricsAccessFromEnv({ NODE_ENV: 'production' })).toEqual({ token: null, production: true });
    expect(metricsAccessFromEnv({ METRICS_TOKEN: '  ' })).toEqual({ token: null, production: false });
  });

  it('refuses a weak or placeholder token in production', () => {
    expect(() => metricsAccessFromEnv({ NODE_ENV: 'production', METRICS_TOKEN: 'short' })).toThrow(/METRICS_TOKEN is 5 characters/);
    expect(() => metricsAccessFromEnv({ NODE_ENV: 'production', METRICS_TOKEN: 'change-me-change-me-change-me-change-me' })).toThrow(/placeholder/);
    expect(metricsAccessFromEnv({ METRICS_TOKEN: 'short' }).token).toBe('short');
  });
});
