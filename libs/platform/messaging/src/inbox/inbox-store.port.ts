import type { SqlExecutor } from '@scq/platform-persistence';

export interface InboxEntry {
  messageId: string;
  consumer: string;
  topic: string;
  eventType: string | null;
  status: 'processed' | 'dead-lettered';
}

/** What each consumer has already taken: the guard that makes redelivery harmless. */
export interface InboxStore {
  /** Records the entry in the handler's transaction; false when this consumer already has the message. */
  record(tx: SqlExecutor, entry: InboxEntry): Promise<boolean>;
  status(db: SqlExecutor, messageId: string, consumer: string): Promise<InboxEntry['status'] | null>;
  /** Forgets a dead-lettered message (never a processed one), so a replay is handled; true if it was dead-lettered. */
  forgetDeadLetter(tx: SqlExecutor, messageId: string, consumer: string): Promise<boolean>;
}
