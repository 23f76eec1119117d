import { randomUUID } from 'node:crypto';
import type { Database, SqlExecutor } from '@scq/platform-persistence';
import { quoteIdentifier } from '@scq/platform-persistence';
import type { Actor, LifecycleCatalog, RunnableLifecycle } from './lifecycle-definition';
import { LifecycleError } from './lifecycle.errors';
import type { HistoryEntry, LifecycleInstance, StoredSnapshot } from './lifecycle-instance';
import { actorFacts, chainEntry, type LifecycleRunner } from './lifecycle.runner';
import type { MachineMigration } from './machine-migration';

/**
 * Lifecycle releases: shipping a new version of a machine to the instances running on older ones. A release is
 * planned (a dry run, which changes nothing), then applied instance by instance — each move its own transaction with
 * a `migration` row in the instance's history — and recorded (who, when, how many moved, skipped, failed and why).
 *
 * An instance moves when its stored snapshot, mapped by the code's migration for its version (if any) and by the
 * operator's stage map (v1 stage → v2 stage), restores in the target machine. It cannot move — and stays where it
 * is, on its version — when its stage (or a state its history remembers) does not exist in the target and no mapping
 * names one. Instances that finished (a final state) stay on the version they ended on. Applying again moves nothing
 * more: what moved is no longer on an older version, and what could not move still cannot.
 */

/** One instance in a plan: where it is, where it would go (null: it cannot move) and why not. */
export interface ReleaseStep {
  instanceId: string;
  subjectId: string;
  from: { version: number; stage: string };
  to: { version: number; stage: string } | null;
  problem: { code: ReleaseProblemCode; message: string } | null;
}

export type ReleaseProblemCode = 'STAGE_NOT_IN_TARGET' | 'MAPPING_FAILED';

export interface ReleaseRequest {
  machineId: string;
  toVersion: number;
  /** Only instances on this version (default: every older version). */
  fromVersion?: number;
  /** v(old) stage → v(new) stage, for stages the new version renamed or removed (e.g. `operating.piloting.sandboxReview`). */
  stageMap?: Record<string, string>;
}

export interface ReleasePlan {
  machineId: string;
  toVersion: number;
  fromVersions: number[];
  stageMap: Record<string, string>;
  steps: ReleaseStep[];
  counts: { move: number; blocked: number };
}

export type ReleaseOutcome = 'moved' | 'skipped' | 'failed';

export interface ReleaseRecordStep extends ReleaseStep {
  outcome: ReleaseOutcome;
  /** Whether the move changed the stage (only then were stage events published). */
  stageChanged: boolean;
}

export interface ReleaseRecord {
  id: string;
  machineId: string;
  toVersion: number;
  fromVersions: number[];
  stageMap: Record<string, string>;
  actor: { id: string; roles: string[] };
  startedAt: string;
  finishedAt: string | null;
  counts: { moved: number; skipped: number; failed: number };
  steps?: ReleaseRecordStep[];
}

export interface MachineVersionSummary {
  version: number;
  current: boolean;
  /** Instances on this version that have not finished. */
  running: number;
  /** Instances that ended on this version (they stay on it). */
  finished: number;
}

export interface MachineSummary {
  id: string;
  currentVersion: number;
  versions: MachineVersionSummary[];
}

/** What a service does when an instance moved (e.g. publish its stage change), inside the move's transaction. */
export type OnInstanceMoved = (tx: SqlExecutor, moved: { instance: LifecycleInstance<unknown>; entry: HistoryEntry; stageChanged: boolean }) => Promise<void>;

/** The path of a stage in a state value: `operating.piloting.sandbox` → `{ operating: { piloting: 'sandbox' } }`. */
export function stageValue(stage: string): unknown {
  const parts = stage.split('.');
  return parts.reduceRight<unknown>((child, parent) => (child === undefined ? parent : { [parent]: child }), undefined);
}

