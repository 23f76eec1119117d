import { tracingSettingsFromEnv, type TracingSettings } from './tracing-settings';

export interface RunningTracing {
  serviceName: string;
  /** Flushes the spans not yet exported and stops the SDK. */
  shutdown(): Promise<void>;
}

type SdkLoader = (settings: TracingSettings) => { shutdown(): Promise<void> };

let running: RunningTracing | null = null;

/**
 * Starts OpenTelemetry tracing for this process if the OTEL_* variables ask for it, and does nothing at all otherwise
 * (the SDK and the instrumentations are not even loaded). Must run before the instrumented modules (http, express,
 * Nest, pg, kafkajs, ioredis) are first required: each app's `src/tracing.ts` is the first import of its main.ts.
 */
export function startTracing(defaultServiceName: string, env: NodeJS.ProcessEnv = process.env, load: SdkLoader = requireNodeSdk): RunningTracing | null {
  if (running) return running;
  const settings = tracingSettingsFromEnv(defaultServiceName, env);
  if (!settings) return null;
  const sdk = load(settings);
  running = { serviceName: settings.serviceName, shutdown: () => sdk.shutdown() };
  return running;
}

/** Flushes and stops the SDK if one was started (called once the process has closed, before it exits). */
export async function shutdownTracing(): Promise<void> {
  const current = running;
  running = null;
  await current?.shutdown();
}

function requireNodeSdk(settings: TracingSettings): { shutdown(): Promise<void> } {
  // Required lazily: with tracing off the SDK's modules are never loaded.
  const { startNodeSdk } = require('./node-sdk') as typeof import('./node-sdk');
  return startNodeSdk(settings);
}
