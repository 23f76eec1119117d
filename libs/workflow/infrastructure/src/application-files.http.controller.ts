import { Controller, Delete, Get, HttpCode, HttpStatus, Param, Post, Put, Req, Res, StreamableFile } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { z } from 'zod';
import type { Actor } from '@scq/contracts';
import { Access, apiError, ApiRoute, ApiTags, CurrentActor, OVERSEERS, UuidPipe, ZodBody } from '@scq/platform-http';
import { applicationContentSchema, ApplicationFiles, type AttachmentRecord } from '@scq/workflow-application';
import { ATTACHMENT_LIMITS, ATTACHMENT_TYPES } from '@scq/workflow-domain';
import { readUpload } from './attachments/multipart-upload';
import { ApplicationAttachmentListSchema, ApplicationAttachmentSchema, ApplicationContentViewSchema, attachmentUploadBody } from './application-files.http.responses';
import { invalid, notFound, refused } from './workflow.api-responses';

const READERS = { ...OVERSEERS, officer: 'own-unit', applicant: 'own', evaluator: 'assigned' } as const;
const MEDIA_TYPES = Object.values(ATTACHMENT_TYPES).map((type) => type.mediaType);
const frozen = apiError('申报已锁定 Not a draft nor returned for revision (the stage is named); or too many attachments');

/**
 * An application's content and attachments (申报书与材料), read by whoever reads the application, changed by its
 * applicant while it is a draft or returned for revision (补正).
 */
@ApiTags('workflow')
@Controller('api/workflow/applications/:applicationId')
export class ApplicationFilesHttpController {
  constructor(private readonly files: ApplicationFiles) {}

  @Get('content')
  @Access(READERS)
  @ApiRoute({ summary: '申报书 An application’s content: proposal, contact, team', responses: { '200': { description: 'The content and whether the caller may change it', schema: ApplicationContentViewSchema }, '400': invalid, ...refused, '404': notFound } })
  async content(@Param('applicationId', UuidPipe) applicationId: string, @CurrentActor() actor: Actor): Promise<z.output<typeof ApplicationContentViewSchema>> {
    const { content, editable } = await this.files.content(actor, applicationId);
    return { applicationId, editable, content: content && withoutId(content) };
  }

  @Put('content')
  @Access({ applicant: 'own' })
  @ApiRoute({
    summary: '填写申报书 Save the content (the applicant, while a draft or returned for revision)',
    description: 'Replaces the whole content. `409 APPLICATION_NOT_EDITABLE` names the stage once the application is submitted.',
    responses: { '200': { description: 'The content as saved', schema: ApplicationContentViewSchema }, '400': invalid, ...refused, '404': notFound, '409': frozen },
  })
  async saveContent(@Param('applicationId', UuidPipe) applicationId: string, @ZodBody(applicationContentSchema) body: z.infer<typeof applicationContentSchema>, @CurrentActor() actor: Actor): Promise<z.output<typeof ApplicationContentViewSchema>> {
    const saved = await this.files.saveContent(actor, applicationId, body);
    return { applicationId, editable: true, content: withoutId(saved) };
  }

  @Get('attachments')
  @Access(READERS)
  @ApiRoute({ summary: '申报材料 An application’s attachments', responses: { '200': { description: 'The attachments and the upload limits', schema: ApplicationAttachmentListSchema }, '400': invalid, ...refused, '404': notFound } })
  async attachments(@Param('applicationId', UuidPipe) applicationId: string, @CurrentActor() actor: Actor): Promise<z.output<typeof ApplicationAttachmentListSchema>> {
    const items = await this.files.attachments(actor, applicationId);
    return { items: items.map(view), limits: { maxBytes: ATTACHMENT_LIMITS.maxBytes, maxFiles: ATTACHMENT_LIMITS.maxFiles, types: MEDIA_TYPES } };
  }

  @Post('attachments')
  @Access({ applicant: 'own' })
  @ApiRoute({
    summary: '上传材料 Upload an attachment (the applicant, while a draft or returned for revision)',
    description: `\`multipart/form-data\` with one file in the part \`file\`. At most ${ATTACHMENT_LIMITS.maxBytes / 1024 / 1024} MiB (413), PDF, DOCX, XLSX, PNG, JPEG or ZIP judged by the bytes and agreeing with the file name (415), at most ${ATTACHMENT_LIMITS.maxFiles} per application (409); a file the virus scan rejects is 422. Nothing is stored when refused.`,
    body: attachmentUploadBody,
    bodyContentType: 'multipart/form-data',
    responses: {
      '201': { description: 'The attachment as recorded', schema: ApplicationAttachmentSchema },
      '400': invalid,
      ...refused,
      '404': notFound,
      '409': frozen,
      '413': apiError('文件过大 The file is over the size limit'),
      '415': apiError('类型不符 Not a type we take, or not the type its name says'),
      '422': apiError('未通过安全检查 The virus scan rejected the file'),
    },
  })
  async upload(@Param('applicationId', UuidPipe) applicationId: string, @Req() request: Request, @Res({ passthrough: true }) response: Response, @CurrentActor() actor: Actor): Promise<z.output<typeof ApplicationAttachmentSchema>> {
    const file = await readUpload(request, response);
    return view(await this.files.upload(actor, applicationId, file));
  }

  @Get('attachments/:attachmentId')
  @Access(READERS)
  @ApiRoute({
    summary: '下载材料 Download an attachment, under the name it was uploaded with',
    responses: { '200': { description: 'The file; `Content-Disposition` names it (RFC 5987 `filename*` for non-ASCII names)', contentType: 'application/octet-stream', alternativeContentTypes: MEDIA_TYPES }, '400': invalid, ...refused, '404': notFound },
  })
  async download(@Param('applicationId', UuidPipe) applicationId: string, @Param('attachmentId', UuidPipe) attachmentId: string, @CurrentActor() actor: Actor): Promise<StreamableFile> {
    const { record, body } = await this.files.download(actor, applicationId, attachmentId);
    return new StreamableFile(body, { type: record.mediaType, length: record.size, disposition: contentDisposition(record.fileName) });
  }

  @Delete('attachments/:attachmentId')
  @Access({ applicant: 'own' })
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiRoute({ summary: '删除材料 Delete an attachment (the applicant, while a draft or returned for revision)', responses: { '204': { description: 'Deleted' }, '400': invalid, ...refused, '404': notFound, '409': frozen } })
  async remove(@Param('applicationId', UuidPipe) applicationId: string, @Param('attachmentId', UuidPipe) attachmentId: string, @CurrentActor() actor: Actor): Promise<void> {
    await this.files.remove(actor, applicationId, attachmentId);
  }
}

function withoutId<T extends { applicationId: string }>({ applicationId: _, ...rest }: T): Omit<T, 'applicationId'> {
  return rest;
}

function view({ storageKey: _, ...record }: AttachmentRecord): z.output<typeof ApplicationAttachmentSchema> {
  return { ...record, download: `/api/workflow/applications/${record.applicationId}/attachments/${record.id}` };
}

/** `attachment; filename="___.pdf"; filename*=UTF-8''%E7%94%B3%E6%8A%A5%E4%B9%A6.pdf`: an ASCII fallback and the real name (RFC 6266, RFC 5987). */
export function contentDisposition(fileName: string): string {
  const fallback = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
