import type { Database, SqlExecutor } from '@scq/platform-persistence';
import { decodeCursor, encodeCursor, pageOf, type Page } from '@scq/platform-persistence';
import type { OrganisationKind } from '@scq/identity';
import type { OrganisationAnnouncer } from './organisation-announcer';
import { ACCOUNT_SELECT, toAccount, type AccountStatus, type DisplayName, type StoredAccount } from '../auth/account.repository';

export interface UserFilter {
  q?: string;
  role?: string;
  status?: AccountStatus;
}

export interface UserChanges {
  displayName?: DisplayName;
  roles?: string[];
  unit?: string | null;
  district?: string | null;
  organisationId?: string | null;
}

export interface Organisation {
  id: string;
  name: string;
  nameEn: string;
  kind: OrganisationKind;
  uscc: string | null;
  aliases: string[];
}

interface OrganisationRow {
  id: string;
  name: string;
  name_en: string;
  kind: OrganisationKind;
  uscc: string | null;
  aliases: string[];
}

/** The directory's administration: people, their roles and organisations (schema `identity`). */
export class DirectoryRepository {
  /** `announcer` publishes each organisation created or changed, in the same transaction (none: not published). */
  constructor(
    private readonly db: Database,
    private readonly announcer: OrganisationAnnouncer | null = null,
  ) {}

  /** People by username (case-insensitive order), a page at a time; null when the cursor is not one of ours. */
  async users(filter: UserFilter, limit: number, cursor?: string): Promise<Page<StoredAccount> | null> {
    const after = cursor === undefined ? null : decodeCursor(cursor);
    if (cursor !== undefined && (after === null || after.length !== 1 || typeof after[0] !== 'string')) return null;
    const { rows } = await this.db.query<Parameters<typeof toAccount>[0]>(
      `${ACCOUNT_SELECT}
       WHERE ($1::text IS NULL OR lower(u.username) > $1)
         AND ($2::text IS NULL OR strpos(lower(u.username), lower($2)) > 0 OR strpos(u.display_name_zh, $2) > 0 OR strpos(lower(u.display_name_en), lower($2)) > 0)
         AND ($3::text IS NULL OR EXISTS (SELECT 1 FROM identity.role_assignment r WHERE r.user_id = u.id AND r.role = $3))
         AND ($4::text IS NULL OR u.status = $4)
       ORDER BY lower(u.username) LIMIT $5`,
      [after?.[0] ?? null, filter.q ?? null, filter.role ?? null, filter.status ?? null, limit + 1],
    );
    return pageOf(rows.map(toAccount), limit, (last) => encodeCursor([last.username.toLowerCase()]));
  }

  /** A person whatever their status. */
  async user(id: string, executor: SqlExecutor = this.db): Promise<StoredAccount | null> {
    const { rows } = await executor.query<Parameters<typeof toAccount>[0]>(`${ACCOUNT_SELECT} WHERE u.id = $1`, [id]);
    return rows[0] ? toAccount(rows[0]) : null;
  }

  async usernameTaken(username: string): Promise<boolean> {
    const { rows } = await this.db.query('SELECT 1 FROM identity.user_account WHERE lower(username) = lower($1)', [username]);
    return rows.length > 0;
  }

  /** Changes a person's names, unit, district, organisation and roles in one transaction; the person as now stored. */
  async update(id: string, changes: UserChanges, changedBy: string): Promise<StoredAccount | null> {
    return this.db.transaction(async (tx) => {
      const { rows } = await tx.query(
        `UPDATE identity.user_account SET
           display_name_zh = COALESCE($2, display_name_zh), display_name_en = COALESCE($3, display_name_en),
           unit = CASE WHEN $4 THEN $5 ELSE unit END, district = CASE WHEN $6 THEN $7 ELSE district END,
           organisation_id = CASE WHEN $8 THEN $9 ELSE organisation_id END, updated_at = now()
         WHERE id = $1 RETURNING id`,
        [id, changes.displayName?.zh ?? null, changes.displayName?.en ?? null, 'unit' in changes, changes.unit ?? null, 'district' in changes, changes.district ?? null, 'organisationId' in changes, changes.organisationId ?? null],
      );
      if (rows.length === 0) return null;
      if (changes.roles) {
        await tx.query('DELETE FROM identity.role_assignment WHERE user_id = $1 AND NOT (role = ANY($2::text[]))', [id, changes.roles]);
        await tx.query('INSERT INTO identity.role_assignment (user_id, role, assigned_by) SELECT $1, role, $3 FROM unnest($2::text[]) AS role ON CONFLICT DO NOTHING', [id, changes.roles, changedBy]);
      }
      return this.user(id, tx);
    });
  }

  async setStatus(id: string, status: AccountStatus): Promise<StoredAccount | null> {
    const { rows } = await this.db.query('UPDATE identity.user_account SET status = $2, updated_at = now() WHERE id = $1 RETURNING id', [id, status]);
    return rows.length === 0 ? null : this.user(id);
  }

