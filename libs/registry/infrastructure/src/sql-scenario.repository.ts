import { encodeTimeIdCursor, pageOf, type SqlExecutor } from '@scq/platform-persistence';
import type { ProjectedStageChange, ScenarioListQuery, ScenarioPage, ScenarioProfileRevision, ScenarioRepository } from '@scq/registry-application';
import { procurementConditions } from './procurement/sql-procurement.repository';
import { reachCondition } from './scenario-reach.sql';
import { isJointScenario, type Scenario } from '@scq/registry-domain';

export interface ScenarioRow {
  id: string;
  title_zh: string;
  title_en: string | null;
  description_zh: string | null;
  description_en: string | null;
  domain_code: string;
  owner_unit: string;
  taxonomy_version: string;
  district: string | null;
  aspect_code: string;
  owner_type: Scenario['ownerType'];
  tier: Scenario['tier'];
  budget_total_fen: string | null;
  funding_source: NonNullable<Scenario['budget']>['fundingSource'] | null;
  new_scenario_reserve_fen: string | null;
  sandbox_needed: boolean;
  sandbox_reason: string | null;
  tags: string[];
  contacts: Scenario['contacts'];
  co_owner_units: string[];
  stage: string | null;
  stage_sequence: number | null;
  stage_changed_at: Date | null;
  registered_at: Date;
  registered_by: string | null;
  registered_on_behalf: boolean;
  profile_revision: number;
}

/** A reported stage ($3: its sequence) is newer than the one shown when its sequence is higher, or none is shown yet: reports arrive in any order. */
const NEWER_STAGE = '(stage_sequence IS NULL OR stage_sequence < $3::int)';

/** The columns a Scenario is read from (the search slice's generated columns stay out of every read). */
export const SCENARIO_COLUMNS = `id, title_zh, title_en, description_zh, description_en, domain_code, owner_unit, taxonomy_version, district, aspect_code, owner_type,
  tier, budget_total_fen::text AS budget_total_fen, funding_source, new_scenario_reserve_fen::text AS new_scenario_reserve_fen, sandbox_needed, sandbox_reason, tags, contacts, co_owner_units, stage, stage_sequence, stage_changed_at, registered_at,
  registered_by, registered_on_behalf, profile_revision`;

/** The editable profile's columns (registration writes them, an edit rewrites them), in the order of `profileValues`. */
const PROFILE_COLUMNS: ReadonlyArray<{ name: string; cast?: string }> = [
  { name: 'title_zh' },
  { name: 'title_en' },
  { name: 'description_zh' },
  { name: 'description_en' },
  { name: 'district' },
  { name: 'tier' },
  { name: 'budget_total_fen' },
  { name: 'funding_source' },
  { name: 'new_scenario_reserve_fen' },
  { name: 'sandbox_needed' },
  { name: 'sandbox_reason' },
  { name: 'tags' },
  { name: 'contacts', cast: '::jsonb' },
  { name: 'co_owner_units' },
  { name: 'joint' },
];

function profileValues(s: Scenario): unknown[] {
  return [
    s.title.zh,
    s.title.en ?? null,
    s.description?.zh ?? null,
    s.description?.en ?? null,
    s.district ?? null,
    s.tier,
    s.budget?.totalFen ?? null,
    s.budget?.fundingSource ?? null,
    s.budget?.newScenarioReserveFen ?? null,
    s.sandbox?.needed ?? false,
    s.sandbox?.reason ?? null,
    s.tags,
    JSON.stringify(s.contacts),
    s.coOwnerUnits ?? [],
    isJointScenario(s),
  ];
}

export class SqlScenarioRepository implements ScenarioRepository {
  async insert(tx: SqlExecutor, s: Scenario): Promise<void> {
    const fixed = { id: s.id, domain_code: s.domainCode, owner_unit: s.ownerUnit, taxonomy_version: s.taxonomyVersion, registered_at: s.registeredAt, aspect_code: s.aspectCode, owner_type: s.ownerType, registered_by: s.registeredBy, registered_on_behalf: s.registeredOnBehalf };
    const columns = [...Object.keys(fixed), ...PROFILE_COLUMNS.map((column) => column.name)];
    const casts = [...Object.keys(fixed).map(() => ''), ...PROFILE_COLUMNS.map((column) => column.cast ?? '')];
    const placeholders = casts.map((cast, index) => `$${index + 1}${cast}`);
    await tx.query(`INSERT INTO registry.scenario (${columns.join(', ')}) VALUES (${placeholders.join(', ')})`, [...Object.values(fixed), ...profileValues(s)]);
  }

