import { createHash, randomUUID } from 'node:crypto';
import { DomainError, type Actor, type RefusalKind } from '@scq/contracts';
import { stageLabelOf, type LifecycleInstance, type LifecycleRunner } from '@scq/platform-lifecycle';
import type { Database, SqlExecutor } from '@scq/platform-persistence';
import { APPLICATION_LIFECYCLE, applicationEditable, ATTACHMENT_LIMITS, ATTACHMENT_TYPES, declaredAttachmentType, detectAttachmentType } from '@scq/workflow-domain';
import type { ApplicationContent } from './application-content.schemas';
import type { ApplicationFilesRepository, AttachmentRecord, AttachmentScanner, AttachmentStore, StoredContent } from './application-files.ports';
import { assertReadsInstance } from './instance-reach';
import type { ApplicationSubject } from './workflow-lifecycles';

type FilesErrorCode = 'NOT_FOUND' | 'NOT_APPLICANT' | 'APPLICATION_NOT_EDITABLE' | 'EMPTY_FILE' | 'INVALID_FILE_NAME' | 'ATTACHMENT_TOO_LARGE' | 'ATTACHMENT_TYPE_NOT_ALLOWED' | 'ATTACHMENT_TYPE_MISMATCH' | 'TOO_MANY_ATTACHMENTS' | 'ATTACHMENT_REJECTED';

const KIND_OF: Record<FilesErrorCode, RefusalKind> = {
  NOT_FOUND: 'not-found',
  NOT_APPLICANT: 'forbidden',
  APPLICATION_NOT_EDITABLE: 'conflict',
  EMPTY_FILE: 'invalid',
  INVALID_FILE_NAME: 'invalid',
  ATTACHMENT_TOO_LARGE: 'too-large',
  ATTACHMENT_TYPE_NOT_ALLOWED: 'unsupported-type',
  ATTACHMENT_TYPE_MISMATCH: 'unsupported-type',
  TOO_MANY_ATTACHMENTS: 'conflict',
  ATTACHMENT_REJECTED: 'unprocessable',
};

export class ApplicationFilesError extends DomainError {
  constructor(code: FilesErrorCode, message: string) {
    super(code, message);
  }

  get kind(): RefusalKind {
    return KIND_OF[this.code as FilesErrorCode];
  }
}

export interface UploadedFile {
  name: string;
  bytes: Uint8Array;
}

const ALLOWED = Object.values(ATTACHMENT_TYPES).flatMap((type) => type.extensions).join(', ');
const MIB = 1024 * 1024;

/**
 * An application's content and attachments (申报书与材料): read by whoever reads the application, changed only by its
 * applicant while it is a draft or returned for revision. Each change locks the application's lifecycle row, so a
 * submission cannot slip between the check and the write.
 */
export class ApplicationFiles {
  constructor(
    private readonly db: Database,
    private readonly runner: LifecycleRunner,
    private readonly repository: ApplicationFilesRepository,
    private readonly store: AttachmentStore,
    private readonly scanner: AttachmentScanner,
  ) {}

  /** The content (null until first saved), and whether this caller may change it now. */
  async content(actor: Actor, applicationId: string): Promise<{ content: StoredContent | null; editable: boolean }> {
    const instance = await this.readable(this.db, actor, applicationId);
    const editable = isApplicantOf(actor, instance) && applicationEditable(instance.stage);
    return { content: await this.repository.content(this.db, applicationId), editable };
  }

  saveContent(actor: Actor, applicationId: string, content: ApplicationContent): Promise<StoredContent> {
    return this.db.transaction(async (tx) => {
      await this.editable(tx, actor, applicationId);
      return this.repository.saveContent(tx, applicationId, content, actor.id);
    });
  }

  async attachments(actor: Actor, applicationId: string): Promise<AttachmentRecord[]> {
    await this.readable(this.db, actor, applicationId);
    return this.repository.attachments(this.db, applicationId);
  }

  /** The record and its bytes, for whoever reads the application. */
  async download(actor: Actor, applicationId: string, attachmentId: string) {
    await this.readable(this.db, actor, applicationId);
    const record = await this.repository.attachment(this.db, applicationId, attachmentId);
    const object = record && (await this.store.get(record.storageKey));
    if (!record || !object) throw new ApplicationFilesError('NOT_FOUND', `附件不存在 No attachment ${attachmentId} on application ${applicationId}`);
    return { record, body: object.body };
  }

  /**
   * Checks the file (size, kind by its bytes and its name, count), scans it, then stores it and records it; nothing
   * is stored when any check fails, and the object is removed again when the record cannot be written.
   */
  upload(actor: Actor, applicationId: string, file: UploadedFile): Promise<AttachmentRecord> {
    const { name, mediaType } = checkFile(file);
    return this.db.transaction(async (tx) => {
      await this.editable(tx, actor, applicationId);
      const count = (await this.repository.attachments(tx, applicationId)).length;
      if (count >= ATTACHMENT_LIMITS.maxFiles) {
        throw new ApplicationFilesError('TOO_MANY_ATTACHMENTS', `每份申报最多 ${ATTACHMENT_LIMITS.maxFiles} 个附件，请先删除不需要的附件 At most ${ATTACHMENT_LIMITS.maxFiles} attachments per application: delete one first`);
      }
      // Under the application's row lock: a slow scanner holds up only this application's own transitions.
      const verdict = await this.scanner.scan({ name, mediaType, bytes: file.bytes });
      if (!verdict.clean) throw new ApplicationFilesError('ATTACHMENT_REJECTED', `附件未通过安全检查，未保存：${verdict.reason} The file failed the security scan and was not stored: ${verdict.reason}`);
      const id = randomUUID();
      const record: AttachmentRecord = {
        id,
        applicationId,
        fileName: name,
        mediaType,
        size: file.bytes.byteLength,
        sha256: createHash('sha256').update(file.bytes).digest('hex'),
        storageKey: `applications/${applicationId}/${id}`,
        uploadedBy: actor.id,
        uploadedAt: new Date().toISOString(),
      };
      await this.store.put(record.storageKey, file.bytes, { mediaType, size: record.size });
      try {
        await this.repository.addAttachment(tx, record);
      } catch (error) {
        await this.store.delete(record.storageKey);
        throw error;
      }
      return record;
    });
  }

