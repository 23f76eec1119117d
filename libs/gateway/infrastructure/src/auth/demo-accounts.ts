import { randomUUID } from 'node:crypto';
import { DEMO_PEOPLE } from '@scq/contracts';
import type { DirectoryRepository } from '../directory/directory.repository';
import type { AccountRepository } from './account.repository';
import { hashPassword, type PasswordHashing } from './password-hashing';

/** The one password of every demo account (`DEMO_ACCOUNTS=true` only, never in production; printed at first start). */
export const DEMO_PASSWORD = 'scq-demo-2026';

/** Creates the demo accounts that are missing, and their organisations (passwords hashed now, argon2id); returns the usernames created. */
export async function seedDemoAccounts(accounts: AccountRepository, directory: DirectoryRepository, hashing?: PasswordHashing): Promise<string[]> {
  const existing = await accounts.existingIds(DEMO_PEOPLE.map((person) => person.id));
  const created: string[] = [];
  for (const person of DEMO_PEOPLE.filter((p) => !existing.has(p.id))) {
    const organisationId = person.organisation === null ? null : await demoOrganisation(directory, person.organisation);
    const account = { ...person, roles: [...person.roles], organisationId, passwordMustChange: false, passwordHash: await hashPassword(DEMO_PASSWORD, hashing) };
    if (await accounts.insertIfAbsent(account, 'demo')) created.push(person.username);
  }
  return created;
}

async function demoOrganisation(directory: DirectoryRepository, name: string): Promise<string> {
  const known = await directory.organisationNamed(name);
  if (known) return known.id;
  const kind = /大学|学院/.test(name) ? 'university' : /委员会|局|政府|办公室/.test(name) ? 'government' : /有限公司/.test(name) ? 'enterprise' : 'other';
  return (await directory.createOrganisation({ id: randomUUID(), name, nameEn: '', kind, uscc: null, aliases: [] })).id;
}
