import { pageOf, type Database, type SqlExecutor } from '@scq/platform-persistence';
import { DUPLICATE_THRESHOLD, prepareScenarioText, scenarioSimilarity, type Scenario } from '@scq/registry-domain';
import type { DuplicateFinder, NearDuplicate } from '../duplicate-finder.port';
import type { ScenarioRepository } from '../scenario.repository.port';
import type { DuplicateDecision, DuplicateDecisionKind, DuplicateDecisionStore } from './duplicate-decision.port';
import { compareDuplicatePositions, duplicatePositionOf, encodeDuplicateCursor, type DuplicatePosition } from './duplicates-cursor';
import { SearchRequestRefused } from './search.errors';

/** Who may link or dismiss near-duplicates: the coordinator (市发展改革委 统筹) and administrators. */
export const DUPLICATE_DECIDER_ROLES = ['coordinator', 'admin'] as const;

export interface DuplicateDecider {
  id: string | null;
  roles: string[];
}

export interface DecideDuplicateCommand {
  scenarioId: string;
  otherId: string;
  decision: DuplicateDecisionKind;
  note?: string;
  decider: DuplicateDecider;
}

export type DuplicateCandidate = NearDuplicate & { decision: Omit<DuplicateDecision, 'scenarioId' | 'otherId'> | null };

export interface DuplicateReview {
  scenarioId: string;
  threshold: number;
  /**
   * A page of the near-duplicates and of every scenario a decision was taken on, with the latest decision: same
   * domain and district first, then by score (higher first), then by scenario id.
   */
  candidates: DuplicateCandidate[];
  /** Pass back as `after` for the next page; null on the last page. */
  nextCursor: string | null;
}

/** A page of a review: `limit` candidates after `after` (from the start without it). */
export interface DuplicateReviewPage {
  limit: number;
  after?: DuplicatePosition;
}

/**
 * Every near-duplicate the finder proposes is read and ordered, then paged (the finder scores at most its ~100
 * title-index candidates per request, so there is no narrower query to run).
 */
const ALL_NEAR_DUPLICATES = 1_000;

/** Throws `forbidden` unless the caller is the coordinator or an admin. */
export function assertMayDecideDuplicates(decider: DuplicateDecider): void {
  if (!decider.roles.some((role) => (DUPLICATE_DECIDER_ROLES as readonly string[]).includes(role))) {
    throw new SearchRequestRefused(
      'forbidden',
      `只有统筹单位或管理员可以处理疑似重复场景 only the coordinator or an admin may link or dismiss near-duplicates (your roles: ${decider.roles.join(', ') || 'none'})`,
    );
  }
}

async function existing(db: SqlExecutor, scenarios: ScenarioRepository, id: string, field: string): Promise<Scenario> {
  const scenario = await scenarios.findById(db, id);
  if (!scenario) throw new SearchRequestRefused('not-found', `场景不存在 Scenario ${id} not found`, field);
  return scenario;
}

function nearDuplicateOf(base: Scenario, other: Scenario): NearDuplicate {
  const similarity = scenarioSimilarity(prepareScenarioText(base), prepareScenarioText(other));
  return {
    scenarioId: other.id,
    score: similarity.score,
    title: other.title,
    domainCode: other.domainCode,
    district: other.district ?? null,
    sameDomain: similarity.sameDomain,
    sameDistrict: similarity.sameDistrict,
  };
}

/** POST: the coordinator links two scenarios as one (避免重复建设) or dismisses the likeness. */
export class DecideDuplicateHandler {
  constructor(
    private readonly db: Database,
    private readonly scenarios: ScenarioRepository,
    private readonly decisions: DuplicateDecisionStore,
  ) {}

  execute(command: DecideDuplicateCommand): Promise<DuplicateDecision> {
    assertMayDecideDuplicates(command.decider);
    if (command.scenarioId === command.otherId) throw new SearchRequestRefused('same-scenario', '不能与自身关联 a scenario cannot be its own duplicate', 'otherId');
    return this.db.transaction(async (tx) => {
      const base = await existing(tx, this.scenarios, command.scenarioId, 'id');
      const other = await existing(tx, this.scenarios, command.otherId, 'otherId');
      const decision: DuplicateDecision = {
        scenarioId: base.id,
        otherId: other.id,
        decision: command.decision,
        note: command.note ?? null,
        score: nearDuplicateOf(base, other).score,
        decidedBy: command.decider.id,
        decidedRoles: command.decider.roles,
        decidedAt: new Date(),
      };
      await this.decisions.record(tx, decision);
      return decision;
    });
  }
}

/** GET: a scenario's near-duplicates with their scores, and the decisions taken on them. */
export class ReviewDuplicatesHandler {
  constructor(
    private readonly scenarios: ScenarioRepository,
    private readonly finder: DuplicateFinder,
    private readonly decisions: DuplicateDecisionStore,
  ) {}

  async execute(db: SqlExecutor, scenarioId: string, page: DuplicateReviewPage = { limit: 20 }): Promise<DuplicateReview> {
    const scenario = await existing(db, this.scenarios, scenarioId, 'id');
    const [found, decided] = await Promise.all([
      this.finder.findNearDuplicates(db, scenario, { limit: ALL_NEAR_DUPLICATES, excludeId: scenario.id }),
      this.decisions.latestFor(db, scenario.id),
    ]);
    const byOther = new Map(decided.map((d) => [d.otherId, d]));
    const candidates: DuplicateCandidate[] = found.map((near) => ({ ...near, decision: strip(byOther.get(near.scenarioId)) }));
    const listed = new Set(found.map((near) => near.scenarioId));
    for (const decision of decided) {
      if (listed.has(decision.otherId)) continue;
      const other = await this.scenarios.findById(db, decision.otherId);
      if (other) candidates.push({ ...nearDuplicateOf(scenario, other), decision: strip(decision) });
    }
    const { after } = page;
    const ordered = candidates
      .map((candidate) => ({ candidate, position: duplicatePositionOf(candidate) }))
      .filter(({ position }) => !after || compareDuplicatePositions(position, after) > 0)
      .sort((a, b) => compareDuplicatePositions(a.position, b.position));
    const { items, nextCursor } = pageOf(ordered, page.limit, (last) => encodeDuplicateCursor(last.position));
    return { scenarioId: scenario.id, threshold: DUPLICATE_THRESHOLD, candidates: items.map(({ candidate }) => candidate), nextCursor };
  }
}

function strip(decision: DuplicateDecision | undefined): DuplicateCandidate['decision'] {
  if (!decision) return null;
  const { scenarioId: _s, otherId: _o, ...rest } = decision;
  return rest;
}
