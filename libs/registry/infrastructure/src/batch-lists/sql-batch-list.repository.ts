import type { SqlExecutor } from '@scq/platform-persistence';
import type { BatchListQuery, BatchListRepository, BatchListRevisionsQuery, BatchListSummary } from '@scq/registry-application';
import { BatchListError, canonicalBatchListSnapshot, type BatchList, type BatchListItem, type BatchListSnapshot, type BatchListStatus } from '@scq/registry-domain';

interface BatchListRow {
  id: string;
  number: string;
  revision: number;
  revision_of: string | null;
  revision_reason: string | null;
  title_zh: string;
  title_en: string | null;
  issuing_unit: string;
  issue_date: string;
  year: number;
  status: BatchListStatus;
  version: number;
  created_by: string;
  created_at: Date;
  updated_at: Date;
  published_by: string | null;
  published_at: Date | null;
  superseded_by: string | null;
  superseded_at: Date | null;
  item_count?: number;
}

interface ItemRow {
  scenario_id: string;
  note: string | null;
  category: string | null;
  snapshot: BatchListSnapshot | null;
}

// The date as text: drivers would turn a `date` into a local-midnight Date.
const COLUMNS = `id, number, revision, revision_of, revision_reason, title_zh, title_en, issuing_unit, to_char(issue_date, 'YYYY-MM-DD') AS issue_date, year,
  status, version, created_by, created_at, updated_at, published_by, published_at, superseded_by, superseded_at`;
const SUMMARY_COLUMNS = `${COLUMNS}, (SELECT count(*) FROM registry.batch_list_item i WHERE i.list_id = l.id)::int AS item_count`;

export class SqlBatchListRepository implements BatchListRepository {
  async insert(tx: SqlExecutor, list: BatchList): Promise<void> {
    try {
      await tx.query(
        `INSERT INTO registry.batch_list (id, number, revision, revision_of, revision_reason, title_zh, title_en, issuing_unit, issue_date, year, status, version,
           created_by, created_at, updated_at, published_by, published_at, superseded_by, superseded_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::date, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19)`,
        [
          list.id, list.number, list.revision, list.revisionOf, list.revisionReason, list.title.zh, list.title.en, list.issuingUnit, list.issueDate, list.year,
          list.status, list.version, list.createdBy, list.createdAt, list.updatedAt, list.publishedBy, list.publishedAt, list.supersededBy, list.supersededAt,
        ],
      );
    } catch (error) {
      if ((error as { code?: string }).code === '23505') {
        throw new BatchListError('conflict', 'NUMBER_TAKEN', `批次编号 ${list.number} 第 ${list.revision} 版已存在 List ${list.number} revision ${list.revision} already exists`);
      }
      throw error;
    }
    await this.insertItems(tx, list.id, list.items);
  }

  findById(db: SqlExecutor, id: string): Promise<BatchList | null> {
    return this.load(db, `SELECT ${COLUMNS} FROM registry.batch_list WHERE id = $1`, [id]);
  }

  findByIdForUpdate(tx: SqlExecutor, id: string): Promise<BatchList | null> {
    return this.load(tx, `SELECT ${COLUMNS} FROM registry.batch_list WHERE id = $1 FOR UPDATE`, [id]);
  }

  async inForceContaining(db: SqlExecutor, scenarioIds: readonly string[], exceptNumber: string): Promise<Array<{ scenarioId: string; number: string; revision: number }>> {
    if (scenarioIds.length === 0) return [];
    const { rows } = await db.query<{ scenario_id: string; number: string; revision: number }>(
      `SELECT i.scenario_id, l.number, l.revision FROM registry.batch_list_item i JOIN registry.batch_list l ON l.id = i.list_id
        WHERE l.status = 'published' AND l.number <> $2 AND i.scenario_id IN (SELECT value::uuid FROM jsonb_array_elements_text($1::jsonb))
        ORDER BY l.number, i.position`,
      [JSON.stringify(scenarioIds), exceptNumber],
    );
    return rows.map((row) => ({ scenarioId: row.scenario_id, number: row.number, revision: row.revision }));
  }

  findRevision(db: SqlExecutor, number: string, revision: number): Promise<BatchList | null> {
    return this.load(db, `SELECT ${COLUMNS} FROM registry.batch_list WHERE number = $1 AND revision = $2`, [number, revision]);
  }

  async numberInUse(db: SqlExecutor, number: string, exceptId?: string): Promise<boolean> {
    const { rows } = await db.query('SELECT 1 FROM registry.batch_list WHERE number = $1 AND id <> $2 LIMIT 1', [number, exceptId ?? '00000000-0000-0000-0000-000000000000']);
    return rows.length > 0;
  }

  async findDraftOf(db: SqlExecutor, number: string): Promise<{ id: string; revision: number } | null> {
    const { rows } = await db.query<{ id: string; revision: number }>(`SELECT id, revision FROM registry.batch_list WHERE number = $1 AND status = 'draft'`, [number]);
    return rows[0] ?? null;
  }

  async highestRevision(tx: SqlExecutor, number: string): Promise<number> {
    const { rows } = await tx.query<{ revision: number }>('SELECT COALESCE(max(revision), 0)::int AS revision FROM registry.batch_list WHERE number = $1', [number]);
    return rows[0]?.revision ?? 0;
  }

