/** One page of a keyset-paginated list and the opaque cursor of the next page (null on the last page). */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** An opaque cursor for a position in a keyset order: the sort key values, JSON in base64url. */
export function encodeCursor(position: readonly unknown[]): string {
  return Buffer.from(JSON.stringify(position)).toString('base64url');
}

/** The position a cursor holds, or null when it is not one of ours. */
export function decodeCursor(cursor: string): unknown[] | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    return Array.isArray(value) ? value : null;
  } catch {
    return null;
  }
}

/** The most common order: creation time, then id. */
export interface TimeIdPosition {
  at: string;
  id: string;
}

export function encodeTimeIdCursor(at: Date, id: string): string {
  return encodeCursor([at.toISOString(), id]);
}

export function decodeTimeIdCursor(cursor: string): TimeIdPosition | null {
  const [at, id, ...rest] = decodeCursor(cursor) ?? [];
  if (rest.length > 0 || typeof at !== 'string' || Number.isNaN(Date.parse(at)) || typeof id !== 'string' || id.length === 0 || id.length > 200) return null;
  return { at, id };
}

/** Rows read with `limit + 1` → the page of `limit` rows and, when there were more, the cursor after its last row. */
export function pageOf<T>(rows: readonly T[], limit: number, cursorOf: (last: T) => string): Page<T> {
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return { items, nextCursor: rows.length > limit && last !== undefined ? cursorOf(last) : null };
}
