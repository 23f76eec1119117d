import { Readable } from 'node:stream';
import { Controller, Get, HttpStatus, Res, StreamableFile } from '@nestjs/common';
import type { Actor } from '@scq/contracts';
import { Access, apiError, ApiRoute, ApiTags, CurrentActor, RequestError, ZodQuery } from '@scq/platform-http';
import type { Response } from 'express';
import type { z } from 'zod';
import type { AuditFilters, StoredAuditEntry } from './audit-entry';
import { AUDIT_CSV_CONTENT_TYPE, auditCsvDisposition, auditCsvHeader, auditCsvRows } from './audit-csv';
import { AuditEntryPageSchema, AuditFiltersSchema, AuditQuerySchema } from './audit.schemas';
import { AuditStore } from './audit.store';

/** Who reads the audit log. */
const AUDIT_READERS: readonly string[] = ['auditor', 'admin'];
const CSV_PAGE_SIZE = 500;

const refusals = {
  '400': apiError('Invalid filters (field errors)'),
  '401': apiError('No token'),
  '403': apiError('Neither auditor nor admin'),
};

/** The audit log of every state-changing request (docs/gateway.md), for auditors and administrators. */
@ApiTags('audit')
@Controller('api/audit')
export class AuditHttpController {
  constructor(private readonly store: AuditStore) {}

  @Get('entries')
  @Access({ auditor: 'everything', admin: 'everything' })
  @ApiRoute({
    summary: '审计日志 The audit log: every state-changing request, newest first (auditor, admin)',
    description: '`limit` (default 50, at most 500) a page; pass `nextCursor` back as `after` for the next page (null on the last).',
    responses: { '200': { description: 'A page of entries, newest first', schema: AuditEntryPageSchema }, ...refusals },
  })
  async entries(@CurrentActor() actor: Actor, @ZodQuery(AuditQuerySchema) query: z.infer<typeof AuditQuerySchema>): Promise<z.input<typeof AuditEntryPageSchema>> {
    mayRead(actor);
    const { limit, after, ...filters } = query;
    const page = await this.store.page(filters, limit, after ?? null);
    return { items: page.items.map(present), nextCursor: page.nextCursor };
  }

  @Get('entries.csv')
  @Access({ auditor: 'everything', admin: 'everything' })
  @ApiRoute({
    summary: '导出审计日志 The audit log as CSV, with the same filters (auditor, admin)',
    description: 'Every matching entry, newest first, streamed: UTF-8 with a byte-order mark, a bilingual header row, cells that would start a spreadsheet formula prefixed with `\'`.',
    responses: { '200': { description: 'The CSV file, as an attachment', contentType: AUDIT_CSV_CONTENT_TYPE }, ...refusals },
  })
  async csv(@CurrentActor() actor: Actor, @ZodQuery(AuditFiltersSchema) filters: z.infer<typeof AuditFiltersSchema>, @Res({ passthrough: true }) response: Response): Promise<StreamableFile> {
    mayRead(actor);
    // The first page before the answer starts: a database that fails now is a proper error, not a truncated file.
    const first = await this.store.page(filters, CSV_PAGE_SIZE, null);
    response.setHeader('Content-Type', AUDIT_CSV_CONTENT_TYPE);
    response.setHeader('Content-Disposition', auditCsvDisposition(new Date()));
    response.setHeader('Cache-Control', 'no-store');
    return new StreamableFile(Readable.from(csvChunks(this.store, filters, first.items, first.nextCursor !== null), { objectMode: false }));
  }
}

/** The header, then every page (a failure midway ends the download broken, never as a complete-looking file). */
async function* csvChunks(store: AuditStore, filters: AuditFilters, firstItems: StoredAuditEntry[], more: boolean): AsyncGenerator<Buffer> {
  yield Buffer.from(auditCsvHeader(), 'utf8');
  let items = firstItems;
  let hasMore = more;
  for (;;) {
    if (items.length > 0) yield Buffer.from(auditCsvRows(items), 'utf8');
    const last = items[items.length - 1];
    if (!hasMore || !last) return;
    const page = await store.page(filters, CSV_PAGE_SIZE, { at: last.at.toISOString(), id: last.id });
    items = page.items;
    hasMore = page.nextCursor !== null;
  }
}

function mayRead(actor: Actor): void {
  if (!actor.roles.some((role) => AUDIT_READERS.includes(role))) throw new RequestError(HttpStatus.FORBIDDEN, 'FORBIDDEN', '只有审计人员或管理员可以查看审计日志 Only auditors and administrators read the audit log');
}

function present(entry: StoredAuditEntry): z.input<typeof AuditEntryPageSchema>['items'][number] {
  return { ...entry, at: entry.at.toISOString(), method: entry.method as z.input<typeof AuditEntryPageSchema>['items'][number]['method'] };
}
