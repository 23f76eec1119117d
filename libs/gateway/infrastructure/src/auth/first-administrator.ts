import type { AccountRepository } from './account.repository';
import { hashPassword, temporaryPasswordText, type PasswordHashing } from './password-hashing';

export interface FirstAdministrator {
  username: string;
  /** Set when the password was generated: shown once, to be changed at the first sign-in. */
  generatedPassword: string | null;
}

/**
 * Makes sure someone can administer accounts: when no active administrator exists, creates `admin` with the password
 * given (`ADMIN_PASSWORD`) or a generated one that must be changed at first sign-in. Undefined when one existed.
 */
export async function ensureFirstAdministrator(accounts: AccountRepository, givenPassword: string | null, hashing?: PasswordHashing): Promise<FirstAdministrator | undefined> {
  if (await accounts.hasAdministrator()) return undefined;
  const generatedPassword = givenPassword ? null : temporaryPasswordText();
  const inserted = await accounts.insertIfAbsent({
    id: 'admin',
    username: 'admin',
    displayName: { zh: '平台管理员', en: 'Administrator' },
    roles: ['admin'],
    unit: null,
    district: null,
    organisationId: null,
    passwordMustChange: generatedPassword !== null,
    passwordHash: await hashPassword(givenPassword ?? generatedPassword ?? '', hashing),
  });
  return inserted ? { username: 'admin', generatedPassword } : undefined;
}
