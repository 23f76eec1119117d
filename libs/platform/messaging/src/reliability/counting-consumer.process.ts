import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';

/** What the parent tells the consumer child process (as JSON in the environment variable below). */
export interface CountingConsumerConfig {
  databaseUrl: string;
  /** The consumer service's schema: inbox, outbox and the `applied` log table (already migrated by the parent). */
  schema: string;
  brokers: string[];
  /** The Kafka topic and group prefix of this run. */
  prefix: string;
  /** The EventConsumer's name: its Kafka group id and its inbox key. */
  consumer: string;
  /** How long the handler holds its transaction open after writing the applied row (a slow consumer). */
  delayMs: number;
  sessionTimeoutMs: number;
}

export const COUNTING_CONSUMER_CONFIG_ENV = 'SCQ_COUNTING_CONSUMER_CONFIG';

/** One line of the child's stdout. */
export type CountingConsumerReport =
  | { type: 'ready'; pid: number }
  | { type: 'delivery'; eventId: string | null; partition: number | null; offset: string | null; fresh: boolean; error?: string };

export type Delivery = Extract<CountingConsumerReport, { type: 'delivery' }>;

export interface CountingConsumerProcess {
  readonly pid: number;
  /** Resolves once the consumer joined its group; rejects if the process ends before. */
  readonly ready: Promise<void>;
  /** Every delivery the child reported, in order (the one in flight at a SIGKILL is never reported). */
  readonly deliveries: Delivery[];
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  isRunning(): boolean;
  kill(signal: NodeJS.Signals): void;
  /** A graceful stop (SIGTERM: leave the group, close), SIGKILL if it does not end in time. */
  stop(timeoutMs?: number): Promise<void>;
  stderrTail(): string;
}

const REPO_ROOT = resolve(__dirname, '../../../../..');
const FIXTURE = join(__dirname, 'counting-consumer.fixture.ts');

/** Starts the consumer fixture as a separate Node process: `node -r ./tools/register.js counting-consumer.fixture.ts`. */
export function startCountingConsumer(config: CountingConsumerConfig): CountingConsumerProcess {
  const env: NodeJS.ProcessEnv = { ...process.env, [COUNTING_CONSUMER_CONFIG_ENV]: JSON.stringify(config) };
  // The jest run's --experimental-vm-modules is not needed by the child.
  delete env.NODE_OPTIONS;
  const child = spawn(process.execPath, ['-r', './tools/register.js', FIXTURE], { cwd: REPO_ROOT, env, stdio: ['pipe', 'pipe', 'pipe'] });
  if (child.pid === undefined) throw new Error('could not start the consumer fixture');
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-8000);
  });
  // 'close', not 'exit': it comes after stdout was read to the end, so every reported delivery is counted.
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) => child.once('close', (code, signal) => done({ code, signal })));
  const deliveries: Delivery[] = [];
  let running = true;
  void exited.then(() => (running = false));

  const ready = new Promise<void>((resolveReady, rejectReady) => {
    createInterface({ input: child.stdout }).on('line', (line) => {
      let report: CountingConsumerReport;
      try {
        report = JSON.parse(line) as CountingConsumerReport;
      } catch {
        return; // not a report (a stray log line)
      }
      if (report.type === 'ready') resolveReady();
      else deliveries.push(report);
    });
    void exited.then(({ code, signal }) => rejectReady(new Error(`consumer fixture ended (code ${code}, signal ${signal}) before it was ready:\n${stderr}`)));
  });
  ready.catch(() => undefined); // observed by whoever awaits it

  return {
    pid: child.pid,
    ready,
    deliveries,
    exited,
    isRunning: () => running,
    kill: (signal) => void child.kill(signal),
    stop: async (timeoutMs = 10_000) => {
      if (!running) return;
      const killer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
      child.kill('SIGTERM');
      await exited;
      clearTimeout(killer);
    },
    stderrTail: () => stderr,
  };
}