/** Every leaf and compound stage a machine has (dotted paths), for checking a stage map. */
export function stagesOf(definition: RunnableLifecycle<unknown>): string[] {
  const out: string[] = [];
  const visit = (node: { states?: Record<string, unknown>; type?: string }, prefix: string) => {
    for (const [key, child] of Object.entries(node.states ?? {})) {
      const state = child as { states?: Record<string, unknown>; type?: string };
      if (state.type === 'history') continue;
      const path = prefix ? `${prefix}.${key}` : key;
      out.push(path);
      visit(state, path);
    }
  };
  visit(definition.machine.root as never, '');
  return out;
}

export class MachineReleases {
  private readonly releases: string;
  private readonly steps: string;

  constructor(
    private readonly db: Database,
    private readonly runner: Pick<LifecycleRunner, 'store' | 'catalog' | 'keys'>,
    /** The machines offered for release (others in the catalog are not listed). */
    private readonly machineIds: readonly string[],
    /** Migrations the code ships (a mapping of snapshots from one version to the next); default: snapshots move as they are. */
    private readonly migrations: readonly MachineMigration[] = [],
    private readonly onMoved: OnInstanceMoved = async () => undefined,
  ) {
    const schema = quoteIdentifier(runner.store.schema);
    this.releases = `${schema}.lifecycle_release`;
    this.steps = `${schema}.lifecycle_release_step`;
  }

  /** Every machine with its versions: which is current, how many instances run (and have finished) on each. */
  async machines(): Promise<MachineSummary[]> {
    const catalog = this.runner.catalog;
    // Counted by stage in the database: whether a stage is final is the machine's to say, not the row's.
    const { rows } = await this.db.query<{ machine_id: string; machine_version: number; stage: string; n: number }>(
      `SELECT machine_id, machine_version, stage, count(*)::int AS n FROM ${quoteIdentifier(this.runner.store.schema)}.lifecycle_instance WHERE machine_id = ANY($1::text[]) GROUP BY machine_id, machine_version, stage`,
      [[...this.machineIds]],
    );
    return this.machineIds.map((id) => {
      const current = catalog.current(id).version;
      const versions = versionsOf(catalog, id).map((version) => {
        const on = rows.filter((row) => row.machine_id === id && row.machine_version === version);
        const total = on.reduce((sum, row) => sum + row.n, 0);
        const finished = on.filter((row) => isFinished(catalog.get(id, version), { value: stageValue(row.stage), context: {} })).reduce((sum, row) => sum + row.n, 0);
        return { version, current: version === current, running: total - finished, finished };
      });
      return { id, currentVersion: current, versions };
    });
  }

  /** The dry run: which running instances would move where, which cannot and why. Changes nothing. */
  async plan(request: ReleaseRequest, db: SqlExecutor = this.db): Promise<ReleasePlan> {
    const { target, fromVersions, stageMap } = this.checkRequest(request);
    const steps: ReleaseStep[] = [];
    for (const version of fromVersions) {
      const source = this.runner.catalog.get(request.machineId, version);
      for (const instance of await this.runner.store.instancesOf(db, request.machineId, version)) {
        if (isFinished(source, instance.snapshot)) continue;
        steps.push(this.stepOf(instance, target, stageMap).step);
      }
    }
    return { machineId: request.machineId, toVersion: target.version, fromVersions, stageMap, steps, counts: { move: steps.filter((s) => s.to).length, blocked: steps.filter((s) => !s.to).length } };
  }

