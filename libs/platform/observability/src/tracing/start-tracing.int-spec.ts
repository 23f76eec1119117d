import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { ExportedSpanLine } from './json-lines-span.exporter';

const WORKSPACE = join(__dirname, '..', '..', '..', '..', '..');
const run = promisify(execFile);

/**
 * A process started the way every app starts (its `src/tracing.ts` first, then the instrumented modules): with no OTEL_*
 * variable no OpenTelemetry SDK or instrumentation module is even loaded; with the test exporter, http is traced.
 */
const PROBE = `
require('./apps/scenario-registry/src/tracing.ts');
const http = require('node:http');
const { trace } = require('@opentelemetry/api');
const server = http.createServer((req, res) => res.end('ok')).listen(0, '127.0.0.1', () => {
  http.get('http://127.0.0.1:' + server.address().port + '/probe', (res) => {
    res.resume();
    res.on('end', async () => {
      server.close();
      await require('./libs/platform/observability/src/tracing/index.ts').shutdownTracing();
      const loaded = Object.keys(require.cache).filter((path) => /@opentelemetry[\\\\/](sdk-|instrumentation)/.test(path));
      console.log(JSON.stringify({ loaded: loaded.length, recording: trace.getTracer('probe').startSpan('probe').isRecording() }));
    });
  });
});`;

async function probe(env: Record<string, string>): Promise<{ loaded: number; recording: boolean }> {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('OTEL_') && name !== 'NODE_OPTIONS'));
  const { stdout } = await run(process.execPath, ['-r', join(WORKSPACE, 'tools', 'register.js'), '-e', PROBE], { cwd: WORKSPACE, env: { ...clean, ...env } });
  return JSON.parse(stdout.trim().split('\n').pop()!) as { loaded: number; recording: boolean };
}

describe('starting a process with and without tracing', () => {
  const dir = mkdtempSync(join(tmpdir(), 'scq-tracing-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('loads no SDK and no instrumentation when the OTEL_* variables are unset', async () => {
    expect(await probe({})).toEqual({ loaded: 0, recording: false });
  });

  it('starts the SDK, instruments http and exports the spans when they are set', async () => {
    const file = join(dir, 'spans.jsonl');
    const result = await probe({ OTEL_TRACES_EXPORTER: 'scq-test-spans-file', SCQ_TEST_SPANS_FILE: file });
    expect(result.loaded).toBeGreaterThan(0);
    expect(result.recording).toBe(true);
    const spans = readFileSync(file, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as ExportedSpanLine);
    const server = spans.find((span) => span.kind === 1);
    const client = spans.find((span) => span.kind === 2);
    expect(server).toMatchObject({ service: 'scenario-registry', traceId: client?.traceId, parentSpanId: client?.spanId });
  });
});
