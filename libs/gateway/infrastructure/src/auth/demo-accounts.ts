import { DEMO_PEOPLE } from '@scq/contracts';
import type { AccountRepository } from './account.repository';
import { hashPassword, type PasswordHashing } from './password-hashing';

/** The one password of every demo account (`DEMO_ACCOUNTS=true` only, never in production; printed at first start). */
export const DEMO_PASSWORD = 'scq-demo-2026';

/** Creates the demo accounts that are missing (passwords hashed now, argon2id); returns the usernames created. */
export async function seedDemoAccounts(accounts: AccountRepository, hashing?: PasswordHashing): Promise<string[]> {
  const existing = await accounts.existingIds(DEMO_PEOPLE.map((person) => person.id));
  const created: string[] = [];
  for (const person of DEMO_PEOPLE.filter((p) => !existing.has(p.id))) {
    const account = { ...person, roles: [...person.roles], passwordMustChange: false, passwordHash: await hashPassword(DEMO_PASSWORD, hashing) };
    if (await accounts.insertIfAbsent(account)) created.push(person.username);
  }
  return created;
}