  /**
   * Applies a release: each instance that can move moves in its own transaction (locked, re-planned, version-checked),
   * with a `migration` history row and — only if its stage changed — the service's stage events; the others are
   * recorded as skipped (cannot move) or failed (changed meanwhile, or refused by the database). Returns the record.
   */
  async apply(request: ReleaseRequest, actor: Actor, correlationId: string = randomUUID()): Promise<ReleaseRecord> {
    const planned = await this.plan(request);
    const id = randomUUID();
    const startedAt = new Date();
    await this.db.query(
      `INSERT INTO ${this.releases} (id, machine_id, to_version, from_versions, stage_map, actor, started_at, moved, skipped, failed) VALUES ($1, $2, $3, $4::int[], $5::jsonb, $6::jsonb, $7, 0, 0, 0)`,
      [id, planned.machineId, planned.toVersion, planned.fromVersions, JSON.stringify(planned.stageMap), JSON.stringify({ id: actor.id, roles: [...actor.roles] }), startedAt],
    );
    const target = this.runner.catalog.get(request.machineId, planned.toVersion);
    const counts = { moved: 0, skipped: 0, failed: 0 };
    for (const [index, step] of planned.steps.entries()) {
      let recorded: ReleaseRecordStep;
      if (!step.to) recorded = { ...step, outcome: 'skipped', stageChanged: false };
      else {
        try {
          recorded = await this.db.transaction((tx) => this.move(tx, step, target, planned, actor, correlationId));
        } catch (error) {
          recorded = { ...step, to: null, outcome: 'failed', stageChanged: false, problem: { code: 'MAPPING_FAILED', message: (error as Error).message.slice(0, 500) } };
        }
      }
      counts[recorded.outcome] += 1;
      await this.db.query(
        `INSERT INTO ${this.steps} (release_id, position, instance_id, subject_id, from_version, from_stage, to_version, to_stage, outcome, stage_changed, problem) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11::jsonb)`,
        [id, index, recorded.instanceId, recorded.subjectId, recorded.from.version, recorded.from.stage, recorded.to?.version ?? null, recorded.to?.stage ?? null, recorded.outcome, recorded.stageChanged, recorded.problem ? JSON.stringify(recorded.problem) : null],
      );
    }
    await this.db.query(`UPDATE ${this.releases} SET finished_at = $2, moved = $3, skipped = $4, failed = $5 WHERE id = $1`, [id, new Date(), counts.moved, counts.skipped, counts.failed]);
    const record = await this.release(id);
    if (!record) throw new Error(`release ${id} was not recorded`);
    return record;
  }

  /** The releases applied, newest first. */
  async list(limit = 50): Promise<ReleaseRecord[]> {
    const { rows } = await this.db.query<ReleaseRow>(`SELECT * FROM ${this.releases} ORDER BY started_at DESC, id LIMIT $1`, [limit]);
    return rows.map(recordOf);
  }

  async release(id: string): Promise<ReleaseRecord | null> {
    const { rows } = await this.db.query<ReleaseRow>(`SELECT * FROM ${this.releases} WHERE id = $1`, [id]);
    if (!rows[0]) return null;
    const steps = await this.db.query<StepRow>(`SELECT * FROM ${this.steps} WHERE release_id = $1 ORDER BY position`, [id]);
    return {
      ...recordOf(rows[0]),
      steps: steps.rows.map((row) => ({
        instanceId: row.instance_id,
        subjectId: row.subject_id,
        from: { version: row.from_version, stage: row.from_stage },
        to: row.to_version === null || row.to_stage === null ? null : { version: row.to_version, stage: row.to_stage },
        outcome: row.outcome,
        stageChanged: row.stage_changed,
        problem: row.problem,
      })),
    };
  }

  private async move(tx: SqlExecutor, step: ReleaseStep, target: RunnableLifecycle<unknown>, plan: ReleasePlan, actor: Actor, correlationId: string): Promise<ReleaseRecordStep> {
    const instance = await this.runner.store.find<unknown>(tx, step.instanceId, true);
    if (!instance) throw new Error('实例已不存在 the instance is gone');
    if (instance.machineVersion !== step.from.version || instance.stage !== step.from.stage) {
      throw new Error(`实例已变化（现为 v${instance.machineVersion} ${instance.stage}）the instance changed meanwhile (now v${instance.machineVersion} ${instance.stage})`);
    }
    const { step: replanned, snapshot } = this.stepOf(instance, target, plan.stageMap);
    if (!replanned.to || !snapshot) return { ...replanned, outcome: 'skipped', stageChanged: false };
    const now = new Date();
    const entry = chainEntry(this.runner.keys, instance.historyHead, {
      instanceId: instance.id,
      sequence: instance.historyLength,
      kind: 'migration',
      machineId: instance.machineId,
      machineVersion: target.version,
      from: instance.stage,
      to: replanned.to.stage,
      event: { type: 'migrate', fromVersion: instance.machineVersion, toVersion: target.version, snapshot, ...(Object.keys(plan.stageMap).length ? { stageMap: plan.stageMap } : {}) },
      actor: actorFacts(actor),
      reason: `机器版本发布 machine release ${instance.machineId} v${instance.machineVersion} → v${target.version}`,
      correlationId,
      occurredAt: now.toISOString(),
      subject: instance.subject as Record<string, unknown>,
    });
    const moved = { ...instance, machineVersion: target.version, stage: entry.to, snapshot, version: instance.version + 1, historyLength: instance.historyLength + 1, historyHead: entry.hash, updatedAt: now };
    if (!(await this.runner.store.recordTransition(tx, moved, instance.version, entry))) throw new LifecycleError('CONCURRENT_TRANSITION', `instance ${instance.id} changed during the release`);
    const stageChanged = entry.from !== entry.to;
    await this.onMoved(tx, { instance: moved, entry, stageChanged });
    return { ...replanned, outcome: 'moved', stageChanged };
  }

