import { randomUUID } from 'node:crypto';
import { assignmentProblems } from '@scq/identity';
import type { Database } from '@scq/platform-persistence';
import { AccountRepository, type StoredAccount } from '../account.repository';
import { NO_PASSWORD } from '../password-hashing';
import { DirectoryRepository } from '../../directory/directory.repository';
import { mapClaims, type ClaimRules } from './claim-rules';

/** Who signs in through the provider was sent home with this code (the console explains it in both languages). */
export type SsoRefusal = 'SSO_NO_ROLE' | 'SSO_ASSIGNMENT_INCOMPLETE' | 'SSO_ACCOUNT_DISABLED';

export type SsoOutcome = { ok: true; account: StoredAccount; created: boolean } | { ok: false; code: SsoRefusal; detail: string };

/** Who changed an SSO person's roles: the provider, through the claim rules. */
export const SSO_ASSIGNER = 'sso';

/**
 * People who sign in through the OpenID provider: found by their (issuer, subject), or created the first time
 * (no password: they cannot sign in with one). Their roles, unit, district and organisation are the claim rules'
 * answer at every sign-in: the provider is the source of truth for them.
 */
export class SsoPeople {
  constructor(
    private readonly db: Database,
    private readonly accounts: AccountRepository,
    private readonly directory: DirectoryRepository,
    private readonly rules: ClaimRules,
  ) {}

  async signIn(issuer: string, subject: string, claims: Record<string, unknown>): Promise<SsoOutcome> {
    const mapped = mapClaims(this.rules, claims);
    if (mapped.roles.length === 0) return { ok: false, code: 'SSO_NO_ROLE', detail: 'no claim rule gives this person a role' };
    const organisationId = mapped.organisation === null ? null : ((await this.directory.organisationNamed(mapped.organisation))?.id ?? null);
    const assignment = { roles: mapped.roles, unit: mapped.unit, district: mapped.district, organisationId };
    const problems = assignmentProblems(assignment);
    if (problems.length > 0) return { ok: false, code: 'SSO_ASSIGNMENT_INCOMPLETE', detail: problems.map((p) => `${p.path}: ${p.message}`).join('; ') };
    const displayName = { zh: mapped.displayName ?? mapped.username ?? subject, en: '' };

    const linked = await this.linkedUser(issuer, subject);
    if (linked) {
      const current = await this.directory.user(linked);
      if (!current || current.status !== 'active') return { ok: false, code: 'SSO_ACCOUNT_DISABLED', detail: `account ${linked} is disabled` };
      await this.directory.update(linked, { ...assignment, displayName }, SSO_ASSIGNER);
      await this.db.query('UPDATE identity.external_identity SET last_sign_in_at = now() WHERE issuer = $1 AND subject = $2', [issuer, subject]);
      return { ok: true, account: (await this.accounts.byId(linked)) as StoredAccount, created: false };
    }

    const id = randomUUID();
    const base = usernameBase(mapped.username ?? `sso-${subject}`);
    for (let attempt = 1; attempt <= 50; attempt++) {
      const username = attempt === 1 ? base : `${base}-${attempt}`;
      const inserted = await this.accounts.insertIfAbsent({ id, username, displayName, ...assignment, passwordHash: NO_PASSWORD, passwordMustChange: false }, SSO_ASSIGNER);
      if (inserted) break;
      if (attempt === 50) throw new Error(`no free username from "${base}"`);
    }
    const { rows } = await this.db.query<{ user_id: string }>(
      `INSERT INTO identity.external_identity (issuer, subject, user_id) VALUES ($1, $2, $3)
       ON CONFLICT (issuer, subject) DO UPDATE SET last_sign_in_at = now() RETURNING user_id`,
      [issuer, subject, id],
    );
    // Two first sign-ins of one person at once: the link that won names the person; the other account stays unused.
    const userId = rows[0]?.user_id ?? id;
    return { ok: true, account: (await this.accounts.byId(userId)) as StoredAccount, created: userId === id };
  }

  private async linkedUser(issuer: string, subject: string): Promise<string | null> {
    const { rows } = await this.db.query<{ user_id: string }>('SELECT user_id FROM identity.external_identity WHERE issuer = $1 AND subject = $2', [issuer, subject]);
    return rows[0]?.user_id ?? null;
  }
}

/** A username from the provider's: its own characters, at most 90 (room for a suffix when taken). */
function usernameBase(claimed: string): string {
  const cleaned = claimed.trim().replace(/\s+/g, '.').slice(0, 90);
  return cleaned || 'sso-user';
}
