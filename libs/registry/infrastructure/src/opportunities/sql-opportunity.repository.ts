import { encodeTimeIdCursor, pageOf, type Page, type SqlExecutor } from '@scq/platform-persistence';
import type { OpportunityListQuery, OpportunityMatch, OpportunityRepository, OpportunityView } from '@scq/registry-application';
import type { CloseReason, Opportunity, OpportunityStatus } from '@scq/registry-domain';
import { addTerms, OPPORTUNITY_TEXT, SqlFilter } from './sql-filter';

interface OpportunityRow {
  id: string;
  scenario_id: string;
  title_zh: string;
  title_en: string | null;
  description_zh: string | null;
  description_en: string | null;
  capabilities: string[];
  budget_min_fen: string | null;
  budget_max_fen: string | null;
  respond_by: string;
  owner_unit: string;
  status: OpportunityStatus;
  published_on: string | null;
  published_year: number | null;
  published_by: string | null;
  closed_on: string | null;
  close_reason: CloseReason | null;
  close_note: string | null;
  closed_by: string | null;
  created_by: string;
  created_at: Date;
  updated_at: Date;
  district?: string | null;
}

/** Dates come back as text (YYYY-MM-DD): pg and PGlite would otherwise turn them into local-midnight Dates. */
const COLUMNS = `o.id, o.scenario_id, o.title_zh, o.title_en, o.description_zh, o.description_en, o.capabilities, o.budget_min_fen::text AS budget_min_fen,
  o.budget_max_fen::text AS budget_max_fen, o.respond_by::text AS respond_by, o.owner_unit, o.status, o.published_on::text AS published_on, o.published_year,
  o.published_by, o.closed_on::text AS closed_on, o.close_reason, o.close_note, o.closed_by, o.created_by, o.created_at, o.updated_at`;

export class SqlOpportunityRepository implements OpportunityRepository {
  async insert(tx: SqlExecutor, o: Opportunity): Promise<void> {
    await tx.query(
      `INSERT INTO registry.opportunity (id, scenario_id, title_zh, title_en, description_zh, description_en, capabilities, budget_min_fen, budget_max_fen, respond_by,
         owner_unit, status, published_on, published_year, published_by, closed_on, close_reason, close_note, closed_by, created_by, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22)`,
      [o.id, o.scenarioId, ...mutable(o), o.createdBy, o.createdAt, o.updatedAt],
    );
  }

  async update(tx: SqlExecutor, o: Opportunity): Promise<void> {
    await tx.query(
      `UPDATE registry.opportunity SET title_zh = $2, title_en = $3, description_zh = $4, description_en = $5, capabilities = $6, budget_min_fen = $7, budget_max_fen = $8,
         respond_by = $9, owner_unit = $10, status = $11, published_on = $12, published_year = $13, published_by = $14, closed_on = $15, close_reason = $16,
         close_note = $17, closed_by = $18, updated_at = $19
       WHERE id = $1`,
      [o.id, ...mutable(o), o.updatedAt],
    );
  }

  async delete(tx: SqlExecutor, id: string): Promise<void> {
    await tx.query('DELETE FROM registry.opportunity WHERE id = $1', [id]);
  }

  async findById(db: SqlExecutor, id: string): Promise<OpportunityView | null> {
    const { rows } = await db.query<OpportunityRow>(
      `SELECT ${COLUMNS}, s.district FROM registry.opportunity o JOIN registry.scenario s ON s.id = o.scenario_id WHERE o.id = $1`,
      [id],
    );
    return rows[0] ? toView(rows[0]) : null;
  }

  async findByIdForUpdate(tx: SqlExecutor, id: string): Promise<Opportunity | null> {
    const { rows } = await tx.query<OpportunityRow>(`SELECT ${COLUMNS} FROM registry.opportunity o WHERE o.id = $1 FOR UPDATE`, [id]);
    return rows[0] ? toOpportunity(rows[0]) : null;
  }

  async findManyForShare(tx: SqlExecutor, ids: readonly string[]): Promise<Opportunity[]> {
    if (ids.length === 0) return [];
    const { rows } = await tx.query<OpportunityRow>(`SELECT ${COLUMNS} FROM registry.opportunity o WHERE o.id = ANY($1::uuid[]) FOR SHARE`, [[...ids]]);
    return rows.map(toOpportunity);
  }