  async save(tx: SqlExecutor, list: BatchList): Promise<boolean> {
    await tx.query('DELETE FROM registry.batch_list_item WHERE list_id = $1', [list.id]);
    await this.insertItems(tx, list.id, list.items);
    const { rowCount } = await tx.query(
      `UPDATE registry.batch_list SET number = $3, title_zh = $4, title_en = $5, issuing_unit = $6, issue_date = $7::date, year = $8, status = $9, version = $2,
         updated_at = $10, published_by = $11, published_at = $12
       WHERE id = $1 AND version = $2 - 1`,
      [list.id, list.version, list.number, list.title.zh, list.title.en, list.issuingUnit, list.issueDate, list.year, list.status, list.updatedAt, list.publishedBy, list.publishedAt],
    );
    return rowCount === 1;
  }

  async supersede(tx: SqlExecutor, number: string, by: string, at: Date): Promise<void> {
    await tx.query(
      `UPDATE registry.batch_list SET status = 'superseded', superseded_by = $2, superseded_at = $3, updated_at = $3, version = version + 1
       WHERE number = $1 AND status = 'published' AND id <> $2`,
      [number, by, at],
    );
  }

  async delete(tx: SqlExecutor, id: string): Promise<void> {
    await tx.query('DELETE FROM registry.batch_list WHERE id = $1', [id]);
  }

  async list(db: SqlExecutor, query: BatchListQuery): Promise<BatchListSummary[]> {
    const params: unknown[] = [];
    const where: string[] = [];
    const add = (clause: (placeholder: string) => string, value: unknown) => {
      params.push(value);
      where.push(clause(`$${params.length}`));
    };
    if (query.year !== undefined) add((p) => `year = ${p}`, query.year);
    if (query.status) add((p) => `status = ${p}`, query.status);
    if (query.number) add((p) => `number = ${p}`, query.number);
    if (query.excludeDrafts) where.push(`status <> 'draft'`);
    if (query.after) {
      // After the position in (year DESC, issue_date DESC, number, revision DESC): the directions differ, so no row comparison.
      const param = (value: unknown) => `$${params.push(value)}`;
      const [y, d, n, r] = [param(query.after.year), param(query.after.issueDate), param(query.after.number), param(query.after.revision)];
      where.push(`(year < ${y}::int OR (year = ${y}::int AND (issue_date < ${d}::date OR (issue_date = ${d}::date AND (number > ${n}::text OR (number = ${n}::text AND revision < ${r}::int))))))`);
    }
    params.push(query.limit);
    const { rows } = await db.query<BatchListRow>(
      `SELECT ${SUMMARY_COLUMNS} FROM registry.batch_list l ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY year DESC, issue_date DESC, number, revision DESC LIMIT $${params.length}`,
      params,
    );
    return rows.map(toSummary);
  }

  async revisions(db: SqlExecutor, number: string, query: BatchListRevisionsQuery): Promise<BatchListSummary[]> {
    const { rows } = await db.query<BatchListRow>(
      `SELECT ${SUMMARY_COLUMNS} FROM registry.batch_list l WHERE number = $1 AND (status <> 'draft' OR NOT $2::boolean) AND revision > $3::int ORDER BY revision LIMIT $4`,
      [number, query.excludeDrafts, query.after?.revision ?? 0, query.limit],
    );
    return rows.map(toSummary);
  }

  private async load(db: SqlExecutor, sql: string, params: unknown[]): Promise<BatchList | null> {
    const { rows } = await db.query<BatchListRow>(sql, params);
    const row = rows[0];
    if (!row) return null;
    const items = await db.query<ItemRow>('SELECT scenario_id, note, category, snapshot FROM registry.batch_list_item WHERE list_id = $1 ORDER BY position', [row.id]);
    return { ...toHeader(row), items: items.rows.map(toItem) };
  }

  /** All items in one statement (a JSON array of records): the SQL text does not depend on how many there are. */
  private async insertItems(tx: SqlExecutor, listId: string, items: BatchListItem[]): Promise<void> {
    if (items.length === 0) return;
    const records = items.map((item, index) => ({ scenario_id: item.scenarioId, position: index + 1, note: item.note, category: item.category, snapshot: item.snapshot }));
    await tx.query(
      `INSERT INTO registry.batch_list_item (list_id, scenario_id, position, note, category, snapshot)
       SELECT $1, r.scenario_id, r.position, r.note, r.category, r.snapshot
       FROM jsonb_to_recordset($2::jsonb) AS r (scenario_id uuid, position int, note text, category text, snapshot jsonb)`,
      [listId, JSON.stringify(records)],
    );
  }
}

function toHeader(row: BatchListRow): Omit<BatchList, 'items'> {
  return {
    id: row.id,
    number: row.number,
    revision: row.revision,
    revisionOf: row.revision_of,
    revisionReason: row.revision_reason,
    title: { zh: row.title_zh, en: row.title_en },
    issuingUnit: row.issuing_unit,
    issueDate: row.issue_date,
    year: row.year,
    status: row.status,
    version: row.version,
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    publishedBy: row.published_by,
    publishedAt: row.published_at,
    supersededBy: row.superseded_by,
    supersededAt: row.superseded_at,
  };
}

function toSummary(row: BatchListRow): BatchListSummary {
  return { ...toHeader(row), itemCount: row.item_count ?? 0 };
}

function toItem(row: ItemRow): BatchListItem {
  return { scenarioId: row.scenario_id, note: row.note, category: row.category, snapshot: row.snapshot ? canonicalBatchListSnapshot(row.snapshot) : null };
}
