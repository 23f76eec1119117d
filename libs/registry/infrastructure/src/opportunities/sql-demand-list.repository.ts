import { encodeCursor, pageOf, type Page, type SqlExecutor, type TimeIdPosition } from '@scq/platform-persistence';
import type { DemandListRepository, DemandListView } from '@scq/registry-application';
import { MatchmakingRuleError, type DemandList } from '@scq/registry-domain';
import { addTerms, OPPORTUNITY_TEXT, SqlFilter } from './sql-filter';

interface DemandListRow {
  id: string;
  number: string;
  title_zh: string;
  title_en: string | null;
  owner_unit: string;
  published_on: string;
  published_year: number;
  published_by: string;
  created_at: Date;
  opportunity_ids: string[] | null;
}

const SELECT = `SELECT l.id, l.number, l.title_zh, l.title_en, l.owner_unit, l.published_on::text AS published_on, l.published_year, l.published_by, l.created_at,
  ARRAY(SELECT i.opportunity_id::text FROM registry.demand_list_item i WHERE i.demand_list_id = l.id ORDER BY i.position) AS opportunity_ids
  FROM registry.demand_list l`;

export class SqlDemandListRepository implements DemandListRepository {
  async insert(tx: SqlExecutor, list: DemandList): Promise<void> {
    try {
      await tx.query(
        `INSERT INTO registry.demand_list (id, number, title_zh, title_en, owner_unit, published_on, published_year, published_by, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        [list.id, list.number, list.title.zh, list.title.en ?? null, list.ownerUnit, list.publishedOn, list.publishedYear, list.publishedBy, list.createdAt],
      );
    } catch (error) {
      if ((error as { code?: string }).code === '23505') {
        throw new MatchmakingRuleError('conflict', 'DUPLICATE_NUMBER', `${list.ownerUnit}已发布过编号为 ${list.number} 的需求清单 ${list.ownerUnit} already published a demand list numbered ${list.number}`);
      }
      throw error;
    }
    await tx.query(
      `INSERT INTO registry.demand_list_item (demand_list_id, position, opportunity_id)
       SELECT $1, item.position, item.id FROM unnest($2::uuid[]) WITH ORDINALITY AS item (id, position)`,
      [list.id, list.opportunityIds],
    );
  }

  async numberTaken(tx: SqlExecutor, ownerUnit: string, number: string): Promise<boolean> {
    const { rows } = await tx.query('SELECT 1 FROM registry.demand_list WHERE owner_unit = $1 AND number = $2', [ownerUnit, number]);
    return rows.length > 0;
  }

  async findById(db: SqlExecutor, id: string): Promise<DemandListView | null> {
    const { rows } = await db.query<DemandListRow>(`${SELECT} WHERE l.id = $1`, [id]);
    if (!rows[0]) return null;
    const items = await db.query<{ id: string; scenario_id: string; title_zh: string; title_en: string | null; status: string; published_on: string | null; respond_by: string; capabilities: string[] }>(
      `SELECT o.id, o.scenario_id, o.title_zh, o.title_en, o.status, o.published_on::text AS published_on, o.respond_by::text AS respond_by, o.capabilities
         FROM registry.demand_list_item i JOIN registry.opportunity o ON o.id = i.opportunity_id
        WHERE i.demand_list_id = $1 ORDER BY i.position`,
      [id],
    );
    return {
      ...toDemandList(rows[0]),
      opportunities: items.rows.map((o) => ({
        id: o.id,
        scenarioId: o.scenario_id,
        title: { zh: o.title_zh, ...(o.title_en ? { en: o.title_en } : {}) },
        status: o.status,
        publishedOn: o.published_on,
        respondBy: o.respond_by,
        capabilities: o.capabilities,
      })),
    };
  }

  /** Keyset pagination on (published_on, id). */
  async list(db: SqlExecutor, query: { year?: number; ownerUnit?: string; opportunityId?: string; terms?: string[]; openOn?: string; limit: number; after?: TimeIdPosition }): Promise<Page<DemandList>> {
    const filter = new SqlFilter();
    if (query.year !== undefined) filter.add('l.published_year = $?', query.year);
    if (query.ownerUnit !== undefined) filter.add('l.owner_unit = $?', query.ownerUnit);
    if (query.opportunityId !== undefined) filter.add('EXISTS (SELECT 1 FROM registry.demand_list_item i WHERE i.demand_list_id = l.id AND i.opportunity_id = $?)', query.opportunityId);
    const items = 'FROM registry.demand_list_item i JOIN registry.opportunity o ON o.id = i.opportunity_id WHERE i.demand_list_id = l.id';
    addTerms(filter, query.terms, (term) => `(strpos(lower(concat_ws(' ', l.number, l.title_zh, l.title_en)), ${term}) > 0 OR EXISTS (SELECT 1 ${items} AND strpos(${OPPORTUNITY_TEXT}, ${term}) > 0))`);
    if (query.openOn !== undefined) filter.add(`EXISTS (SELECT 1 ${items} AND o.status = 'published' AND o.respond_by >= $?::date)`, query.openOn);
    if (query.after) filter.addRaw(`(l.published_on, l.id) > (${filter.param(query.after.at)}::date, ${filter.param(query.after.id)}::uuid)`);
    const limit = filter.param(query.limit + 1);
    const { rows } = await db.query<DemandListRow>(`${SELECT} ${filter.where} ORDER BY l.published_on, l.id LIMIT ${limit}`, filter.params);
    // The date as text (YYYY-MM-DD), as the list shows it.
    return pageOf(rows.map(toDemandList), query.limit, (last) => encodeCursor([last.publishedOn, last.id]));
  }
}

function toDemandList(row: DemandListRow): DemandList {
  return {
    id: row.id,
    number: row.number,
    title: { zh: row.title_zh, ...(row.title_en ? { en: row.title_en } : {}) },
    ownerUnit: row.owner_unit,
    publishedOn: row.published_on,
    publishedYear: row.published_year,
    publishedBy: row.published_by,
    opportunityIds: row.opportunity_ids ?? [],
    createdAt: row.created_at,
  };
}
