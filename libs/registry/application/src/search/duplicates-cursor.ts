import { decodeCursor, encodeCursor } from '@scq/platform-persistence';
import { duplicatePriority } from '@scq/registry-domain';
import type { NearDuplicate } from '../duplicate-finder.port';

/**
 * Where a page of a scenario's near-duplicates ended, in their order: same domain and district first
 * (`duplicatePriority`), then the higher score, then the scenario id. Written and read by the platform's keyset cursor.
 */
export interface DuplicatePosition {
  priority: number;
  score: number;
  scenarioId: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function duplicatePositionOf(candidate: Pick<NearDuplicate, 'sameDomain' | 'sameDistrict' | 'score' | 'scenarioId'>): DuplicatePosition {
  return { priority: duplicatePriority(candidate), score: candidate.score, scenarioId: candidate.scenarioId };
}

/** Negative when `a` comes before `b` in the order of near-duplicates. */
export function compareDuplicatePositions(a: DuplicatePosition, b: DuplicatePosition): number {
  if (a.priority !== b.priority) return a.priority - b.priority;
  if (a.score !== b.score) return b.score - a.score;
  return a.scenarioId < b.scenarioId ? -1 : a.scenarioId > b.scenarioId ? 1 : 0;
}

export function encodeDuplicateCursor(position: DuplicatePosition): string {
  return encodeCursor([position.priority, position.score, position.scenarioId]);
}

/** The position a `nextCursor` of `GET /api/scenarios/:id/duplicates` holds, or null when it is not one. */
export function decodeDuplicateCursor(cursor: string): DuplicatePosition | null {
  const [priority, score, scenarioId, ...rest] = decodeCursor(cursor) ?? [];
  if (rest.length > 0 || !Number.isInteger(priority) || (priority as number) < 0 || (priority as number) > 3) return null;
  if (typeof score !== 'number' || !Number.isFinite(score) || score < 0 || score > 1 || typeof scenarioId !== 'string' || !UUID.test(scenarioId)) return null;
  return { priority: priority as number, score, scenarioId };
}
