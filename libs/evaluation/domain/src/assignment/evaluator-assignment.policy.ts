import type { Conflict } from '../pool/conflict-of-interest.rules';

/** An evaluator of the pool as the assignment sees them: expertise, availability, current load, and conflicts with this assessment. */
export interface PoolCandidate {
  id: string;
  organisationId: string;
  /** Domain codes of the taxonomy. */
  expertise: readonly string[];
  /** Retired evaluators stay in the pool's history but are never assigned. */
  active: boolean;
  /** Declared availability (on leave, abroad …). */
  available: boolean;
  /** How many open assignments the evaluator takes at most. */
  capacity: number;
  /** Open assignments now (assigned, not yet scored). */
  load: number;
  conflicts: readonly Conflict[];
}

export interface AssignmentRequest {
  /** The domain the evaluators must know (null: any expertise). */
  domainCode: string | null;
  count: number;
  /** Already on (or once on) this assessment: never picked again. */
  exclude: readonly string[];
  /** Spreads ties deterministically (the assessment id). */
  seed: string;
}

export type SkipReason = 'conflict' | 'retired' | 'unavailable' | 'at-capacity' | 'no-expertise' | 'already-involved';

export interface AssignmentPlan {
  selected: string[];
  /** How many more were needed than the pool could give. */
  shortfall: number;
  skipped: Array<{ evaluatorId: string; reasons: SkipReason[]; conflicts: Conflict[] }>;
}

/**
 * Picks `count` evaluators. Eligible: active, available, below capacity, with expertise in the domain, never on
 * this assessment before, and WITHOUT ANY conflict of interest. Among the eligible, the least loaded first
 * (balancing), ties broken by a hash of seed and id (deterministic, but not always the same person); and at
 * most one evaluator per organisation while enough other organisations remain (independence of the panel).
 */
export function planAssignment(candidates: readonly PoolCandidate[], request: AssignmentRequest): AssignmentPlan {
  const skipped: AssignmentPlan['skipped'] = [];
  const eligible: PoolCandidate[] = [];
  for (const candidate of candidates) {
    const reasons = skipReasons(candidate, request);
    if (reasons.length > 0) skipped.push({ evaluatorId: candidate.id, reasons, conflicts: [...candidate.conflicts] });
    else eligible.push(candidate);
  }
  const ranked = [...eligible].sort((a, b) => a.load - b.load || tieBreak(request.seed, a.id) - tieBreak(request.seed, b.id) || (a.id < b.id ? -1 : 1));
  const selected: string[] = [];
  const organisations = new Set<string>();
  for (const candidate of ranked) {
    if (selected.length >= request.count) break;
    if (organisations.has(candidate.organisationId)) continue;
    selected.push(candidate.id);
    organisations.add(candidate.organisationId);
  }
  for (const candidate of ranked) {
    if (selected.length >= request.count) break;
    if (!selected.includes(candidate.id)) selected.push(candidate.id);
  }
  return { selected, shortfall: Math.max(0, request.count - selected.length), skipped };
}

function skipReasons(candidate: PoolCandidate, request: AssignmentRequest): SkipReason[] {
  const reasons: SkipReason[] = [];
  if (candidate.conflicts.length > 0) reasons.push('conflict');
  if (!candidate.active) reasons.push('retired');
  if (!candidate.available) reasons.push('unavailable');
  if (candidate.load >= candidate.capacity) reasons.push('at-capacity');
  if (request.domainCode !== null && !candidate.expertise.includes(request.domainCode)) reasons.push('no-expertise');
  if (request.exclude.includes(candidate.id)) reasons.push('already-involved');
  return reasons;
}

/** FNV-1a of seed and id: a stable pseudo-random order for equally loaded evaluators. */
function tieBreak(seed: string, id: string): number {
  let hash = 0x811c9dc5;
  for (const char of `${seed}\u0000${id}`) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}