  /** Active administrators other than `id` (the last one may not be disabled or lose the role). */
  async otherActiveAdministrators(id: string): Promise<number> {
    const { rows } = await this.db.query<{ count: number }>(
      `SELECT count(*)::int AS count FROM identity.user_account u JOIN identity.role_assignment r ON r.user_id = u.id
       WHERE u.status = 'active' AND r.role = 'admin' AND u.id <> $1`,
      [id],
    );
    return rows[0]?.count ?? 0;
  }

  async organisations(filter: { q?: string; kind?: OrganisationKind }): Promise<Organisation[]> {
    const { rows } = await this.db.query<OrganisationRow>(
      `SELECT id, name, name_en, kind, uscc, aliases FROM identity.organisation
       WHERE ($1::text IS NULL OR strpos(lower(name), lower($1)) > 0 OR strpos(lower(name_en), lower($1)) > 0 OR uscc = upper($1)
              OR EXISTS (SELECT 1 FROM unnest(aliases) AS alias WHERE strpos(lower(alias), lower($1)) > 0))
         AND ($2::text IS NULL OR kind = $2)
       ORDER BY name LIMIT 500`,
      [filter.q ?? null, filter.kind ?? null],
    );
    return rows.map(toOrganisation);
  }

  async organisation(id: string): Promise<Organisation | null> {
    const { rows } = await this.db.query<OrganisationRow>('SELECT id, name, name_en, kind, uscc, aliases FROM identity.organisation WHERE id = $1', [id]);
    return rows[0] ? toOrganisation(rows[0]) : null;
  }

  /** The organisation a name or alias means (case-insensitive), so that every spelling lands on one record. */
  async organisationNamed(name: string, executor: SqlExecutor = this.db): Promise<Organisation | null> {
    const { rows } = await executor.query<OrganisationRow>(
      `SELECT id, name, name_en, kind, uscc, aliases FROM identity.organisation
       WHERE lower(name) = lower($1) OR EXISTS (SELECT 1 FROM unnest(aliases) AS alias WHERE lower(alias) = lower($1)) LIMIT 1`,
      [name.trim()],
    );
    return rows[0] ? toOrganisation(rows[0]) : null;
  }

  /** Which of the names (or the code) another organisation already uses; null when none. */
  async organisationClash(names: string[], uscc: string | null, except: string | null): Promise<string | null> {
    const { rows } = await this.db.query<{ clash: string }>(
      `SELECT COALESCE(
         (SELECT n FROM unnest($1::text[]) AS n WHERE EXISTS (
            SELECT 1 FROM identity.organisation o WHERE ($3::text IS NULL OR o.id <> $3)
              AND (lower(o.name) = lower(n) OR EXISTS (SELECT 1 FROM unnest(o.aliases) AS a WHERE lower(a) = lower(n)))) LIMIT 1),
         (SELECT o.uscc FROM identity.organisation o WHERE $2::text IS NOT NULL AND o.uscc = $2 AND ($3::text IS NULL OR o.id <> $3) LIMIT 1)
       ) AS clash`,
      [names, uscc, except],
    );
    return rows[0]?.clash ?? null;
  }

  /** Creates the organisation and announces it, in the caller's transaction or one of its own. */
  async createOrganisation(organisation: Organisation, executor?: SqlExecutor): Promise<Organisation> {
    await this.inTransaction(executor, async (tx) => {
      await tx.query('INSERT INTO identity.organisation (id, name, name_en, kind, uscc, aliases) VALUES ($1, $2, $3, $4, $5, $6::text[])', columnsOf(organisation));
      await this.announcer?.announce(tx, organisation);
    });
    return organisation;
  }

  async updateOrganisation(organisation: Organisation): Promise<void> {
    await this.inTransaction(undefined, async (tx) => {
      await tx.query('UPDATE identity.organisation SET name = $2, name_en = $3, kind = $4, uscc = $5, aliases = $6::text[], updated_at = now() WHERE id = $1', columnsOf(organisation));
      await this.announcer?.announce(tx, organisation);
    });
  }

  private inTransaction(executor: SqlExecutor | undefined, work: (tx: SqlExecutor) => Promise<void>): Promise<void> {
    return executor ? work(executor) : this.db.transaction(work);
  }
}


/** The columns of an organisation in the order both statements bind them. */
function columnsOf(organisation: Organisation): unknown[] {
  return [organisation.id, organisation.name, organisation.nameEn, organisation.kind, organisation.uscc, organisation.aliases];
}

function toOrganisation(row: OrganisationRow): Organisation {
  return { id: row.id, name: row.name, nameEn: row.name_en, kind: row.kind, uscc: row.uscc, aliases: row.aliases };
}