  private stepOf(instance: LifecycleInstance<unknown>, target: RunnableLifecycle<unknown>, stageMap: Record<string, string>): { step: ReleaseStep; snapshot: StoredSnapshot | null } {
    const from = { version: instance.machineVersion, stage: instance.stage };
    const base = { instanceId: instance.id, subjectId: instance.subjectId, from };
    let snapshot: StoredSnapshot;
    try {
      snapshot = JSON.parse(JSON.stringify(this.codeMigration(instance.machineId, instance.machineVersion, target.version)(instance.snapshot))) as StoredSnapshot;
    } catch (error) {
      return { step: { ...base, to: null, problem: { code: 'MAPPING_FAILED', message: `迁移映射失败 the migration's mapping failed: ${(error as Error).message}` } }, snapshot: null };
    }
    // History nodes remember states by XState id: `<the xstate machine's id>.<path>`.
    const prefix = `${target.machine.id}.`;
    snapshot = remapStages(snapshot, prefix, stageMap);
    const targetStages = new Set(stagesOf(target));
    const stage = stageOfValue(snapshot.value);
    const remembered = Object.values(snapshot.historyValue ?? {}).flat().map(({ id }) => (id.startsWith(prefix) ? id.slice(prefix.length) : id));
    const missing = [stage, ...remembered].find((path) => path !== null && !targetStages.has(path));
    if (stage === null || missing !== undefined) {
      const what = missing ?? String(stage);
      return {
        step: { ...base, to: null, problem: { code: 'STAGE_NOT_IN_TARGET', message: `阶段 ${what} 在 v${target.version} 中不存在，且未给出映射 stage ${what} does not exist in v${target.version} and no mapping names one` } },
        snapshot: null,
      };
    }
    try {
      return { step: { ...base, to: { version: target.version, stage: target.stageOf(snapshot) }, problem: null }, snapshot };
    } catch (error) {
      return { step: { ...base, to: null, problem: { code: 'MAPPING_FAILED', message: `v${target.version} 无法恢复此状态 v${target.version} cannot restore this state: ${(error as Error).message}` } }, snapshot: null };
    }
  }

  /** The code's mappings from `from` up to `to`, applied in order (a version without one moves snapshots as they are). */
  private codeMigration(machineId: string, from: number, to: number): (snapshot: StoredSnapshot) => StoredSnapshot {
    return (snapshot) => {
      let out = snapshot;
      for (let version = from; version < to; version += 1) {
        const migration = this.migrations.find((m) => m.machineId === machineId && m.fromVersion === version);
        if (migration?.mapSnapshot) out = migration.mapSnapshot(out);
      }
      return out;
    };
  }

