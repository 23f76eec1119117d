import type { Database } from '@scq/platform-persistence';
import type { HistoryAnchor } from './history-anchor';
import type { LifecycleRunner } from './lifecycle.runner';

export interface AnchorLog {
  info(fields: object, message: string): void;
}

/**
 * Anchors the heads of the instances changed since the last anchor, and writes the anchor to the log as one line: the
 * copy outside the database an operator ships to their log store, to compare with `lifecycle_anchor` (docs/architecture.md).
 */
export async function anchorHistory(db: Database, runner: Pick<LifecycleRunner, 'store' | 'keys'>, log: AnchorLog, now: Date = new Date()): Promise<HistoryAnchor | null> {
  const made = await runner.store.anchors.anchor(db, runner.keys, now);
  if (made) log.info({ historyAnchor: { schema: runner.store.schema, ...made.anchor } }, 'lifecycle history anchored');
  return made?.anchor ?? null;
}
