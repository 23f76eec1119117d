// The process-start side of tracing (`@scq/platform-tracing`): imported first by each app, before anything instrumented.
export * from './start-tracing';
export * from './tracing-settings';
export type { ExportedSpanLine } from './json-lines-span.exporter';
