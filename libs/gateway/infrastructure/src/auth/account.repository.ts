import type { SqlExecutor } from '@scq/platform-persistence';

export interface Account {
  id: string;
  username: string;
  name: string;
  roles: string[];
  unit: string | null;
  organisation: string | null;
  /** Signed in with a password someone else chose: nothing but changing it is allowed until it is changed. */
  passwordMustChange: boolean;
}

export interface StoredAccount extends Account {
  passwordHash: string;
}

interface AccountRow {
  id: string;
  username: string;
  name: string;
  password_hash: string;
  roles: string[];
  unit: string | null;
  organisation: string | null;
  password_must_change: boolean;
}

const COLUMNS = 'id, username, name, password_hash, roles, unit, organisation, password_must_change';

/** Accounts in `gateway.account`; usernames are matched case-insensitively. */
export class AccountRepository {
  constructor(private readonly db: SqlExecutor) {}

  async byUsername(username: string): Promise<StoredAccount | null> {
    const { rows } = await this.db.query<AccountRow>(`SELECT ${COLUMNS} FROM gateway.account WHERE lower(username) = lower($1) AND active`, [username]);
    return rows[0] ? toAccount(rows[0]) : null;
  }

  async byId(id: string): Promise<StoredAccount | null> {
    const { rows } = await this.db.query<AccountRow>(`SELECT ${COLUMNS} FROM gateway.account WHERE id = $1 AND active`, [id]);
    return rows[0] ? toAccount(rows[0]) : null;
  }

  /** Active accounts holding `role`, by name (at most 500: a directory read for choosing people, not a dump). */
  async withRole(role: string): Promise<StoredAccount[]> {
    const { rows } = await this.db.query<AccountRow>(`SELECT ${COLUMNS} FROM gateway.account WHERE active AND $1 = ANY(roles) ORDER BY name, id LIMIT 500`, [role]);
    return rows.map(toAccount);
  }

  async existingIds(ids: string[]): Promise<Set<string>> {
    const { rows } = await this.db.query<{ id: string }>('SELECT id FROM gateway.account WHERE id = ANY($1::text[])', [ids]);
    return new Set(rows.map((row) => row.id));
  }

  /** Replaces the password hash (a rehash after sign-in) unless it changed meanwhile; true when replaced. */
  async replacePasswordHash(id: string, previous: string, next: string): Promise<boolean> {
    const { rows } = await this.db.query<{ id: string }>('UPDATE gateway.account SET password_hash = $3 WHERE id = $1 AND password_hash = $2 RETURNING id', [id, previous, next]);
    return rows.length > 0;
  }

  /** Inserts the account unless one with the same id or username exists; true when inserted. */
  async insertIfAbsent(account: StoredAccount): Promise<boolean> {
    const { rows } = await this.db.query<{ id: string }>(
      `INSERT INTO gateway.account (id, username, name, password_hash, roles, unit, organisation, password_must_change)
       VALUES ($1, $2, $3, $4, $5::text[], $6, $7, $8) ON CONFLICT DO NOTHING RETURNING id`,
      [account.id, account.username, account.name, account.passwordHash, account.roles, account.unit, account.organisation, account.passwordMustChange],
    );
    return rows.length > 0;
  }

  /** Whether any active account may administer accounts (the first start creates one when none can). */
  async hasAdministrator(): Promise<boolean> {
    const { rows } = await this.db.query<{ found: boolean }>(`SELECT EXISTS (SELECT 1 FROM gateway.account WHERE active AND 'admin' = ANY(roles)) AS found`);
    return rows[0]?.found === true;
  }

  async setPassword(id: string, passwordHash: string, mustChange: boolean): Promise<void> {
    await this.db.query('UPDATE gateway.account SET password_hash = $2, password_must_change = $3 WHERE id = $1', [id, passwordHash, mustChange]);
  }
}

function toAccount(row: AccountRow): StoredAccount {
  return {
    id: row.id,
    username: row.username,
    name: row.name,
    passwordHash: row.password_hash,
    roles: row.roles,
    unit: row.unit,
    organisation: row.organisation,
    passwordMustChange: row.password_must_change,
  };
}
