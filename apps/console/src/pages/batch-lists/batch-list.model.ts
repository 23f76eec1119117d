import { answer, fieldErrors as fieldErrorsByPath, http, type Schema } from '../../api/client';
import type { paths } from '../../api/schema.gen';
import { beijingTime } from '../../ui/beijing-time';
import { saveFile } from '../../ui/save-file';

/** As `GET /api/batch-lists` lists them (no items). */
export type BatchListSummary = Schema<'BatchListSummary'>;
export type BatchListStatus = BatchListSummary['status'];
export const BATCH_LIST_STATUSES = ['draft', 'published', 'superseded'] as const satisfies readonly BatchListStatus[];

/** `GET /api/batch-lists/:id`: a draft's snapshots are a preview of what publishing would capture. */
export type BatchListDetail = Schema<'BatchList'>;
export type BatchListItem = Schema<'BatchListItem'>;
export type BatchListDiff = Schema<'BatchListDiff'>;
export type FieldChange = Schema<'BatchListFieldChange'>;

/** The formats `GET /api/batch-lists/:id/export` writes, in the order the page offers them. */
export type ExportFormat = NonNullable<NonNullable<paths['/api/batch-lists/{id}/export']['get']['parameters']['query']>['format']>;
export const EXPORT_FORMATS = ['csv', 'xlsx', 'json'] as const satisfies readonly ExportFormat[];

/** The server's own file name (`渝场景〔2026〕1号-第1版.csv`, see batch-list-export.ts attachment()). */
export function exportFileName(list: Pick<BatchListSummary, 'number' | 'revision'>, format: ExportFormat): string {
  return `${list.number}-第${list.revision}版.${format}`;
}

/** Downloads the export with the Bearer token (a plain link would go without it) and saves it under its name. */
export async function downloadExport(list: Pick<BatchListSummary, 'id' | 'number' | 'revision'>, format: ExportFormat): Promise<void> {
  const blob = await answer(http.GET('/api/batch-lists/{id}/export', { params: { path: { id: list.id }, query: { format } }, parseAs: 'blob' }));
  saveFile(blob, exportFileName(list, format));
}

/** Field errors by path (`number`, `title.zh`, `scenarioId`…), as a record for the forms of these pages. */
export function fieldErrors(error: unknown): Record<string, string> {
  return Object.fromEntries(fieldErrorsByPath(error));
}


export function formatDateTime(value: string | null, language: 'zh' | 'en'): string {
  return beijingTime(value, language, 'minutes');
}
