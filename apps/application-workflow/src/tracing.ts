import { startTracing } from '@scq/platform-tracing';

// First import of main.ts: OpenTelemetry (when the OTEL_* variables turn it on) must patch http, express, Nest, pg,
// kafkajs and ioredis before anything requires them. OTEL_SERVICE_NAME overrides the name.
startTracing('application-workflow');
