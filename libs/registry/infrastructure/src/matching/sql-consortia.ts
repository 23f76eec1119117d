import type { ConsortiumChangedV1 } from '@scq/contracts';
import type { SqlExecutor } from '@scq/platform-persistence';
import type { ConsortiumReadModel } from '@scq/registry-application';
import type { ConsortiumToMatch } from '@scq/registry-domain';

interface ConsortiumRow {
  consortium_id: string;
  name_zh: string;
  name_en: string | null;
  lead_organisation: string;
  members: ConsortiumToMatch['members'];
  version: number;
}

/** `registry.consortium`: one row per consortium, its newest version wins. */
export class SqlConsortia implements ConsortiumReadModel {
  async record(tx: SqlExecutor, c: ConsortiumChangedV1): Promise<void> {
    await tx.query(
      `INSERT INTO registry.consortium (consortium_id, name_zh, name_en, lead_organisation, members, version, changed_at) VALUES ($1, $2, $3, $4, $5::jsonb, $6, $7)
       ON CONFLICT (consortium_id) DO UPDATE SET name_zh = EXCLUDED.name_zh, name_en = EXCLUDED.name_en, lead_organisation = EXCLUDED.lead_organisation,
         members = EXCLUDED.members, version = EXCLUDED.version, changed_at = EXCLUDED.changed_at
       WHERE consortium.version < EXCLUDED.version`,
      [c.consortiumId, c.name.zh, c.name.en ?? null, c.leadOrganisation, JSON.stringify(c.members), c.version, c.at],
    );
  }

  async all(db: SqlExecutor): Promise<ConsortiumToMatch[]> {
    const { rows } = await db.query<ConsortiumRow>('SELECT consortium_id, name_zh, name_en, lead_organisation, members, version FROM registry.consortium ORDER BY consortium_id');
    return rows.map((row) => ({
      id: row.consortium_id,
      name: row.name_en ? { zh: row.name_zh, en: row.name_en } : { zh: row.name_zh },
      leadOrganisation: row.lead_organisation,
      members: row.members,
      version: Number(row.version),
    }));
  }
}
