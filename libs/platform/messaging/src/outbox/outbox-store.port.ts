import type { GuardedInsert, SqlExecutor } from '@scq/platform-persistence';

export interface OutboxMessage {
  id: string;
  topic: string;
  key: string;
  eventType: string;
  payload: string;
  headers: Record<string, string>;
  /** The W3C trace context (`traceparent`, `tracestate`) of the work that wrote the row; null or absent when not traced. */
  traceContext?: Record<string, string> | null;
}

export interface ClaimedOutboxMessage extends OutboxMessage {
  seq: string;
  attempts: number;
}

/** Where a service keeps the events it has committed but not yet handed to the bus. */
export interface OutboxStore {
  /** Writes in the caller's transaction, so the events commit or roll back with the state change. */
  append(tx: SqlExecutor, messages: OutboxMessage[]): Promise<void>;
  /**
   * The same rows for another statement to write, only if its guard CTE produced a row (a lifecycle transition's
   * version-checked write: `runner.send(tx, command, { outbox })`); null for no messages.
   */
  guardedAppend(messages: OutboxMessage[]): GuardedInsert | null;
  /**
   * Claims unsent messages for one relay for `leaseMs`, oldest first, skipping any message whose key has
   * an earlier message claimed by a relay still holding it: per-key order survives several relays.
   */
  claim(relayId: string, limit: number, leaseMs: number): Promise<ClaimedOutboxMessage[]>;
  markSent(relayId: string, ids: string[]): Promise<void>;
  /** Gives the claim back after a failed publish, recording the error. */
  release(relayId: string, ids: string[], error: string): Promise<void>;
  unsentCount(): Promise<number>;
}
