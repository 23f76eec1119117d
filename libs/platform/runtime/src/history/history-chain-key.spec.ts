import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chainKey } from '@scq/platform-lifecycle';
import { StartupConfigError } from '../secrets/secret-files';
import { historyChainKeysFromEnv } from './history-chain-key';

const STRONG = 'Zq3v9LmN2xR7tY1uB8cD4eF6gH0jK5pS';

describe('the history chain key from the environment', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'history-chain-key-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it.each([
    ['missing', {}],
    ['short', { HISTORY_CHAIN_KEY: 'too-short' }],
    ['a placeholder', { HISTORY_CHAIN_KEY: 'CHANGE_ME_HISTORY_CHAIN_KEY_0123456789abcdef' }],
    ['repetitive', { HISTORY_CHAIN_KEY: 'a'.repeat(40) }],
  ])('refuses to start with NODE_ENV=production when the key is %s, even with a data folder', (_what, env) => {
    expect(() => historyChainKeysFromEnv({ NODE_ENV: 'production', DATA_DIR: dir, ...env })).toThrow(StartupConfigError);
    expect(() => historyChainKeysFromEnv({ NODE_ENV: 'production', DATA_DIR: dir, ...env })).toThrow(/HISTORY_CHAIN_KEY/);
  });

  it('takes a mounted key file in production, named by its hash or HISTORY_CHAIN_KEY_ID', () => {
    writeFileSync(join(dir, 'key'), `${STRONG}\n`);
    expect(historyChainKeysFromEnv({ NODE_ENV: 'production', HISTORY_CHAIN_KEY_FILE: join(dir, 'key') }).current).toEqual(chainKey(STRONG));
    expect(historyChainKeysFromEnv({ NODE_ENV: 'production', HISTORY_CHAIN_KEY: STRONG, HISTORY_CHAIN_KEY_ID: 'k2026' }).current).toEqual({ id: 'k2026', secret: STRONG });
    expect(() => historyChainKeysFromEnv({ NODE_ENV: 'production', HISTORY_CHAIN_KEY_FILE: join(dir, 'nope') })).toThrow(/HISTORY_CHAIN_KEY_FILE .* cannot be read/);
  });

  it('keeps a generated key in DATA_DIR/history-chain.key (mode 600) outside production, the same after a restart', () => {
    const first = historyChainKeysFromEnv({ DATA_DIR: dir });
    const file = join(dir, 'history-chain.key');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readFileSync(file, 'utf8').trim()).toBe(first.current.secret);
    expect(historyChainKeysFromEnv({ DATA_DIR: dir }).current).toEqual(first.current);
  });

  it('makes a key for this process only, with a warning, without DATA_DIR', () => {
    const warnings: string[] = [];
    const keys = historyChainKeysFromEnv({}, { warn: (message) => warnings.push(message) });
    expect(keys.current.secret.length).toBeGreaterThanOrEqual(32);
    expect(warnings).toEqual([expect.stringContaining('this process only')]);
  });

  it('verifies with the previous keys given, by id or by their hash', () => {
    const keys = historyChainKeysFromEnv({ HISTORY_CHAIN_KEY: STRONG, HISTORY_CHAIN_PREVIOUS_KEYS: 'old-1:the-first-key-of-2025-aaaaaaaaaaaa, the-second-key-of-2025-bbbbbbbbbbb' });
    expect(keys.find('old-1')?.secret).toBe('the-first-key-of-2025-aaaaaaaaaaaa');
    expect(keys.find(chainKey('the-second-key-of-2025-bbbbbbbbbbb').id)).toBeDefined();
    expect(keys.find(chainKey(STRONG).id)).toBe(keys.current);
  });
});