  async remove(actor: Actor, applicationId: string, attachmentId: string): Promise<void> {
    const record = await this.db.transaction(async (tx) => {
      await this.editable(tx, actor, applicationId);
      const found = await this.repository.attachment(tx, applicationId, attachmentId);
      if (!found || !(await this.repository.removeAttachment(tx, applicationId, attachmentId))) {
        throw new ApplicationFilesError('NOT_FOUND', `附件不存在 No attachment ${attachmentId} on application ${applicationId}`);
      }
      return found;
    });
    // After the commit: a failed object delete leaves an unreferenced object, never a record without its bytes.
    await this.store.delete(record.storageKey);
  }

  private async instance(db: SqlExecutor, applicationId: string, lock = false): Promise<LifecycleInstance<ApplicationSubject>> {
    const found = await this.runner.store.findBySubject<ApplicationSubject>(db, APPLICATION_LIFECYCLE.id, applicationId);
    const instance = found && lock ? await this.runner.store.find<ApplicationSubject>(db, found.id, true) : found;
    if (!instance) throw new ApplicationFilesError('NOT_FOUND', `申报不存在 No application ${applicationId}`);
    return instance;
  }

  private async readable(db: SqlExecutor, actor: Actor, applicationId: string) {
    return assertReadsInstance(actor, await this.instance(db, applicationId));
  }

  /** The application, locked, if the caller is its applicant and its stage lets them change it. */
  private async editable(tx: SqlExecutor, actor: Actor, applicationId: string) {
    const instance = assertReadsInstance(actor, await this.instance(tx, applicationId, true));
    if (!isApplicantOf(actor, instance)) {
      throw new ApplicationFilesError('NOT_APPLICANT', `只有申报人可以修改申报材料 Only the applicant changes the application's content and attachments`);
    }
    if (!applicationEditable(instance.stage)) {
      const label = stageLabelOf(this.runner.definitionOf(instance).machine, instance.stage) ?? { zh: instance.stage, en: instance.stage };
      throw new ApplicationFilesError(
        'APPLICATION_NOT_EDITABLE',
        `申报当前处于「${label.zh}」阶段，材料已锁定，仅草稿或退回补正时可修改 The application is in stage "${label.en}": its content is frozen; it can be changed only as a draft or when returned for revision`,
      );
    }
    return instance;
  }
}

function isApplicantOf(actor: Actor, instance: LifecycleInstance<ApplicationSubject>): boolean {
  return actor.roles.includes('applicant') && instance.subject.applicantId === actor.id;
}

/** The checks that need no database: not empty, within the size, a name, and bytes of a kind we take that its name declares. */
function checkFile(file: UploadedFile): { name: string; mediaType: string } {
  const name = file.name.normalize('NFC').trim();
  if (!name || name.length > ATTACHMENT_LIMITS.maxNameLength || [...name].some((c) => c === '/' || c === '\\' || c.charCodeAt(0) < 0x20)) {
    throw new ApplicationFilesError('INVALID_FILE_NAME', `文件名应为 1–${ATTACHMENT_LIMITS.maxNameLength} 个字符，不含路径和控制字符 The file name must be 1–${ATTACHMENT_LIMITS.maxNameLength} characters, without a path or control characters`);
  }
  if (file.bytes.byteLength === 0) throw new ApplicationFilesError('EMPTY_FILE', `文件为空 The file is empty`);
  if (file.bytes.byteLength > ATTACHMENT_LIMITS.maxBytes) {
    throw new ApplicationFilesError('ATTACHMENT_TOO_LARGE', `单个附件不超过 ${ATTACHMENT_LIMITS.maxBytes / MIB} MiB Each attachment is at most ${ATTACHMENT_LIMITS.maxBytes / MIB} MiB`);
  }
  const detected = detectAttachmentType(file.bytes);
  if (!detected) throw new ApplicationFilesError('ATTACHMENT_TYPE_NOT_ALLOWED', `只接受 ${ALLOWED} 文件（按文件内容判断） Only ${ALLOWED} files are accepted (judged by their content)`);
  const declared = declaredAttachmentType(name);
  // A DOCX or XLSX is also a ZIP archive: a file named .zip may be one.
  const zipped = declared === 'zip' && (detected === 'docx' || detected === 'xlsx');
  if (declared !== detected && !zipped) {
    throw new ApplicationFilesError('ATTACHMENT_TYPE_MISMATCH', `文件内容为 ${detected.toUpperCase()}，与文件名「${name}」不符 The file's content is ${detected.toUpperCase()}, which its name "${name}" does not declare`);
  }
  return { name, mediaType: ATTACHMENT_TYPES[zipped ? 'zip' : detected].mediaType };
}