  async findById(db: SqlExecutor, id: string): Promise<Scenario | null> {
    const { rows } = await db.query<ScenarioRow>(`SELECT ${SCENARIO_COLUMNS} FROM registry.scenario WHERE id = $1`, [id]);
    return rows[0] ? toScenario(rows[0]) : null;
  }

  async findByOwnersAndDomains(db: SqlExecutor, ownerUnits: readonly string[], domainCodes: readonly string[]): Promise<Array<Pick<Scenario, 'id' | 'title' | 'domainCode' | 'ownerUnit'>>> {
    if (ownerUnits.length === 0 || domainCodes.length === 0) return [];
    const { rows } = await db.query<Pick<ScenarioRow, 'id' | 'title_zh' | 'domain_code' | 'owner_unit'>>(
      'SELECT id, title_zh, domain_code, owner_unit FROM registry.scenario WHERE owner_unit = ANY($1::text[]) AND domain_code = ANY($2::text[]) ORDER BY registered_at, id',
      [ownerUnits, domainCodes],
    );
    return rows.map((row) => ({ id: row.id, title: { zh: row.title_zh }, domainCode: row.domain_code, ownerUnit: row.owner_unit }));
  }

  async findByIdForUpdate(tx: SqlExecutor, id: string): Promise<Scenario | null> {
    const { rows } = await tx.query<ScenarioRow>(`SELECT ${SCENARIO_COLUMNS} FROM registry.scenario WHERE id = $1 FOR UPDATE`, [id]);
    return rows[0] ? toScenario(rows[0]) : null;
  }

  async updateProfile(tx: SqlExecutor, s: Scenario): Promise<void> {
    const assignments = PROFILE_COLUMNS.map((column, index) => `${column.name} = $${index + 2}${column.cast ?? ''}`);
    await tx.query(`UPDATE registry.scenario SET ${assignments.join(', ')}, profile_revision = $${PROFILE_COLUMNS.length + 2} WHERE id = $1`, [s.id, ...profileValues(s), s.profileRevision]);
  }

  async recordProfileRevision(tx: SqlExecutor, revision: ScenarioProfileRevision): Promise<void> {
    await tx.query('INSERT INTO registry.scenario_revision (scenario_id, revision, changed_by, changed_at, changes) VALUES ($1, $2, $3, $4, $5::jsonb)', [
      revision.scenarioId,
      revision.revision,
      revision.changedBy,
      revision.changedAt,
      JSON.stringify(revision.changes),
    ]);
  }

  async profileRevisions(db: SqlExecutor, scenarioId: string): Promise<ScenarioProfileRevision[]> {
    const { rows } = await db.query<{ scenario_id: string; revision: number; changed_by: string; changed_at: Date; changes: ScenarioProfileRevision['changes'] }>(
      'SELECT scenario_id, revision, changed_by, changed_at, changes FROM registry.scenario_revision WHERE scenario_id = $1 ORDER BY revision DESC',
      [scenarioId],
    );
    return rows.map((row) => ({ scenarioId: row.scenario_id, revision: row.revision, changedBy: row.changed_by, changedAt: row.changed_at, changes: row.changes }));
  }

  async projectStage(tx: SqlExecutor, change: ProjectedStageChange): Promise<boolean> {
    // Every SET reads the row as it was: each column keeps its value unless this report is newer or, for recognized_at,
    // tells of an earlier recognition. A report that changes nothing matches no row, so it writes nothing.
    const { rows } = await tx.query(
      `UPDATE registry.scenario SET
         stage = CASE WHEN ${NEWER_STAGE} THEN $2 ELSE stage END,
         stage_sequence = CASE WHEN ${NEWER_STAGE} THEN $3 ELSE stage_sequence END,
         stage_changed_at = CASE WHEN ${NEWER_STAGE} THEN $4::timestamptz ELSE stage_changed_at END,
         recognized_at = CASE WHEN $5::boolean THEN LEAST(COALESCE(recognized_at, $4::timestamptz), $4::timestamptz) ELSE recognized_at END
       WHERE id = $1 AND (${NEWER_STAGE} OR ($5::boolean AND (recognized_at IS NULL OR recognized_at > $4::timestamptz)))
       RETURNING 1 AS projected`,
      [change.scenarioId, change.stage, change.sequence, change.changedAt.toISOString(), change.recognised],
    );
    if (rows.length > 0) return true;
    return (await tx.query('SELECT 1 FROM registry.scenario WHERE id = $1', [change.scenarioId])).rows.length > 0;
  }