  /** Keyset pagination on (created_at, id). */
  async list(db: SqlExecutor, query: OpportunityListQuery): Promise<Page<OpportunityView>> {
    const filter = new SqlFilter();
    if (query.year !== undefined) filter.add('o.published_year = $?', query.year);
    if (query.district !== undefined) filter.add('s.district = $?', query.district);
    if (query.status !== undefined) filter.add('o.status = $?', query.status);
    if (query.scenarioId !== undefined) filter.add('o.scenario_id = $?', query.scenarioId);
    if (query.ownerUnit !== undefined) filter.add('o.owner_unit = $?', query.ownerUnit);
    addTerms(filter, query.terms, (term) => `strpos(${OPPORTUNITY_TEXT}, ${term}) > 0`);
    if (query.openOn !== undefined) filter.add(`o.status = 'published' AND o.respond_by >= $?::date`, query.openOn);
    if (query.draftsOf === 'none') filter.addRaw(`o.status <> 'draft'`);
    else if (query.draftsOf !== 'all') filter.add(`(o.status <> 'draft' OR o.owner_unit = $?)`, query.draftsOf.unit);
    if (query.after) filter.addRaw(`(o.created_at, o.id) > (${filter.param(query.after.at)}::timestamptz, ${filter.param(query.after.id)}::uuid)`);
    const limit = filter.param(query.limit + 1);
    const { rows } = await db.query<OpportunityRow>(
      `SELECT ${COLUMNS}, s.district FROM registry.opportunity o JOIN registry.scenario s ON s.id = o.scenario_id ${filter.where} ORDER BY o.created_at, o.id LIMIT ${limit}`,
      filter.params,
    );
    return pageOf(rows.map(toView), query.limit, (last) => encodeTimeIdCursor(last.createdAt, last.id));
  }

  async matchesOf(db: SqlExecutor, id: string): Promise<OpportunityMatch[]> {
    const { rows } = await db.query<{ event_id: string; title_zh: string; title_en: string | null; held_on: string; supplier: string; organisation_type: string; status: string; note: string | null }>(
      `SELECT m.event_id, e.title_zh, e.title_en, e.held_on::text AS held_on, m.supplier, p.organisation_type, m.status, m.note
         FROM registry.matchmaking_outcome m
         JOIN registry.matchmaking_event e ON e.id = m.event_id
         JOIN registry.matchmaking_participant p ON p.event_id = m.event_id AND p.name = m.supplier
        WHERE m.opportunity_id = $1
        ORDER BY e.held_on, e.id, m.position`,
      [id],
    );
    return rows.map((r) => ({
      eventId: r.event_id,
      eventTitle: { zh: r.title_zh, ...(r.title_en ? { en: r.title_en } : {}) },
      heldOn: r.held_on,
      supplier: r.supplier,
      supplierType: r.organisation_type,
      status: r.status,
      ...(r.note ? { note: r.note } : {}),
    }));
  }
}

function mutable(o: Opportunity): unknown[] {
  return [
    o.title.zh,
    o.title.en ?? null,
    o.description?.zh ?? null,
    o.description?.en ?? null,
    o.sought.capabilities,
    o.sought.budget?.minFen ?? null,
    o.sought.budget?.maxFen ?? null,
    o.sought.respondBy,
    o.ownerUnit,
    o.status,
    o.publishedOn,
    o.publishedYear,
    o.publishedBy,
    o.closedOn,
    o.closeReason,
    o.closeNote,
    o.closedBy,
  ];
}

function toOpportunity(row: OpportunityRow): Opportunity {
  const description = row.description_zh || row.description_en ? { ...(row.description_zh ? { zh: row.description_zh } : {}), ...(row.description_en ? { en: row.description_en } : {}) } : undefined;
  const budget =
    row.budget_min_fen !== null || row.budget_max_fen !== null
      ? { ...(row.budget_min_fen !== null ? { minFen: Number(row.budget_min_fen) } : {}), ...(row.budget_max_fen !== null ? { maxFen: Number(row.budget_max_fen) } : {}) }
      : undefined;
  return {
    id: row.id,
    scenarioId: row.scenario_id,
    title: { zh: row.title_zh, ...(row.title_en ? { en: row.title_en } : {}) },
    ...(description ? { description } : {}),
    sought: { capabilities: row.capabilities, ...(budget ? { budget } : {}), respondBy: row.respond_by },
    ownerUnit: row.owner_unit,
    status: row.status,
    publishedOn: row.published_on,
    publishedYear: row.published_year,
    publishedBy: row.published_by,
    closedOn: row.closed_on,
    closeReason: row.close_reason,
    closeNote: row.close_note,
    closedBy: row.closed_by,
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function toView(row: OpportunityRow): OpportunityView {
  return { ...toOpportunity(row), district: row.district ?? null };
}
