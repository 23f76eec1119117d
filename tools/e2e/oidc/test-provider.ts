import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';

export interface TestProvider {
  issuer: string;
  /** Replaces an account's claims (the provider changed the person's groups). */
  setClaims(login: string, claims: Record<string, unknown>): Promise<void>;
  stop(): Promise<void>;
}

/** Starts `provider-process.mjs` (oidc-provider, an ES module) as a child process and waits for its issuer URL. */
export async function startTestProvider(options: { redirectUri: string; clientId: string; clientSecret: string; accounts: Record<string, Record<string, unknown>> }): Promise<TestProvider> {
  const child = spawn(process.execPath, [join(__dirname, 'provider-process.mjs')], {
    env: {
      ...process.env,
      NODE_OPTIONS: '',
      OIDC_TEST_REDIRECT_URI: options.redirectUri,
      OIDC_TEST_CLIENT_ID: options.clientId,
      OIDC_TEST_CLIENT_SECRET: options.clientSecret,
      OIDC_TEST_ACCOUNTS: JSON.stringify(options.accounts),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const issuer = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the test OpenID provider did not start:\n${output}`)), 30_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /\{"issuer":"([^"]+)"\}/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the test OpenID provider exited with ${code}:\n${output}`));
    });
  });
  return {
    issuer,
    async setClaims(login, claims) {
      const response = await fetch(`${issuer}/test/accounts/${encodeURIComponent(login)}`, { method: 'PUT', body: JSON.stringify(claims) });
      if (response.status !== 204) throw new Error(`setting claims of ${login}: ${response.status}`);
    },
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

/** A TCP port free right now on 127.0.0.1 (the gateway's callback URL must be registered before it starts). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}
