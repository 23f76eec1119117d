import type { SqlExecutor } from '@scq/platform-persistence';
import type { AwaitingListingRow, DraftListRow, RegistryTaskReader } from '@scq/registry-application';

export class SqlRegistryTaskReader implements RegistryTaskReader {
  async drafts(db: SqlExecutor, limit: number): Promise<DraftListRow[]> {
    const { rows } = await db.query<{ id: string; number: string; revision: number; title_zh: string; title_en: string | null; item_count: string; created_at: Date }>(
      `SELECT l.id, l.number, l.revision, l.title_zh, l.title_en, l.created_at, (SELECT count(*) FROM registry.batch_list_item i WHERE i.list_id = l.id) AS item_count
         FROM registry.batch_list l WHERE l.status = 'draft' ORDER BY l.created_at, l.id LIMIT $1`,
      [limit],
    );
    return rows.map((row) => ({ id: row.id, number: row.number, revision: row.revision, title: { zh: row.title_zh, en: row.title_en }, itemCount: Number(row.item_count), createdAt: new Date(row.created_at) }));
  }

  async awaitingListing(db: SqlExecutor, limit: number): Promise<AwaitingListingRow[]> {
    const { rows } = await db.query<{ id: string; title_zh: string; title_en: string | null; since: Date }>(
      `SELECT s.id, s.title_zh, s.title_en, COALESCE(s.stage_changed_at, s.registered_at) AS since
         FROM registry.scenario s
        WHERE s.stage = 'recognition.recognized'
          AND NOT EXISTS (SELECT 1 FROM registry.batch_list_item i JOIN registry.batch_list l ON l.id = i.list_id WHERE i.scenario_id = s.id AND l.status = 'draft')
        ORDER BY since, s.id LIMIT $1`,
      [limit],
    );
    return rows.map((row) => ({ id: row.id, title: { zh: row.title_zh, en: row.title_en }, recognisedAt: new Date(row.since) }));
  }
}
