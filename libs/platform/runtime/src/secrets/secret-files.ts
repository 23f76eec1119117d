import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** Thrown at start-up when a process cannot run safely with the given environment (a missing, unreadable or weak secret). */
export class StartupConfigError extends Error {}

/** A secret or key mounted as a file (`JWT_SECRET_FILE`, `HISTORY_CHAIN_KEY_FILE`): its text, trimmed; a refusal naming `variable` when it cannot be read. */
export function readMountedFile(variable: string, file: string): string {
  try {
    return readFileSync(file, 'utf8').trim();
  } catch (error) {
    throw new StartupConfigError(`${variable} ${file} cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
}

/**
 * What `file` keeps, as `use` reads it; when the file is missing or holds nothing `use` accepts, a new one from `make`
 * is written (readable by this user only), so that a restart finds the same secret (the embedded mode's data folder).
 */
export function keptInFile<T>(file: string, make: () => string, use: (text: string) => T | undefined): T {
  try {
    const kept = use(readFileSync(file, 'utf8').trim());
    if (kept !== undefined) return kept;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const text = make();
  const made = use(text);
  if (made === undefined) throw new Error(`a new secret for ${file} is not usable`);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${text}\n`, { mode: 0o600 });
  chmodSync(file, 0o600);
  return made;
}
