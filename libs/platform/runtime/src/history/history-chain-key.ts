import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { chainKey, HistoryChainKeys, type ChainKey } from '@scq/platform-lifecycle';
import { envField } from '../config/env-fields';
import { keptInFile, readMountedFile, StartupConfigError } from '../secrets/secret-files';
import { SECRET_MIN_LENGTH, secretProblem } from '../secrets/secret-strength';
import { z } from 'zod';

/** The variables of the lifecycle history chain (services that run lifecycle instances). */
export const historyChainEnvSchema = z.object({
  HISTORY_CHAIN_KEY_FILE: envField.text(),
  HISTORY_CHAIN_KEY: envField.text(),
  HISTORY_CHAIN_KEY_ID: envField.text(),
  HISTORY_CHAIN_PREVIOUS_KEYS_FILE: envField.text(),
  HISTORY_CHAIN_PREVIOUS_KEYS: envField.text(),
  HISTORY_ANCHOR_INTERVAL_SECONDS: envField.wholeNumber('a whole number of seconds (0: only on demand and at shutdown)'),
});

export interface HistoryChainKeyOptions {
  /** Outside production without a key: keep one in this file (default `DATA_DIR/history-chain.key` when DATA_DIR is set). */
  keyFile?: string;
  /** Told when the key lives only as long as this process. */
  warn?: (message: string) => void;
}

/**
 * The key history links are made with, from outside the database: `HISTORY_CHAIN_KEY_FILE` (a mounted secret) or
 * `HISTORY_CHAIN_KEY`, required with `NODE_ENV=production` (at least 32 characters, no placeholder); elsewhere a key
 * kept in the data folder, or one for this process only. Earlier keys that still verify old links come from
 * `HISTORY_CHAIN_PREVIOUS_KEYS_FILE` or `HISTORY_CHAIN_PREVIOUS_KEYS` (`[id:]key`, separated by commas or new lines).
 */
export function historyChainKeysFromEnv(env: NodeJS.ProcessEnv, options: HistoryChainKeyOptions = {}): HistoryChainKeys {
  const file = env.HISTORY_CHAIN_KEY_FILE?.trim();
  const given = (file && readMountedFile('HISTORY_CHAIN_KEY_FILE', file)) || env.HISTORY_CHAIN_KEY?.trim() || undefined;
  if (env.NODE_ENV === 'production') {
    if (!given) {
      throw new StartupConfigError(
        '缺少历史链密钥 HISTORY_CHAIN_KEY_FILE (or HISTORY_CHAIN_KEY) is required when NODE_ENV=production: a long random secret kept outside the database (e.g. `openssl rand -base64 48`), which links every lifecycle history row; the service refuses to start without it',
      );
    }
    const problem = secretProblem(given);
    if (problem) throw new StartupConfigError(`历史链密钥不安全 HISTORY_CHAIN_KEY ${problem}: set a long random value (e.g. \`openssl rand -base64 48\`); the service refuses to start with it`);
  }
  const keyFile = options.keyFile ?? (env.DATA_DIR?.trim() ? join(env.DATA_DIR.trim(), 'history-chain.key') : undefined);
  let secret = given;
  if (!secret && keyFile) secret = keptInFile(keyFile, newSecret, (text) => (text.length >= SECRET_MIN_LENGTH ? text : undefined));
  if (!secret) {
    secret = newSecret();
    options.warn?.('历史链密钥仅用于本进程 HISTORY_CHAIN_KEY is not set and there is no DATA_DIR: history links are made with a key for this process only, so after a restart earlier rows show as unknown-key in audits');
  }
  return new HistoryChainKeys(chainKey(secret, env.HISTORY_CHAIN_KEY_ID), previousKeys(env));
}

function previousKeys(env: NodeJS.ProcessEnv): ChainKey[] {
  const file = env.HISTORY_CHAIN_PREVIOUS_KEYS_FILE?.trim();
  const text = (file && readMountedFile('HISTORY_CHAIN_PREVIOUS_KEYS_FILE', file)) || env.HISTORY_CHAIN_PREVIOUS_KEYS || '';
  return text
    .split(/[\s,]+/)
    .filter(Boolean)
    .map((item) => {
      const separator = item.indexOf(':');
      return separator > 0 ? chainKey(item.slice(separator + 1), item.slice(0, separator)) : chainKey(item);
    });
}

function newSecret(): string {
  return randomBytes(48).toString('base64');
}
