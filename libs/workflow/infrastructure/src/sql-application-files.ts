import type { ApplicationContent, ApplicationFilesRepository, AttachmentRecord, StoredContent } from '@scq/workflow-application';
import type { SqlExecutor } from '@scq/platform-persistence';

interface ContentRow {
  application_id: string;
  proposal: ApplicationContent['proposal'];
  contact: ApplicationContent['contact'];
  team: ApplicationContent['team'];
  updated_by: string;
  updated_at: Date | string;
}

interface AttachmentRow {
  id: string;
  application_id: string;
  file_name: string;
  media_type: string;
  size_bytes: string | number;
  sha256: string;
  storage_key: string;
  uploaded_by: string;
  uploaded_at: Date | string;
}

const iso = (value: Date | string) => new Date(value).toISOString();
const ATTACHMENT_COLUMNS = 'id, application_id, file_name, media_type, size_bytes, sha256, storage_key, uploaded_by, uploaded_at';

export class SqlApplicationFiles implements ApplicationFilesRepository {
  async content(db: SqlExecutor, applicationId: string): Promise<StoredContent | null> {
    const { rows } = await db.query<ContentRow>('SELECT * FROM workflow.application_content WHERE application_id = $1', [applicationId]);
    return rows[0] ? contentOf(rows[0]) : null;
  }

  async saveContent(tx: SqlExecutor, applicationId: string, content: ApplicationContent, by: string): Promise<StoredContent> {
    const { rows } = await tx.query<ContentRow>(
      `INSERT INTO workflow.application_content (application_id, proposal, contact, team, updated_by, updated_at) VALUES ($1, $2, $3, $4, $5, now())
       ON CONFLICT (application_id) DO UPDATE SET proposal = excluded.proposal, contact = excluded.contact, team = excluded.team, updated_by = excluded.updated_by, updated_at = excluded.updated_at
       RETURNING *`,
      [applicationId, JSON.stringify(content.proposal), JSON.stringify(content.contact), JSON.stringify(content.team), by],
    );
    return contentOf(rows[0]);
  }

  async attachments(db: SqlExecutor, applicationId: string): Promise<AttachmentRecord[]> {
    const { rows } = await db.query<AttachmentRow>(`SELECT ${ATTACHMENT_COLUMNS} FROM workflow.application_attachment WHERE application_id = $1 ORDER BY uploaded_at, id`, [applicationId]);
    return rows.map(attachmentOf);
  }

  async attachment(db: SqlExecutor, applicationId: string, attachmentId: string): Promise<AttachmentRecord | null> {
    const { rows } = await db.query<AttachmentRow>(`SELECT ${ATTACHMENT_COLUMNS} FROM workflow.application_attachment WHERE application_id = $1 AND id = $2`, [applicationId, attachmentId]);
    return rows[0] ? attachmentOf(rows[0]) : null;
  }

  async addAttachment(tx: SqlExecutor, r: AttachmentRecord): Promise<void> {
    await tx.query(
      `INSERT INTO workflow.application_attachment (${ATTACHMENT_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [r.id, r.applicationId, r.fileName, r.mediaType, r.size, r.sha256, r.storageKey, r.uploadedBy, r.uploadedAt],
    );
  }

  async removeAttachment(tx: SqlExecutor, applicationId: string, attachmentId: string): Promise<boolean> {
    const { rows } = await tx.query<{ id: string }>('DELETE FROM workflow.application_attachment WHERE application_id = $1 AND id = $2 RETURNING id', [applicationId, attachmentId]);
    return rows.length > 0;
  }
}

function contentOf(row: ContentRow): StoredContent {
  return { applicationId: row.application_id, proposal: row.proposal, contact: row.contact, team: row.team, updatedBy: row.updated_by, updatedAt: iso(row.updated_at) };
}

function attachmentOf(row: AttachmentRow): AttachmentRecord {
  return {
    id: row.id,
    applicationId: row.application_id,
    fileName: row.file_name,
    mediaType: row.media_type,
    size: Number(row.size_bytes),
    sha256: row.sha256,
    storageKey: row.storage_key,
    uploadedBy: row.uploaded_by,
    uploadedAt: iso(row.uploaded_at),
  };
}
