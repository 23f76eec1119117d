import type { SqlExecutor } from '@scq/platform-persistence';
import type { ConsortiumListQuery, ConsortiumRepository, StoredConsortium, StoredConsortiumMember } from '@scq/workflow-application';
import { organisationKey, type ConsortiumRole } from '@scq/workflow-domain';
import type { OrganisationKind } from '@scq/identity';

interface ConsortiumRow {
  id: string;
  name_zh: string;
  name_en: string | null;
  description: string | null;
  lead_organisation: string;
  created_by: string;
  created_at: Date | string;
  updated_at: Date | string;
  version: number;
}

interface MemberRow {
  id: string;
  consortium_id: string;
  organisation: string;
  kind: string;
  role: string;
  contribution: string;
}

/** `workflow.consortium` and `workflow.consortium_member` (members kept in the order given). */
export class SqlConsortia implements ConsortiumRepository {
  async insert(tx: SqlExecutor, c: StoredConsortium): Promise<void> {
    await tx.query(
      `INSERT INTO workflow.consortium (id, name_zh, name_en, description, lead_organisation, created_by, created_at, updated_at, version) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [c.id, c.name.zh, c.name.en ?? null, c.description, c.leadOrganisation, c.createdBy, c.createdAt.toISOString(), c.updatedAt.toISOString(), c.version],
    );
    await this.insertMembers(tx, c.id, c.members);
  }

  async find(db: SqlExecutor, id: string, lock = false): Promise<StoredConsortium | null> {
    const { rows } = await db.query<ConsortiumRow>(`SELECT * FROM workflow.consortium WHERE id = $1${lock ? ' FOR UPDATE' : ''}`, [id]);
    if (!rows[0]) return null;
    return (await this.withMembers(db, rows))[0];
  }

  async replaceMembers(tx: SqlExecutor, id: string, members: StoredConsortiumMember[]): Promise<void> {
    await tx.query('DELETE FROM workflow.consortium_member WHERE consortium_id = $1', [id]);
    await this.insertMembers(tx, id, members);
    await tx.query('UPDATE workflow.consortium SET version = version + 1, updated_at = now() WHERE id = $1', [id]);
  }

  async list(db: SqlExecutor, query: ConsortiumListQuery): Promise<StoredConsortium[]> {
    const where: string[] = [];
    const params: unknown[] = [];
    if (query.q) {
      params.push(`%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
      const like = `$${params.length}`;
      where.push(`(c.name_zh ILIKE ${like} OR c.name_en ILIKE ${like} OR EXISTS (SELECT 1 FROM workflow.consortium_member m WHERE m.consortium_id = c.id AND m.organisation ILIKE ${like}))`);
    }
    if (query.memberKey) {
      params.push(query.memberKey);
      where.push(`EXISTS (SELECT 1 FROM workflow.consortium_member m WHERE m.consortium_id = c.id AND m.organisation_key = $${params.length})`);
    }
    if (query.after) {
      params.push(query.after.createdAt.toISOString(), query.after.id);
      where.push(`(c.created_at, c.id) < ($${params.length - 1}::timestamptz, $${params.length}::uuid)`);
    }
    params.push(query.limit);
    const { rows } = await db.query<ConsortiumRow>(
      `SELECT c.* FROM workflow.consortium c ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY c.created_at DESC, c.id DESC LIMIT $${params.length}`,
      params,
    );
    return this.withMembers(db, rows);
  }

  private async insertMembers(tx: SqlExecutor, consortiumId: string, members: StoredConsortiumMember[]): Promise<void> {
    for (const [position, m] of members.entries()) {
      await tx.query(
        `INSERT INTO workflow.consortium_member (id, consortium_id, position, organisation, organisation_key, kind, role, contribution) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [m.id, consortiumId, position, m.organisation, organisationKey(m.organisation), m.kind, m.role, m.contribution],
      );
    }
  }

  private async withMembers(db: SqlExecutor, rows: ConsortiumRow[]): Promise<StoredConsortium[]> {
    if (rows.length === 0) return [];
    const { rows: members } = await db.query<MemberRow>('SELECT * FROM workflow.consortium_member WHERE consortium_id = ANY($1::uuid[]) ORDER BY consortium_id, position', [rows.map((row) => row.id)]);
    return rows.map((row) => ({
      id: row.id,
      name: row.name_en ? { zh: row.name_zh, en: row.name_en } : { zh: row.name_zh },
      description: row.description,
      leadOrganisation: row.lead_organisation,
      members: members
        .filter((member) => member.consortium_id === row.id)
        .map((member) => ({ id: member.id, organisation: member.organisation, kind: member.kind as OrganisationKind, role: member.role as ConsortiumRole, contribution: member.contribution })),
      createdBy: row.created_by,
      createdAt: new Date(row.created_at),
      updatedAt: new Date(row.updated_at),
      version: Number(row.version),
    }));
  }
}
