import type { OrganisationChangedV1 } from '@scq/contracts';
import type { OrganisationNames } from '@scq/workflow-application';
import { canonicalOrganisationName, organisationLookupKeys, type KnownOrganisationName } from '@scq/identity';
import type { SqlExecutor } from '@scq/platform-persistence';

/** `workflow.organisation_name`: the directory's organisations by name, alias and 统一社会信用代码. */
export class SqlOrganisationNames implements OrganisationNames {
  async canonical(db: SqlExecutor, typed: string): Promise<string> {
    const keys = organisationLookupKeys(typed);
    if (keys.name === '') return typed.trim();
    const { rows } = await db.query<KnownOrganisationName>(
      `SELECT name, aliases, uscc FROM workflow.organisation_name
       WHERE lower(name) = $1 OR uscc = $2 OR EXISTS (SELECT 1 FROM unnest(aliases) AS alias WHERE lower(btrim(alias)) = $1)`,
      [keys.name, keys.uscc],
    );
    return canonicalOrganisationName(typed, rows);
  }

  async record(tx: SqlExecutor, organisation: OrganisationChangedV1): Promise<void> {
    await tx.query(
      `INSERT INTO workflow.organisation_name (organisation_id, name, aliases, uscc, changed_at) VALUES ($1, $2, $3::text[], $4, $5)
       ON CONFLICT (organisation_id) DO UPDATE SET name = EXCLUDED.name, aliases = EXCLUDED.aliases, uscc = EXCLUDED.uscc, changed_at = EXCLUDED.changed_at
       WHERE organisation_name.changed_at <= EXCLUDED.changed_at`,
      [organisation.organisationId, organisation.name, organisation.aliases, organisation.uscc, organisation.at],
    );
  }
}
