import type { StoredAuditEntry } from './audit-entry';
import { SHANGHAI_UTC_OFFSET_MS } from '@scq/calendar';

export const AUDIT_CSV_CONTENT_TYPE = 'text/csv; charset=utf-8';

const COLUMNS: Array<[header: string, value: (entry: StoredAuditEntry) => string | number | null]> = [
  ['编号 Id', (e) => e.id],
  ['时间 Time (UTC)', (e) => e.at.toISOString()],
  ['账号 Account id', (e) => e.actorId],
  ['用户名 Username', (e) => e.actorUsername],
  ['姓名 Name', (e) => e.actorName],
  ['角色 Roles', (e) => e.roles.join(' ')],
  ['单位 Unit', (e) => e.unit],
  ['机构 Organisation', (e) => e.organisation],
  ['方法 Method', (e) => e.method],
  ['操作 Operation', (e) => e.operation],
  ['路径 Path', (e) => e.path],
  ['对象 Targets', (e) => e.targets.join(' ')],
  ['状态 Status', (e) => e.status],
  ['错误码 Error code', (e) => e.errorCode],
  ['摘要 Summary', (e) => (e.summary ? JSON.stringify(e.summary) : null)],
  ['耗时 Duration (ms)', (e) => e.durationMs],
  ['请求号 Request id', (e) => e.requestId],
  ['关联号 Correlation id', (e) => e.correlationId],
  ['地址 Address', (e) => e.address],
  ['客户端 User agent', (e) => e.userAgent],
];

/** The first bytes of the file: a byte-order mark (so that Excel reads the Chinese as UTF-8) and the bilingual header row. */
export function auditCsvHeader(): string {
  return `\uFEFF${csvLine(COLUMNS.map(([header]) => header))}`;
}

export function auditCsvRows(entries: readonly StoredAuditEntry[]): string {
  return entries.map((entry) => csvLine(COLUMNS.map(([, value]) => value(entry)))).join('');
}

/** RFC 4180, CRLF line ends. */
function csvLine(cells: Array<string | number | null>): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}

export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  // A cell starting with = + - @ (or a tab or return) would be run as a formula by spreadsheets (CSV injection): keep it text.
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** `attachment` with an ASCII name and the Chinese one (`审计日志-20260301-1600.csv`), stamped in Beijing time like every time the console shows. */
export function auditCsvDisposition(now: Date): string {
  const stamp = new Date(now.getTime() + SHANGHAI_UTC_OFFSET_MS).toISOString().slice(0, 16).replace(/[-:]/g, '').replace('T', '-');
  return `attachment; filename="audit-log-${stamp}.csv"; filename*=UTF-8''${encodeURIComponent(`审计日志-${stamp}.csv`)}`;
}
