/** The test-only exporter: finished spans as JSON lines in the file named by SCQ_TEST_SPANS_FILE (see below). */
export const TEST_SPANS_EXPORTER = 'scq-test-spans-file';

export interface TracingSettings {
  serviceName: string;
  /** Set only for the test-only exporter: the file each finished span is appended to as one JSON line. */
  testSpansFile?: string;
}

/**
 * Whether this process traces, from the standard variables alone: on when OTEL_EXPORTER_OTLP_ENDPOINT (or
 * OTEL_EXPORTER_OTLP_TRACES_ENDPOINT) or OTEL_TRACES_EXPORTER names an exporter; off when none is set, when
 * OTEL_TRACES_EXPORTER=none or OTEL_SDK_DISABLED=true. Off means null: no SDK is loaded at all.
 */
export function tracingSettingsFromEnv(defaultServiceName: string, env: NodeJS.ProcessEnv): TracingSettings | null {
  if (env.OTEL_SDK_DISABLED?.trim().toLowerCase() === 'true') return null;
  const exporters = (env.OTEL_TRACES_EXPORTER ?? '').split(',').map((name) => name.trim()).filter(Boolean);
  if (exporters.includes('none')) return null;
  const endpoint = env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT?.trim() || env.OTEL_EXPORTER_OTLP_ENDPOINT?.trim();
  if (exporters.length === 0 && !endpoint) return null;
  const serviceName = env.OTEL_SERVICE_NAME?.trim() || defaultServiceName;
  if (!exporters.includes(TEST_SPANS_EXPORTER)) return { serviceName };
  if (env.NODE_ENV === 'production') throw new Error(`OTEL_TRACES_EXPORTER=${TEST_SPANS_EXPORTER} is for tests only and refused when NODE_ENV=production`);
  const file = env.SCQ_TEST_SPANS_FILE?.trim();
  if (!file) throw new Error(`OTEL_TRACES_EXPORTER=${TEST_SPANS_EXPORTER} needs SCQ_TEST_SPANS_FILE (the file the spans are written to)`);
  return { serviceName, testSpansFile: file };
}
