import type { Logger } from '@scq/platform-observability';
import type { AuditEntry, RecordedRequest } from './audit-entry';
import type { OperationCatalog } from './operation-catalog';
import type { AuditStore } from './audit.store';

export interface AuditLogOptions {
  /** Entries written in one statement at most. */
  batchSize?: number;
  /** How long an entry may wait for others to share its statement. */
  delayMs?: number;
}

/**
 * Writes the audit entries after the answers went out, in batches, so that recording never slows or fails a request.
 * A batch the database refuses is logged, entry by entry, at error level (nothing is lost silently); so is an entry
 * that arrives after `close`, which writes what is pending before the gateway closes its database.
 */
export class AuditLog {
  private pending: RecordedRequest[] = [];
  private timer: NodeJS.Timeout | null = null;
  private writing: Promise<void> = Promise.resolve();
  private closed = false;
  private readonly batchSize: number;
  private readonly delayMs: number;

  constructor(
    private readonly store: AuditStore,
    private readonly catalog: OperationCatalog,
    private readonly logger: Logger,
    options: AuditLogOptions = {},
  ) {
    this.batchSize = options.batchSize ?? 100;
    this.delayMs = options.delayMs ?? 200;
  }

  record(request: RecordedRequest): void {
    if (this.closed) return this.lost([request], new Error('the audit log is closed (the gateway is shutting down)'));
    this.pending.push(request);
    if (this.pending.length >= this.batchSize) void this.flush();
    else this.timer ??= setTimeout(() => void this.flush(), this.delayMs);
  }

  /** Writes everything recorded so far; resolves once it is written (or logged as lost). */
  flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const batches: RecordedRequest[][] = [];
    while (this.pending.length > 0) batches.push(this.pending.splice(0, this.batchSize));
    for (const batch of batches) this.writing = this.writing.then(() => this.write(batch));
    return this.writing;
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.flush();
  }

  private async write(batch: RecordedRequest[]): Promise<void> {
    try {
      await this.catalog.refresh();
      await this.store.append(batch.map((request) => this.entryOf(request)));
    } catch (error) {
      this.lost(batch, error);
    }
  }

  private entryOf({ createdId, ...request }: RecordedRequest): AuditEntry {
    const { operation, targets } = this.catalog.resolve(request.method, request.path);
    return { ...request, operation, targets: createdId && !targets.includes(createdId) ? [...targets, createdId] : targets };
  }

  private lost(batch: RecordedRequest[], error: unknown): void {
    for (const entry of batch) this.logger.error({ err: error, auditEntry: entry }, 'audit entry not written to the audit log: it is kept in this log line');
  }
}
