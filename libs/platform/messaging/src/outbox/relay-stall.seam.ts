import { existsSync } from 'node:fs';

/** How long one batch is held at most, whatever the file says: a forgotten file slows the relay, never stops it. */
const MAX_STALL_MS = 60_000;

/**
 * A fault seam for tests and the lifecycle simulator's `--chaos` (never production): with
 * `SCQ_FAULT_RELAY_STALL_FILE=<path>`, while that file exists the relay holds each batch it has published and not yet
 * marked sent (at most a minute per batch). A process killed meanwhile leaves the batch to be published again by the
 * next relay once its lease ends: the consumers' inboxes must absorb the duplicates. Refused under NODE_ENV=production.
 */
export function relayStallSeam(env: NodeJS.ProcessEnv = process.env, pollMs = 100): ((ids: string[]) => Promise<void>) | undefined {
  const file = env.SCQ_FAULT_RELAY_STALL_FILE?.trim();
  if (!file) return undefined;
  if (env.NODE_ENV === 'production') throw new Error('SCQ_FAULT_RELAY_STALL_FILE is a fault seam for tests and is refused when NODE_ENV=production. Unset it.');
  return async () => {
    const until = Date.now() + MAX_STALL_MS;
    while (existsSync(file) && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, pollMs));
  };
}
