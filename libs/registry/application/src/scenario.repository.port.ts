import type { Page, SqlExecutor, TimeIdPosition } from '@scq/platform-persistence';
import type { ProcurementFilter, ProfileChange, Scenario } from '@scq/registry-domain';
import type { ScenarioReachFilter } from './scenario-reach';

/** One change of a scenario's profile, as the revision history keeps it. */
export interface ScenarioProfileRevision {
  scenarioId: string;
  /** The profile revision it made (2 for the first change). */
  revision: number;
  changedBy: string;
  changedAt: Date;
  changes: ProfileChange[];
}

/** A page of scenarios; pass `nextCursor` back as `after` for the next page (null on the last page). */
export type ScenarioPage = Page<Scenario>;

/** The scenario list's filters (stage, 成渝 joint flag, procurement route and method, 首台(套) reliance) and page. */
export interface ScenarioListQuery extends ProcurementFilter {
  stage?: string;
  joint?: boolean;
  /** Only these scenarios (a search's hits, to export them). */
  ids?: readonly string[];
  limit: number;
  after?: TimeIdPosition;
  reach?: ScenarioReachFilter | null;
}

export interface ProjectedStageChange {
  scenarioId: string;
  stage: string;
  sequence: number;
  changedAt: Date;
  /** The stage is recognition's outcome or a later one (\`isRecognisedOrLater\`). */
  recognised: boolean;
}

export interface ScenarioRepository {
  insert(tx: SqlExecutor, scenario: Scenario): Promise<void>;
  findById(db: SqlExecutor, id: string): Promise<Scenario | null>;
  /** Locks the row for the rest of the transaction. */
  findByIdForUpdate(tx: SqlExecutor, id: string): Promise<Scenario | null>;
  /** Writes the editable profile (and its revision number) of a scenario. */
  updateProfile(tx: SqlExecutor, scenario: Scenario): Promise<void>;
  recordProfileRevision(tx: SqlExecutor, revision: ScenarioProfileRevision): Promise<void>;
  /** The profile's changes, newest first. */
  profileRevisions(db: SqlExecutor, scenarioId: string): Promise<ScenarioProfileRevision[]>;
  /**
   * A reported stage change, in one statement: the stage when the report is newer than the one shown (a higher
   * sequence), and, for a stage at or after recognition, the earliest time it was reported recognised — even from a
   * late report. False: there is no such scenario.
   */
  projectStage(tx: SqlExecutor, change: ProjectedStageChange): Promise<boolean>;
  /** Scenarios of these owner units in these domains (an import looks among them for the scenarios it would repeat). */
  findByOwnersAndDomains(db: SqlExecutor, ownerUnits: readonly string[], domainCodes: readonly string[]): Promise<Array<Pick<Scenario, 'id' | 'title' | 'domainCode' | 'ownerUnit'>>>;
  /** Keyset pagination on (registered at, id); `after` is where the previous page ended. */
  list(db: SqlExecutor, query: ScenarioListQuery): Promise<ScenarioPage>;
  /** The evaluators on a current panel of an assessment about the scenario (the evaluation service's panel read model). */
  panelOf(db: SqlExecutor, scenarioId: string): Promise<string[]>;
  /** The panel of one assessment about a scenario becomes `evaluatorIds` (none: its rows go). */
  replacePanel(tx: SqlExecutor, assessmentId: string, scenarioId: string, evaluatorIds: readonly string[]): Promise<void>;
}

export const SCENARIO_REPOSITORY = Symbol('SCENARIO_REPOSITORY');
