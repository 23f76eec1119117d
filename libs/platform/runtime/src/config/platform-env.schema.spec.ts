import { ConfigurationError, platformEnvSchema, serviceDatabaseEnv, validateEnvironment } from './platform-env.schema';

describe('validateEnvironment: the environment checked against a process’s schema', () => {
  const schema = platformEnvSchema.extend(serviceDatabaseEnv('scenario-registry').shape);

  it('accepts a sound environment, and empty variables as unset', () => {
    expect(
      validateEnvironment(schema, {
        PORT: '0',
        DATABASE_URL: 'postgres://scq:secret@db:5432/scq',
        KAFKA_BROKERS: 'kafka-1:9092, kafka-2:9092',
        REDIS_URL: 'redis://redis:6379',
        LOG_LEVEL: 'warn',
        SCENARIO_REGISTRY_DATABASE_URL: '',
        UNRELATED: 'anything',
      }),
    ).toMatchObject({ PORT: '0', LOG_LEVEL: 'warn', SCENARIO_REGISTRY_DATABASE_URL: undefined });
  });

  it('stops with one line naming every bad variable, what it expects and what it got', () => {
    let message = '';
    try {
      validateEnvironment(schema, { PORT: 'eighty', DATABASE_URL: 'mysql://db/x', KAFKA_BROKERS: 'kafka', LOG_LEVEL: 'loud', SCENARIO_REGISTRY_DATABASE_URL: 'not a url' });
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigurationError);
      message = (error as Error).message;
    }
    expect(message.split('\n')).toHaveLength(1);
    expect(message).toMatch(/^配置无效 Invalid configuration: /);
    expect(message.match(/PORT must be/g)).toHaveLength(1);
    expect(message).toContain('PORT must be a port number 0–65535 (0: any free port) (got "eighty")');
    expect(message).toContain('DATABASE_URL must be a postgres or postgresql URL, e.g. postgres://user:password@host:5432/database (got "mysql://db/x")');
    expect(message).toContain('KAFKA_BROKERS must be comma-separated host:port');
    expect(message).toContain('LOG_LEVEL must be fatal, error, warn, info, debug, trace, silent (got "loud")');
    expect(message).toContain('SCENARIO_REGISTRY_DATABASE_URL must be a postgres or postgresql URL');
  });

  it('refuses a port out of range', () => {
    expect(() => validateEnvironment(platformEnvSchema, { PORT: '70000' })).toThrow(/PORT must be a port number 0–65535 \(0: any free port\) \(got "70000"\)/);
  });
});
