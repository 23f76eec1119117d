import { encodeCursor, pageOf, type Page, type SqlExecutor } from '@scq/platform-persistence';
import type { MatchmakingEventListQuery, MatchmakingEventRepository } from '@scq/registry-application';
import type { MatchmakingEvent } from '@scq/registry-domain';
import { SqlFilter } from './sql-filter';

interface EventRow {
  id: string;
  title_zh: string;
  title_en: string | null;
  description_zh: string | null;
  description_en: string | null;
  held_on: string;
  held_year: number;
  district: string | null;
  organiser_unit: string;
  kind: MatchmakingEvent['kind'];
  recorded_by: string;
  recorded_at: Date;
  updated_at: Date;
}

const COLUMNS = `e.id, e.title_zh, e.title_en, e.description_zh, e.description_en, e.held_on::text AS held_on, e.held_year, e.district, e.organiser_unit, e.kind,
  e.recorded_by, e.recorded_at, e.updated_at`;

export class SqlMatchmakingEventRepository implements MatchmakingEventRepository {
  async insert(tx: SqlExecutor, event: MatchmakingEvent): Promise<void> {
    await tx.query(
      `INSERT INTO registry.matchmaking_event (id, title_zh, title_en, description_zh, description_en, held_on, held_year, district, organiser_unit, kind,
         recorded_by, recorded_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
      [event.id, ...mutable(event), event.recordedBy, event.recordedAt, event.updatedAt],
    );
    await this.insertChildren(tx, event);
  }

  async replace(tx: SqlExecutor, event: MatchmakingEvent): Promise<void> {
    await tx.query(
      `UPDATE registry.matchmaking_event SET title_zh = $2, title_en = $3, description_zh = $4, description_en = $5, held_on = $6, held_year = $7, district = $8,
         organiser_unit = $9, kind = $10, updated_at = $11 WHERE id = $1`,
      [event.id, ...mutable(event), event.updatedAt],
    );
    await tx.query('DELETE FROM registry.matchmaking_outcome WHERE event_id = $1', [event.id]);
    await tx.query('DELETE FROM registry.matchmaking_participant WHERE event_id = $1', [event.id]);
    await tx.query('DELETE FROM registry.matchmaking_presented WHERE event_id = $1', [event.id]);
    await this.insertChildren(tx, event);
  }

  async delete(tx: SqlExecutor, id: string): Promise<void> {
    await tx.query('DELETE FROM registry.matchmaking_event WHERE id = $1', [id]);
  }

  async findById(db: SqlExecutor, id: string): Promise<MatchmakingEvent | null> {
    const { rows } = await db.query<EventRow>(`SELECT ${COLUMNS} FROM registry.matchmaking_event e WHERE e.id = $1`, [id]);
    return (await this.withChildren(db, rows))[0] ?? null;
  }

  async findByIdForUpdate(tx: SqlExecutor, id: string): Promise<MatchmakingEvent | null> {
    const { rows } = await tx.query<EventRow>(`SELECT ${COLUMNS} FROM registry.matchmaking_event e WHERE e.id = $1 FOR UPDATE`, [id]);
    return (await this.withChildren(tx, rows))[0] ?? null;
  }

  /** Keyset pagination on (held_on, id). */
  async list(db: SqlExecutor, query: MatchmakingEventListQuery): Promise<Page<MatchmakingEvent>> {
    const filter = new SqlFilter();
    if (query.year !== undefined) filter.add('e.held_year = $?', query.year);
    if (query.district !== undefined) filter.add('e.district = $?', query.district);
    if (query.kind !== undefined) filter.add('e.kind = $?', query.kind);
    if (query.organiserUnit !== undefined) filter.add('e.organiser_unit = $?', query.organiserUnit);
    if (query.opportunityId !== undefined) filter.add('EXISTS (SELECT 1 FROM registry.matchmaking_presented p WHERE p.event_id = e.id AND p.opportunity_id = $?)', query.opportunityId);
    if (query.after) filter.addRaw(`(e.held_on, e.id) > (${filter.param(query.after.at)}::date, ${filter.param(query.after.id)}::uuid)`);
    const limit = filter.param(query.limit + 1);
    const { rows } = await db.query<EventRow>(`SELECT ${COLUMNS} FROM registry.matchmaking_event e ${filter.where} ORDER BY e.held_on, e.id LIMIT ${limit}`, filter.params);
    // The children of the rows shown only; the row after them just says there is a next page.
    const page = pageOf(rows, query.limit, (last) => encodeCursor([last.held_on, last.id]));
    return { ...page, items: await this.withChildren(db, page.items) };
  }

  private async insertChildren(tx: SqlExecutor, event: MatchmakingEvent): Promise<void> {
    if (event.participants.length > 0) {
      await tx.query(
        `INSERT INTO registry.matchmaking_participant (event_id, position, name, organisation_type)
         SELECT $1, p.position, p.name, p.type FROM unnest($2::text[], $3::text[]) WITH ORDINALITY AS p (name, type, position)`,
        [event.id, event.participants.map((p) => p.name), event.participants.map((p) => p.type)],
      );
    }
    if (event.opportunityIds.length > 0) {
      await tx.query(
        `INSERT INTO registry.matchmaking_presented (event_id, position, opportunity_id)
         SELECT $1, o.position, o.id FROM unnest($2::uuid[]) WITH ORDINALITY AS o (id, position)`,
        [event.id, event.opportunityIds],
      );
    }
    if (event.outcomes.length > 0) {
      await tx.query(
        `INSERT INTO registry.matchmaking_outcome (event_id, position, supplier, opportunity_id, status, note)
         SELECT $1, m.position, m.supplier, m.opportunity_id, m.status, m.note
           FROM unnest($2::text[], $3::uuid[], $4::text[], $5::text[]) WITH ORDINALITY AS m (supplier, opportunity_id, status, note, position)`,
        [event.id, event.outcomes.map((o) => o.supplier), event.outcomes.map((o) => o.opportunityId), event.outcomes.map((o) => o.status), event.outcomes.map((o) => o.note ?? null)],
      );
    }
  }

  /** Loads the participants, presented opportunities and outcomes of the events, in three statements. */
  private async withChildren(db: SqlExecutor, rows: EventRow[]): Promise<MatchmakingEvent[]> {
    if (rows.length === 0) return [];
    const ids = rows.map((r) => r.id);
    const [participants, presented, outcomes] = [
      await db.query<{ event_id: string; name: string; organisation_type: string }>(
        'SELECT event_id, name, organisation_type FROM registry.matchmaking_participant WHERE event_id = ANY($1::uuid[]) ORDER BY event_id, position',
        [ids],
      ),
      await db.query<{ event_id: string; opportunity_id: string }>(
        'SELECT event_id, opportunity_id FROM registry.matchmaking_presented WHERE event_id = ANY($1::uuid[]) ORDER BY event_id, position',
        [ids],
      ),
      await db.query<{ event_id: string; supplier: string; opportunity_id: string; status: string; note: string | null }>(
        'SELECT event_id, supplier, opportunity_id, status, note FROM registry.matchmaking_outcome WHERE event_id = ANY($1::uuid[]) ORDER BY event_id, position',
        [ids],
      ),
    ];
    const of = <T extends { event_id: string }>(list: T[], id: string) => list.filter((r) => r.event_id === id);
    return rows.map((row) => ({
      id: row.id,
      title: { zh: row.title_zh, ...(row.title_en ? { en: row.title_en } : {}) },
      ...(row.description_zh || row.description_en
        ? { description: { ...(row.description_zh ? { zh: row.description_zh } : {}), ...(row.description_en ? { en: row.description_en } : {}) } }
        : {}),
      heldOn: row.held_on,
      heldYear: row.held_year,
      ...(row.district ? { district: row.district } : {}),
      organiserUnit: row.organiser_unit,
      kind: row.kind,
      participants: of(participants.rows, row.id).map((p) => ({ name: p.name, type: p.organisation_type as MatchmakingEvent['participants'][number]['type'] })),
      opportunityIds: of(presented.rows, row.id).map((p) => p.opportunity_id),
      outcomes: of(outcomes.rows, row.id).map((o) => ({
        supplier: o.supplier,
        opportunityId: o.opportunity_id,
        status: o.status as MatchmakingEvent['outcomes'][number]['status'],
        ...(o.note ? { note: o.note } : {}),
      })),
      recordedBy: row.recorded_by,
      recordedAt: row.recorded_at,
      updatedAt: row.updated_at,
    }));
  }
}

function mutable(event: MatchmakingEvent): unknown[] {
  return [
    event.title.zh,
    event.title.en ?? null,
    event.description?.zh ?? null,
    event.description?.en ?? null,
    event.heldOn,
    event.heldYear,
    event.district ?? null,
    event.organiserUnit,
    event.kind,
  ];
}
