import { z } from 'zod';
import { applicationContentSchema } from '@scq/workflow-application';
import { ATTACHMENT_LIMITS, ATTACHMENT_TYPES } from '@scq/workflow-domain';

const timestamp = z.iso.datetime({ offset: true });

export const ApplicationContentViewSchema = z
  .object({
    applicationId: z.uuid(),
    editable: z.boolean().describe('Whether the caller may change the content now (its applicant, while a draft or returned for revision)'),
    content: z
      .object({ ...applicationContentSchema.shape, updatedBy: z.string(), updatedAt: timestamp })
      .nullable()
      .describe('申报书 The proposal, contact and team; null until first saved'),
  })
  .meta({ id: 'ApplicationContentView', description: 'An application’s content (申报书)' });

export const ApplicationAttachmentSchema = z
  .object({
    id: z.uuid(),
    applicationId: z.uuid(),
    fileName: z.string().describe('The name it was uploaded with'),
    mediaType: z.enum(Object.values(ATTACHMENT_TYPES).map((type) => type.mediaType) as [string, ...string[]]).describe('From the file’s bytes, not its declared type'),
    size: z.number().int().positive(),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    uploadedBy: z.string(),
    uploadedAt: timestamp,
    download: z.string().describe('The path that serves the file'),
  })
  .meta({ id: 'ApplicationAttachment', description: 'An attachment (申报材料) of an application' });

export const ApplicationAttachmentListSchema = z
  .object({
    items: z.array(ApplicationAttachmentSchema),
    limits: z.object({ maxBytes: z.literal(ATTACHMENT_LIMITS.maxBytes), maxFiles: z.literal(ATTACHMENT_LIMITS.maxFiles), types: z.array(z.string()) }),
  })
  .meta({ id: 'ApplicationAttachmentList', description: 'The attachments of an application, with the limits uploads are held to' });

/** The multipart body of an upload, for the API document (the route reads it with multer). */
export const attachmentUploadBody = z
  .object({ file: z.string().describe(`One file in the part named \`file\`: PDF, DOCX, XLSX, PNG, JPEG or ZIP by its bytes, at most ${ATTACHMENT_LIMITS.maxBytes / 1024 / 1024} MiB; the part’s file name (UTF-8) is kept`).meta({ format: 'binary' }) })
  .meta({ id: 'ApplicationAttachmentUpload' });
