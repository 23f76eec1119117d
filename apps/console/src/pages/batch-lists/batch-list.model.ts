import { apiBlob, fieldErrors as fieldErrorsByPath } from '../../api/client';

/** As `GET /api/batch-lists` lists them (no items). */
export type BatchListStatus = 'draft' | 'published' | 'superseded';

export interface BatchListSummary {
  id: string;
  number: string;
  title: { zh: string; en: string | null };
  issuingUnit: string;
  issueDate: string;
  year: number;
  revision: number;
  revisionOf: string | null;
  revisionReason: string | null;
  status: BatchListStatus;
  version: number;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
  publishedBy: string | null;
  publishedAt: string | null;
  supersededBy: string | null;
  supersededAt: string | null;
  itemCount: number;
}

export interface BatchListSnapshot {
  title: { zh: string; en: string | null };
  taxonomyVersion: string;
  aspectCode: string;
  domainCode: string;
  domainName: { zh: string; en: string } | null;
  ownerUnit: string;
  ownerType: string;
  tier: string;
  district: string | null;
  stage: string | null;
}

export interface BatchListItem {
  position: number;
  scenarioId: string;
  note: string | null;
  category: string | null;
  snapshot: BatchListSnapshot | null;
}

/** `GET /api/batch-lists/:id`: a draft's snapshots are a preview of what publishing would capture. */
export interface BatchListDetail extends BatchListSummary {
  snapshots: 'captured' | 'preview';
  items: BatchListItem[];
}

export interface FieldChange {
  field: string;
  before: string | number | boolean | null;
  after: string | number | boolean | null;
}

export interface BatchListDiff {
  base: { id: string; number: string; revision: number; status: string };
  target: { id: string; number: string; revision: number; status: string };
  header: FieldChange[];
  added: BatchListItem[];
  removed: BatchListItem[];
  changed: Array<{ scenarioId: string; position: { before: number; after: number }; changes: FieldChange[] }>;
  summary: { added: number; removed: number; changed: number; unchanged: number };
}

export const EXPORT_FORMATS = ['csv', 'xlsx', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The server's own file name (`渝场景〔2026〕1号-第1版.csv`, see batch-list-export.ts attachment()). */
export function exportFileName(list: Pick<BatchListSummary, 'number' | 'revision'>, format: ExportFormat): string {
  return `${list.number}-第${list.revision}版.${format}`;
}

/** Downloads the export with the Bearer token (a plain link would go without it) and saves it under its name. */
export async function downloadExport(list: Pick<BatchListSummary, 'id' | 'number' | 'revision'>, format: ExportFormat): Promise<void> {
  const blob = await apiBlob(`/api/batch-lists/${list.id}/export`, { query: { format } });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = exportFileName(list, format);
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Field errors by path (`number`, `title.zh`, `scenarioId`…), as a record for the forms of these pages. */
export function fieldErrors(error: unknown): Record<string, string> {
  return Object.fromEntries(fieldErrorsByPath(error));
}


export function formatDateTime(value: string | null, language: 'zh' | 'en'): string {
  if (!value) return '—';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return date.toLocaleString(language === 'zh' ? 'zh-CN' : 'en-GB', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' });
}
