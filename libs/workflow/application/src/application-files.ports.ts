import type { Readable } from 'node:stream';
import type { SqlExecutor } from '@scq/platform-persistence';
import type { ApplicationContent } from './application-content.schemas';

/** What is stored about an object besides its bytes. */
export interface StoredObjectMeta {
  mediaType: string;
  size: number;
}

/**
 * Where attachment bytes live (the filesystem in embedded mode, S3-compatible storage such as MinIO in production).
 * Keys are ours (`applications/<applicationId>/<attachmentId>`); the database keeps what the file is called.
 */
export interface AttachmentStore {
  put(key: string, body: Readable | Uint8Array, meta: StoredObjectMeta): Promise<void>;
  /** The object's bytes as a stream, or null when there is none under the key. */
  get(key: string): Promise<({ body: Readable } & StoredObjectMeta) | null>;
  /** Deleting what is not there is not an error. */
  delete(key: string): Promise<void>;
}

export type ScanVerdict = { clean: true } | { clean: false; reason: string };

/**
 * The virus-scan hook: every upload is scanned before it is stored; a file found unclean is refused (422) and never
 * stored. The default accepts everything; docs/architecture.md ("Application files") tells how to plug ClamAV (clamd's INSTREAM).
 */
export interface AttachmentScanner {
  scan(file: { name: string; mediaType: string; bytes: Uint8Array }): Promise<ScanVerdict>;
}

export const acceptAllScanner: AttachmentScanner = { scan: async () => ({ clean: true }) };

export interface AttachmentRecord {
  id: string;
  applicationId: string;
  fileName: string;
  mediaType: string;
  size: number;
  sha256: string;
  storageKey: string;
  uploadedBy: string;
  uploadedAt: string;
}

export interface StoredContent extends ApplicationContent {
  applicationId: string;
  updatedBy: string;
  updatedAt: string;
}

/** The workflow's tables of application content and attachment records. */
export interface ApplicationFilesRepository {
  content(db: SqlExecutor, applicationId: string): Promise<StoredContent | null>;
  saveContent(tx: SqlExecutor, applicationId: string, content: ApplicationContent, by: string): Promise<StoredContent>;
  attachments(db: SqlExecutor, applicationId: string): Promise<AttachmentRecord[]>;
  attachment(db: SqlExecutor, applicationId: string, attachmentId: string): Promise<AttachmentRecord | null>;
  addAttachment(tx: SqlExecutor, record: AttachmentRecord): Promise<void>;
  removeAttachment(tx: SqlExecutor, applicationId: string, attachmentId: string): Promise<boolean>;
}
