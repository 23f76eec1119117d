import type { SqlExecutor } from '@scq/platform-persistence';

export const DUPLICATE_DECISIONS = ['link', 'dismiss'] as const;
export type DuplicateDecisionKind = (typeof DUPLICATE_DECISIONS)[number];

/** The coordinator's word on a pair of scenarios: the same scenario (link) or not (dismiss). */
export interface DuplicateDecision {
  /** Seen from this scenario… */
  scenarioId: string;
  /** …about that one (a pair is symmetric: A–B is B–A). */
  otherId: string;
  decision: DuplicateDecisionKind;
  note: string | null;
  /** The similarity when the decision was taken. */
  score: number | null;
  decidedBy: string | null;
  decidedRoles: string[];
  decidedAt: Date;
}

export interface DuplicateDecisionStore {
  /** Appends a decision; the latest decision on a pair is the one that counts. */
  record(tx: SqlExecutor, decision: DuplicateDecision): Promise<void>;
  /** The latest decision on every pair involving the scenario, seen from its side. */
  latestFor(db: SqlExecutor, scenarioId: string): Promise<DuplicateDecision[]>;
}

