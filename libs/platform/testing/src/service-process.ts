import { slowTimeout } from './slow-timeout';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const WORKSPACE = join(__dirname, '..', '..', '..', '..');

export interface ServiceProcess {
  app: string;
  url: string;
  child: ChildProcess;
  /** Everything the process printed so far (JSON log lines). */
  output(): string;
  /**
   * Waits until the process logs that its event consumers joined their groups (`<name> consumers joined`). "Listening"
   * no longer means joined (a Kafka join takes seconds, events wait in Kafka meanwhile): a test that must not count
   * the join inside its own waits, or that watches a group's members, waits for this first.
   */
  consumersJoined(timeoutMs?: number): Promise<void>;
  /** Graceful stop (SIGINT); resolves with the exit code. */
  stop(): Promise<number | null>;
  /** kill -9: no shutdown hooks, no goodbyes. */
  kill(): Promise<void>;
}

function compiledForThisRun(app: string): string | undefined {
  const main = process.env.SCQ_SERVICE_BUILD ? join(process.env.SCQ_SERVICE_BUILD, app, 'main.js') : undefined;
  return main && existsSync(main) ? main : undefined;
}

export interface ServiceProcessOptions {
  /** A compiled entry (`dist/apps/<app>/main.js`, tools/build/build-services.js) to run instead of the sources. */
  main?: string;
  /** Flags for node itself, before the entry (bench:http's `--cpu-prof`). */
  nodeArgs?: string[];
}

/**
 * Starts one app of the monorepo as its own process on a free port and waits until it listens: `node <options.main>`
 * for a given compiled entry; else the app compiled for this jest run when there is one (SCQ_SERVICE_BUILD, built by
 * tools/jest/e2e-builds.setup.js); else its sources through SWC (`node -r tools/register.js apps/<app>/src/main.ts`).
 */
export async function startServiceProcess(app: string, env: Record<string, string>, timeoutMs = slowTimeout(0.5), options: ServiceProcessOptions = {}): Promise<ServiceProcess> {
  const main = options.main ?? compiledForThisRun(app);
  const entry = main ? [main] : ['-r', join(WORKSPACE, 'tools', 'register.js'), join(WORKSPACE, 'apps', app, 'src', 'main.ts')];
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), ...entry], {
    cwd: WORKSPACE,
    env: { ...process.env, PORT: '0', LOG_LEVEL: 'info', ...env, NODE_OPTIONS: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  /** Resolves once `line` is in the output; fails at once on `failure` or an exit, else after `waitMs`. */
  const waitForLine = async (line: RegExp, failure: RegExp, waitMs: number): Promise<void> => {
    const deadline = Date.now() + waitMs;
    while (!line.test(output)) {
      if (failure.test(output)) throw new Error(`${app}: ${output.slice(-3000)}`);
      if (child.exitCode !== null || child.signalCode !== null) throw new Error(`${app} exited before ${line}:\n${output.slice(-3000)}`);
      if (Date.now() > deadline) throw new Error(`${app}: no ${line} within ${waitMs} ms:\n${output.slice(-3000)}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };

  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => finish(new Error(`${app} did not start within ${timeoutMs} ms:\n${output.slice(-3000)}`)), timeoutMs);
    const poll = setInterval(() => {
      const match = /"url":"(http:\/\/[^"]+)","msg":"[\w-]+ listening"/.exec(output);
      if (match) finish(null, match[1]);
    }, 50);
    child.once('exit', (code) => finish(new Error(`${app} exited with ${code} before listening:\n${output.slice(-3000)}`)));
    function finish(error: Error | null, value?: string) {
      clearTimeout(timer);
      clearInterval(poll);
      if (error || value === undefined) reject(error ?? new Error('no url'));
      else resolve(value);
    }
  }).catch(async (error) => {
    child.kill('SIGKILL');
    throw error;
  });

  return {
    app,
    url,
    child,
    output: () => output,
    consumersJoined: (joinTimeoutMs = slowTimeout(0.5)) => waitForLine(/"msg":"[\w-]+ consumers joined"/, /"msg":"[\w-]+: an event consumer did not join its group"/, joinTimeoutMs),
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGINT');
      const killer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      const code = await exited;
      clearTimeout(killer);
      return code;
    },
    kill: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
    },
  };
}

/** Polls until `probe` returns a value (not undefined), or fails with the last observation. */
export async function eventually<T>(probe: () => Promise<T | undefined>, timeoutMs = 20_000, intervalMs = 25): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch (error) {
      last = error;
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
  throw new Error(`condition not met within ${timeoutMs} ms${last ? `: ${String(last)}` : ''}`);
}
