import { GENESIS_HASH, historyLink, legacyHistoryHash, type ChainKey, type HistoryFacts } from '../history-chain';
import type { LifecycleInstance } from '../lifecycle-instance';
import { SqlLifecycleStore } from '../sql-lifecycle.store';
import { quoteIdentifier, type SqlExecutor } from '@scq/platform-persistence';

export interface Forgery {
  /** The row to change; every row after it is relinked. */
  sequence: number;
  change: (facts: HistoryFacts) => HistoryFacts;
  /** How the writer relinks: plain SHA-256 as links were made before keys (no key needed), or HMAC with a key they hold. */
  relink: 'plain-sha256' | ChainKey;
}

/**
 * What a database writer with owner rights can do to a lifecycle history: switch the append-only guard off, rewrite a
 * row, recompute the links of it and every row after it, and move the instance's head, so the chain is self-consistent.
 */
export async function forgeHistory(db: SqlExecutor, schema: string, instanceId: string, forgery: Forgery): Promise<void> {
  const s = quoteIdentifier(schema);
  const history = await new SqlLifecycleStore(schema).historyOf(db, instanceId);
  let previous = forgery.sequence === 0 ? GENESIS_HASH : history[forgery.sequence - 1].hash;
  await db.query(`ALTER TABLE ${s}.lifecycle_history DISABLE TRIGGER lifecycle_history_append_only`);
  try {
    for (const { previousHash: _previous, hash: _hash, ...stored } of history.slice(forgery.sequence)) {
      const facts = stored.sequence === forgery.sequence ? forgery.change(stored) : stored;
      const relinked = forgery.relink === 'plain-sha256' ? facts : { ...facts, keyId: forgery.relink.id };
      const link = forgery.relink === 'plain-sha256' ? legacyHistoryHash(previous, relinked) : historyLink(forgery.relink, previous, relinked);
      await db.query(
        `UPDATE ${s}.lifecycle_history SET actor = $3::jsonb, reason = $4, event = $5::jsonb, subject = $6::jsonb, key_id = $7, previous_hash = $8, hash = $9 WHERE instance_id = $1 AND sequence = $2`,
        [instanceId, relinked.sequence, JSON.stringify(relinked.actor), relinked.reason, JSON.stringify(relinked.event), relinked.subject === null ? null : JSON.stringify(relinked.subject), relinked.keyId, previous, link],
      );
      previous = link;
    }
    await db.query(`UPDATE ${s}.lifecycle_instance SET history_head = $2 WHERE id = $1`, [instanceId, previous]);
  } finally {
    await db.query(`ALTER TABLE ${s}.lifecycle_history ENABLE TRIGGER lifecycle_history_append_only`);
  }
}

/**
 * Rolls an instance back to an earlier copy of its row: the history rows after it deleted, the instance's stage, state,
 * version, head and length put back — a shorter chain that is consistent in itself and replays to the stored state.
 */
export async function truncateHistory(db: SqlExecutor, schema: string, earlier: LifecycleInstance<unknown>): Promise<void> {
  const s = quoteIdentifier(schema);
  await db.query(`ALTER TABLE ${s}.lifecycle_history DISABLE TRIGGER lifecycle_history_append_only`);
  try {
    await db.query(`DELETE FROM ${s}.lifecycle_history WHERE instance_id = $1 AND sequence >= $2`, [earlier.id, earlier.historyLength]);
    await db.query(`UPDATE ${s}.lifecycle_instance SET machine_version = $2, stage = $3, snapshot = $4::jsonb, version = $5, history_length = $6, history_head = $7 WHERE id = $1`, [
      earlier.id,
      earlier.machineVersion,
      earlier.stage,
      JSON.stringify(earlier.snapshot),
      earlier.version,
      earlier.historyLength,
      earlier.historyHead,
    ]);
  } finally {
    await db.query(`ALTER TABLE ${s}.lifecycle_history ENABLE TRIGGER lifecycle_history_append_only`);
  }
}
