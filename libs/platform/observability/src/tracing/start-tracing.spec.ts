import { shutdownTracing, startTracing } from './start-tracing';
import { TEST_SPANS_EXPORTER, tracingSettingsFromEnv } from './tracing-settings';

describe('tracing from the OTEL_* variables', () => {
  afterEach(() => shutdownTracing());

  it('starts no SDK (the loader is never called) when no OTEL_* variable turns tracing on', () => {
    const load = jest.fn(() => ({ shutdown: () => Promise.resolve() }));
    for (const env of [{}, { OTEL_SERVICE_NAME: 'named' }, { OTEL_TRACES_EXPORTER: 'none', OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318' }, { OTEL_SDK_DISABLED: 'true', OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318' }]) {
      expect(startTracing('scenario-registry', env, load)).toBeNull();
    }
    expect(load).not.toHaveBeenCalled();
  });

  it('starts it once when an OTLP endpoint or an exporter is named, under the app’s name unless OTEL_SERVICE_NAME says otherwise', async () => {
    const load = jest.fn(() => ({ shutdown: () => Promise.resolve() }));
    expect(startTracing('scenario-registry', { OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318' }, load)).toMatchObject({ serviceName: 'scenario-registry' });
    startTracing('scenario-registry', { OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318' }, load);
    expect(load).toHaveBeenCalledTimes(1);
    await shutdownTracing();
    expect(tracingSettingsFromEnv('gateway', { OTEL_TRACES_EXPORTER: 'otlp', OTEL_SERVICE_NAME: 'scq-gateway' })).toEqual({ serviceName: 'scq-gateway' });
    expect(tracingSettingsFromEnv('gateway', { OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'http://collector:4318/v1/traces' })).toEqual({ serviceName: 'gateway' });
  });

  it('takes the test-only span file exporter only with its file, and never in production', () => {
    expect(tracingSettingsFromEnv('gateway', { OTEL_TRACES_EXPORTER: TEST_SPANS_EXPORTER, SCQ_TEST_SPANS_FILE: '/tmp/spans.jsonl' })).toEqual({ serviceName: 'gateway', testSpansFile: '/tmp/spans.jsonl' });
    expect(() => tracingSettingsFromEnv('gateway', { OTEL_TRACES_EXPORTER: TEST_SPANS_EXPORTER })).toThrow('SCQ_TEST_SPANS_FILE');
    expect(() => tracingSettingsFromEnv('gateway', { OTEL_TRACES_EXPORTER: TEST_SPANS_EXPORTER, SCQ_TEST_SPANS_FILE: '/tmp/x', NODE_ENV: 'production' })).toThrow('tests only');
  });
});
