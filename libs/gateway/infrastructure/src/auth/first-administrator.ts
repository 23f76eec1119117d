import { randomBytes } from 'node:crypto';
import { hash } from 'bcryptjs';
import type { AccountRepository } from './account.repository';

export interface FirstAdministrator {
  username: string;
  /** Set when the password was generated: shown once, to be changed at the first sign-in. */
  generatedPassword: string | null;
}

/**
 * Makes sure someone can administer accounts: when no active administrator exists, creates `admin` with the password
 * given (`ADMIN_PASSWORD`) or a generated one that must be changed at first sign-in. Undefined when one existed.
 */
export async function ensureFirstAdministrator(accounts: AccountRepository, givenPassword: string | null, bcryptRounds: number): Promise<FirstAdministrator | undefined> {
  if (await accounts.hasAdministrator()) return undefined;
  const generatedPassword = givenPassword ? null : randomBytes(18).toString('base64url');
  const inserted = await accounts.insertIfAbsent({
    id: 'admin',
    username: 'admin',
    name: '平台管理员 Administrator',
    roles: ['admin'],
    unit: null,
    organisation: null,
    passwordMustChange: generatedPassword !== null,
    passwordHash: await hash(givenPassword ?? generatedPassword ?? '', bcryptRounds),
  });
  return inserted ? { username: 'admin', generatedPassword } : undefined;
}
