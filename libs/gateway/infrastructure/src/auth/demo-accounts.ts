import type { Account, AccountRepository } from './account.repository';
import { hashPassword, type PasswordHashing } from './password-hashing';

/** The one password of every demo account (printed at first start; change or remove the accounts outside demos). */
export const DEMO_PASSWORD = 'scq-demo-2026';

/** A demo account per role, officers of several responsible units (市林业局 is out of scope for most scenarios). */
export const DEMO_ACCOUNTS: Account[] = [
  { id: 'demo-applicant', username: 'applicant', name: '示范申报人 Demo applicant', roles: ['applicant'], unit: null, organisation: '重庆示范科技有限公司' },
  { id: 'demo-officer-transport', username: 'officer.transport', name: '交通委经办人 Transport officer', roles: ['officer'], unit: '市交通运输委', organisation: '重庆市交通运输委员会' },
  { id: 'demo-officer-urban', username: 'officer.urban', name: '城管局经办人 Urban management officer', roles: ['officer'], unit: '市城市管理局', organisation: '重庆市城市管理局' },
  { id: 'demo-officer-forestry', username: 'officer.forestry', name: '林业局经办人 Forestry officer', roles: ['officer'], unit: '市林业局', organisation: '重庆市林业局' },
  { id: 'demo-coordinator', username: 'coordinator', name: '发展改革委统筹人 Coordinator', roles: ['coordinator'], unit: '市发展改革委', organisation: '重庆市发展和改革委员会' },
  { id: 'demo-evaluator', username: 'evaluator', name: '示范评审专家 Demo evaluator', roles: ['evaluator'], unit: null, organisation: '重庆大学' },
  { id: 'demo-admin', username: 'admin', name: '平台管理员 Administrator', roles: ['admin'], unit: null, organisation: '场景重庆平台' },
];

/** Creates the demo accounts that are missing (passwords hashed now, argon2id); returns the usernames created. */
export async function seedDemoAccounts(accounts: AccountRepository, hashing?: PasswordHashing): Promise<string[]> {
  const existing = await accounts.existingIds(DEMO_ACCOUNTS.map((a) => a.id));
  const created: string[] = [];
  for (const account of DEMO_ACCOUNTS.filter((a) => !existing.has(a.id))) {
    if (await accounts.insertIfAbsent({ ...account, passwordHash: await hashPassword(DEMO_PASSWORD, hashing) })) created.push(account.username);
  }
  return created;
}