  async panelOf(db: SqlExecutor, scenarioId: string): Promise<string[]> {
    const { rows } = await db.query<{ evaluator_id: string }>('SELECT DISTINCT evaluator_id FROM registry.assessment_panel WHERE scenario_id = $1', [scenarioId]);
    return rows.map((row) => row.evaluator_id);
  }

  async replacePanel(tx: SqlExecutor, assessmentId: string, scenarioId: string, evaluatorIds: readonly string[]): Promise<void> {
    await tx.query('DELETE FROM registry.assessment_panel WHERE assessment_id = $1', [assessmentId]);
    if (evaluatorIds.length === 0) return;
    await tx.query(
      `INSERT INTO registry.assessment_panel (scenario_id, assessment_id, evaluator_id)
       SELECT $1, $2, e FROM unnest($3::text[]) AS e ON CONFLICT DO NOTHING`,
      [scenarioId, assessmentId, [...evaluatorIds]],
    );
  }

  /** Keyset pagination on (registered_at, id): stable while scenarios are being added. */
  async list(db: SqlExecutor, query: ScenarioListQuery): Promise<ScenarioPage> {
    const params: unknown[] = [];
    const where: string[] = [];
    if (query.reach) {
      where.push(
        reachCondition(query.reach, 'registry.scenario', (value, cast) => {
          params.push(value);
          return `$${params.length}::${cast}`;
        }),
      );
    }
    if (query.stage) {
      params.push(query.stage);
      where.push(`stage = $${params.length}`);
    }
    if (query.joint !== undefined) {
      params.push(query.joint);
      where.push(`joint = $${params.length}`);
    }
    if (query.ids) {
      params.push(query.ids);
      where.push(`id = ANY($${params.length}::uuid[])`);
    }
    where.push(
      ...procurementConditions(query, 'registry.scenario', (value, cast) => {
        params.push(value);
        return `$${params.length}::${cast}`;
      }),
    );
    if (query.after) {
      params.push(query.after.at, query.after.id);
      where.push(`(registered_at, id) > ($${params.length - 1}::timestamptz, $${params.length}::uuid)`);
    }
    params.push(query.limit + 1);
    const { rows } = await db.query<ScenarioRow>(
      `SELECT ${SCENARIO_COLUMNS} FROM registry.scenario ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY registered_at, id LIMIT $${params.length}`,
      params,
    );
    return pageOf(rows.map(toScenario), query.limit, (last) => encodeTimeIdCursor(last.registeredAt, last.id));
  }
}

export function toScenario(row: ScenarioRow): Scenario {
  const description = row.description_zh || row.description_en ? { ...(row.description_zh ? { zh: row.description_zh } : {}), ...(row.description_en ? { en: row.description_en } : {}) } : undefined;
  return {
    id: row.id,
    title: { zh: row.title_zh, ...(row.title_en ? { en: row.title_en } : {}) },
    ...(description ? { description } : {}),
    domainCode: row.domain_code,
    ownerUnit: row.owner_unit,
    taxonomyVersion: row.taxonomy_version as Scenario['taxonomyVersion'],
    ...(row.district ? { district: row.district } : {}),
    aspectCode: row.aspect_code,
    ownerType: row.owner_type,
    tier: row.tier,
    ...(row.budget_total_fen !== null && row.funding_source
      ? {
          budget: {
            totalFen: Number(row.budget_total_fen),
            fundingSource: row.funding_source,
            ...(row.new_scenario_reserve_fen !== null ? { newScenarioReserveFen: Number(row.new_scenario_reserve_fen) } : {}),
          },
        }
      : {}),
    ...(row.sandbox_needed || row.sandbox_reason ? { sandbox: { needed: row.sandbox_needed, ...(row.sandbox_reason ? { reason: row.sandbox_reason } : {}) } } : {}),
    tags: row.tags,
    contacts: row.contacts,
    coOwnerUnits: row.co_owner_units,
    stage: row.stage,
    stageSequence: row.stage_sequence,
    stageChangedAt: row.stage_changed_at,
    registeredAt: row.registered_at,
    registeredBy: row.registered_by,
    registeredOnBehalf: row.registered_on_behalf,
    profileRevision: row.profile_revision,
  };
}
