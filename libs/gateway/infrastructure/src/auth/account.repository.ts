import type { SqlExecutor } from '@scq/platform-persistence';

export type AccountStatus = 'active' | 'disabled';

export interface DisplayName {
  zh: string;
  en: string;
}

export interface Account {
  id: string;
  username: string;
  /** The display name as one string, Chinese then English (what tokens and lists show). */
  name: string;
  displayName: DisplayName;
  roles: string[];
  unit: string | null;
  district: string | null;
  /** The organisation's canonical name. */
  organisation: string | null;
  organisationId: string | null;
  status: AccountStatus;
  /** Signed in with a password someone else chose: nothing but changing it is allowed until it is changed. */
  passwordMustChange: boolean;
}

export interface StoredAccount extends Account {
  passwordHash: string;
}

/** What creating an account needs (the organisation by id, as the directory keeps it). */
export interface NewAccount {
  id: string;
  username: string;
  displayName: DisplayName;
  roles: string[];
  unit: string | null;
  district: string | null;
  organisationId: string | null;
  passwordHash: string;
  passwordMustChange: boolean;
}

interface AccountRow {
  id: string;
  username: string;
  display_name_zh: string;
  display_name_en: string;
  status: AccountStatus;
  password_hash: string;
  password_must_change: boolean;
  unit: string | null;
  district: string | null;
  organisation_id: string | null;
  organisation_name: string | null;
  roles: string[] | null;
}

/** Users with their organisation's name and their roles, one row each (schema `identity`). */
export const ACCOUNT_SELECT = `
  SELECT u.id, u.username, u.display_name_zh, u.display_name_en, u.status, u.password_hash, u.password_must_change,
         u.unit, u.district, u.organisation_id, o.name AS organisation_name,
         ARRAY(SELECT r.role FROM identity.role_assignment r WHERE r.user_id = u.id ORDER BY r.role) AS roles
  FROM identity.user_account u LEFT JOIN identity.organisation o ON o.id = u.organisation_id`;

/** The accounts people sign in with, in the directory (schema `identity`); usernames match case-insensitively. */
export class AccountRepository {
  constructor(private readonly db: SqlExecutor) {}

  async byUsername(username: string): Promise<StoredAccount | null> {
    const { rows } = await this.db.query<AccountRow>(`${ACCOUNT_SELECT} WHERE lower(u.username) = lower($1) AND u.status = 'active'`, [username]);
    return rows[0] ? toAccount(rows[0]) : null;
  }

  async byId(id: string): Promise<StoredAccount | null> {
    const { rows } = await this.db.query<AccountRow>(`${ACCOUNT_SELECT} WHERE u.id = $1 AND u.status = 'active'`, [id]);
    return rows[0] ? toAccount(rows[0]) : null;
  }

  /** Active accounts holding `role`, by name (at most 500: a directory read for choosing people, not a dump). */
  async withRole(role: string): Promise<StoredAccount[]> {
    const { rows } = await this.db.query<AccountRow>(
      `${ACCOUNT_SELECT} WHERE u.status = 'active' AND EXISTS (SELECT 1 FROM identity.role_assignment r WHERE r.user_id = u.id AND r.role = $1)
       ORDER BY u.display_name_zh, u.id LIMIT 500`,
      [role],
    );
    return rows.map(toAccount);
  }

  async existingIds(ids: string[]): Promise<Set<string>> {
    const { rows } = await this.db.query<{ id: string }>('SELECT id FROM identity.user_account WHERE id = ANY($1::text[])', [ids]);
    return new Set(rows.map((row) => row.id));
  }

  /** Replaces the password hash (a rehash after sign-in) unless it changed meanwhile; true when replaced. */
  async replacePasswordHash(id: string, previous: string, next: string): Promise<boolean> {
    const { rows } = await this.db.query<{ id: string }>('UPDATE identity.user_account SET password_hash = $3 WHERE id = $1 AND password_hash = $2 RETURNING id', [id, previous, next]);
    return rows.length > 0;
  }

  /** Inserts the account and its roles unless one with the same id or username exists; true when inserted. */
  async insertIfAbsent(account: NewAccount, assignedBy: string | null = null): Promise<boolean> {
    const { rows } = await this.db.query<{ id: string }>(
      `WITH inserted AS (
         INSERT INTO identity.user_account (id, username, display_name_zh, display_name_en, password_hash, password_must_change, unit, district, organisation_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT DO NOTHING RETURNING id
       ), roles AS (
         INSERT INTO identity.role_assignment (user_id, role, assigned_by) SELECT inserted.id, role, $11 FROM inserted, unnest($10::text[]) AS role
       )
       SELECT id FROM inserted`,
      [account.id, account.username, account.displayName.zh, account.displayName.en, account.passwordHash, account.passwordMustChange, account.unit, account.district, account.organisationId, account.roles, assignedBy],
    );
    return rows.length > 0;
  }

  /** Whether any active account may administer accounts (the first start creates one when none can). */
  async hasAdministrator(): Promise<boolean> {
    const { rows } = await this.db.query<{ found: boolean }>(
      `SELECT EXISTS (SELECT 1 FROM identity.user_account u JOIN identity.role_assignment r ON r.user_id = u.id WHERE u.status = 'active' AND r.role = 'admin') AS found`,
    );
    return rows[0]?.found === true;
  }

  async setPassword(id: string, passwordHash: string, mustChange: boolean): Promise<void> {
    await this.db.query('UPDATE identity.user_account SET password_hash = $2, password_must_change = $3, updated_at = now() WHERE id = $1', [id, passwordHash, mustChange]);
  }
}

function displayNameText({ zh, en }: DisplayName): string {
  return en ? `${zh} ${en}` : zh;
}

export function toAccount(row: AccountRow): StoredAccount {
  const displayName = { zh: row.display_name_zh, en: row.display_name_en };
  return {
    id: row.id,
    username: row.username,
    name: displayNameText(displayName),
    displayName,
    passwordHash: row.password_hash,
    roles: row.roles ?? [],
    unit: row.unit,
    district: row.district,
    organisation: row.organisation_name,
    organisationId: row.organisation_id,
    status: row.status,
    passwordMustChange: row.password_must_change,
  };
}
