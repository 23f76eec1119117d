import { decodeCursor, encodeCursor } from '@scq/platform-persistence';
import type { BatchList } from '@scq/registry-domain';

/**
 * Where a page of batch lists ended, in their order: year and issue date newest first, then number, then revision
 * newest first ((number, revision) is unique, so the order is total). Written and read by the platform's keyset cursor.
 */
export interface BatchListPosition {
  year: number;
  issueDate: string;
  number: string;
  revision: number;
}

/** Where a page of one number's revisions (oldest first) ended. */
export interface BatchListRevisionPosition {
  revision: number;
}

const isRevision = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 1 && (value as number) <= 100_000;

/** A calendar date (`YYYY-MM-DD`) that exists: PostgreSQL refuses 2026-02-30 where `Date.parse` does not. */
function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00.000Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value) && date.getUTCFullYear() >= 1;
}

export function encodeBatchListCursor(list: Pick<BatchList, 'year' | 'issueDate' | 'number' | 'revision'>): string {
  return encodeCursor([list.year, list.issueDate, list.number, list.revision]);
}

/** The position a `nextCursor` of `GET /api/batch-lists` holds, or null when it is not one. */
export function decodeBatchListCursor(cursor: string): BatchListPosition | null {
  const [year, issueDate, number, revision, ...rest] = decodeCursor(cursor) ?? [];
  if (rest.length > 0 || !Number.isInteger(year) || (year as number) < 1 || (year as number) > 9999 || !isCalendarDate(issueDate)) return null;
  if (typeof number !== 'string' || number.length === 0 || number.length > 200 || !isRevision(revision)) return null;
  return { year: year as number, issueDate, number, revision };
}

export function encodeBatchListRevisionCursor(list: Pick<BatchList, 'revision'>): string {
  return encodeCursor([list.revision]);
}

/** The position a `nextCursor` of `GET /api/batch-lists/:id/revisions` holds, or null when it is not one. */
export function decodeBatchListRevisionCursor(cursor: string): BatchListRevisionPosition | null {
  const [revision, ...rest] = decodeCursor(cursor) ?? [];
  return rest.length === 0 && isRevision(revision) ? { revision } : null;
}
