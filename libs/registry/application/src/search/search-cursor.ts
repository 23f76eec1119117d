import { createHash } from 'node:crypto';
import { decodeCursor, encodeCursor } from '@scq/platform-persistence';
import type { SearchPosition } from './scenario-search.port';

/**
 * The opaque `after` cursor: the sort key of the last row shown, plus a fingerprint of the query it belongs to
 * (a cursor of one query is refused by another, instead of silently paging somewhere else). Written and read by the
 * platform's keyset cursor (`encodeCursor`, `decodeCursor`); the position is the search's own.
 */
const VERSION = 1;
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function queryFingerprint(criteria: unknown): string {
  return createHash('sha256').update(JSON.stringify(criteria)).digest('base64url').slice(0, 12);
}

export function encodeSearchCursor(position: SearchPosition, fingerprint: string): string {
  return encodeCursor([VERSION, position.tier, position.registeredAt, position.id, fingerprint]);
}

export type DecodedCursor = { ok: true; position: SearchPosition; fingerprint: string } | { ok: false };

export function decodeSearchCursor(cursor: string): DecodedCursor {
  const value = decodeCursor(cursor);
  if (!value || value.length !== 5) return { ok: false };
  const [version, tier, registeredAt, id, fingerprint] = value;
  if (version !== VERSION || (tier !== 0 && tier !== 1 && tier !== 2) || typeof registeredAt !== 'string' || typeof id !== 'string' || typeof fingerprint !== 'string') return { ok: false };
  if (!ISO.test(registeredAt) || Number.isNaN(Date.parse(registeredAt)) || !UUID.test(id)) return { ok: false };
  return { ok: true, position: { tier, registeredAt, id }, fingerprint };
}