  private checkRequest(request: ReleaseRequest): { target: RunnableLifecycle<unknown>; fromVersions: number[]; stageMap: Record<string, string> } {
    if (!this.machineIds.includes(request.machineId)) throw new LifecycleError('NOT_FOUND', `没有此状态机 No machine ${request.machineId}; known: ${this.machineIds.join(', ')}`);
    const versions = versionsOf(this.runner.catalog, request.machineId);
    if (!versions.includes(request.toVersion)) throw new LifecycleError('NOT_FOUND', `没有此版本 No version ${request.toVersion} of ${request.machineId}; known: ${versions.join(', ')}`);
    const older = versions.filter((version) => version < request.toVersion);
    if (request.fromVersion !== undefined && !older.includes(request.fromVersion)) {
      throw new LifecycleError('MIGRATION_INVALID', `起始版本须早于目标版本 fromVersion must be an older version of ${request.machineId} than ${request.toVersion}; known older: ${older.join(', ') || 'none'}`);
    }
    const target = this.runner.catalog.get<unknown>(request.machineId, request.toVersion);
    const stages = new Set(stagesOf(target));
    const stageMap = request.stageMap ?? {};
    for (const [from, to] of Object.entries(stageMap)) {
      if (!stages.has(to)) throw new LifecycleError('MIGRATION_INVALID', `映射目标阶段 ${to} 在 v${target.version} 中不存在 stage map: ${from} → ${to}, but v${target.version} has no stage ${to}`);
    }
    return { target, fromVersions: request.fromVersion !== undefined ? [request.fromVersion] : older, stageMap };
  }
}

function versionsOf(catalog: LifecycleCatalog, machineId: string): number[] {
  const versions: number[] = [];
  for (let version = 1; version <= catalog.current(machineId).version; version += 1) {
    try {
      catalog.get(machineId, version);
      versions.push(version);
    } catch {
      // a version the service no longer carries
    }
  }
  return versions;
}

function isFinished(definition: RunnableLifecycle<unknown>, snapshot: StoredSnapshot): boolean {
  try {
    return definition.machine.resolveState({ value: snapshot.value as never, context: snapshot.context }).status === 'done';
  } catch {
    return false;
  }
}

function stageOfValue(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (value === null || typeof value !== 'object') return null;
  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.length !== 1) return null;
  const [parent, child] = entries[0];
  const rest = stageOfValue(child);
  return rest === null ? parent : `${parent}.${rest}`;
}

/** Applies a stage map to the state value and to the states history nodes remember (ids are `<prefix><path>`). */
function remapStages(snapshot: StoredSnapshot, prefix: string, stageMap: Record<string, string>): StoredSnapshot {
  if (Object.keys(stageMap).length === 0) return snapshot;
  const mapPath = (path: string) => {
    for (const [from, to] of Object.entries(stageMap)) {
      if (path === from) return to;
      if (path.startsWith(`${from}.`)) return `${to}${path.slice(from.length)}`;
    }
    return path;
  };
  const stage = stageOfValue(snapshot.value);
  const historyValue = snapshot.historyValue
    ? Object.fromEntries(Object.entries(snapshot.historyValue).map(([key, nodes]) => [key, nodes.map(({ id }) => ({ id: id.startsWith(prefix) ? `${prefix}${mapPath(id.slice(prefix.length))}` : id }))]))
    : undefined;
  return { ...snapshot, value: stage === null ? snapshot.value : stageValue(mapPath(stage)), ...(historyValue ? { historyValue } : {}) };
}

interface ReleaseRow {
  id: string;
  machine_id: string;
  to_version: number;
  from_versions: number[];
  stage_map: Record<string, string>;
  actor: { id: string; roles: string[] };
  started_at: Date;
  finished_at: Date | null;
  moved: number;
  skipped: number;
  failed: number;
}

interface StepRow {
  instance_id: string;
  subject_id: string;
  from_version: number;
  from_stage: string;
  to_version: number | null;
  to_stage: string | null;
  outcome: ReleaseOutcome;
  stage_changed: boolean;
  problem: ReleaseStep['problem'];
}

function recordOf(row: ReleaseRow): ReleaseRecord {
  return {
    id: row.id,
    machineId: row.machine_id,
    toVersion: row.to_version,
    fromVersions: row.from_versions,
    stageMap: row.stage_map,
    actor: row.actor,
    startedAt: row.started_at.toISOString(),
    finishedAt: row.finished_at?.toISOString() ?? null,
    counts: { moved: row.moved, skipped: row.skipped, failed: row.failed },
  };
}
