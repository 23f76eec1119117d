import { randomBytes } from 'node:crypto';
import { type Json, nextAddress, type Account, type Api } from './client';
import type { Prng } from './prng';
import type { Profile } from './profile';

export interface Domain {
  code: string;
  zhName: string;
  /** The unit of the scenarios registered in it: its first responsible unit (its officers advance them). */
  unit: string;
}

/** The people of a run, created through the admin API, each with their own password. */
export interface World {
  tag: string;
  admin: Account;
  coordinator: Account;
  auditor: Account;
  officers: Map<string, Account[]>;
  /** An officer of 市应急管理局, who approves resumptions after an incident. */
  emergency: Account;
  emergencyUnit: string;
  applicants: Array<Account & { organisationName: string }>;
  evaluators: Array<Account & { organisationName: string }>;
  domains: Domain[];
  /** The taxonomy the domains come from: every registration names it (the registry's default may be another). */
  taxonomyVersion: string;
  conflictsDeclared: number;
}

const UNIVERSITIES = ['重庆大学', '西南大学', '重庆邮电大学', '重庆交通大学', '西南政法大学', '重庆医科大学', '重庆师范大学', '四川美术学院'];

async function ok(api: Api, account: Account, method: string, path: string, body?: unknown): Promise<Json> {
  const answer = await api.as(account, method, path, body, `setup ${method} ${path.replace(/[0-9a-f-]{36}/g, ':id')}`);
  if (answer.status < 200 || answer.status >= 300) throw new Error(`${method} ${path}: ${answer.status} ${JSON.stringify(answer.body).slice(0, 500)}`);
  return answer.body;
}

/** A person created by the administrator, who signs in with the temporary password and sets their own. */
async function person(api: Api, admin: Account, input: { username: string; zh: string; en: string; roles: string[]; unit?: string; organisationId?: string | null }): Promise<Account> {
  const created = await ok(api, admin, 'POST', '/api/admin/users', { username: input.username, displayName: { zh: input.zh, en: input.en }, roles: input.roles, ...(input.unit ? { unit: input.unit } : {}), organisationId: input.organisationId ?? null });
  const password = `sim-${randomBytes(10).toString('hex')}`;
  const first: Account = { username: input.username, password: created.temporaryPassword, id: created.user.id, roles: input.roles, unit: created.user.unit ?? null, address: nextAddress() };
  const changed = await ok(api, first, 'POST', '/api/auth/password', { currentPassword: created.temporaryPassword, newPassword: password });
  return { ...first, password, token: changed.accessToken };
}

/**
 * The run's people: a coordinator, an auditor, officers of each unit responsible for a domain used, one of
 * 市应急管理局, applicants of their own enterprises, and evaluators in the pool (expert in every domain used), some of
 * whom declare conflicts with a unit up front.
 */
export async function createWorld(api: Api, adminPassword: string, profile: Profile, prng: Prng): Promise<World> {
  const tag = randomBytes(3).toString('hex');
  const admin: Account = { username: 'admin', password: adminPassword, id: 'admin', roles: ['admin'], unit: null, address: nextAddress() };
  const versions = (await ok(api, admin, 'GET', '/api/taxonomy')) as Array<{ id: string }>;
  const version = versions[versions.length - 1].id;
  const overview = await ok(api, admin, 'GET', `/api/taxonomy/${version}`);
  const all = (await ok(api, admin, 'GET', `/api/taxonomy/${version}/domains`)) as Array<{ code: string; zhName: string; responsibleUnits: Array<{ zhName: string }> }>;
  const chosen = (profile.domains > 0 ? all.slice(0, profile.domains) : all).filter((d) => d.responsibleUnits.length > 0);
  const domains: Domain[] = chosen.map((d) => ({ code: d.code, zhName: d.zhName, unit: d.responsibleUnits[0].zhName }));
  const units = [...new Set(domains.map((d) => d.unit))];
  const name = (i: number | string) => `sim${tag}.${i}`;

  const coordinator = await person(api, admin, { username: name('coordinator'), zh: '模拟统筹人', en: 'Simulated coordinator', roles: ['coordinator'], unit: overview.coordinator.unit });
  const auditor = await person(api, admin, { username: name('auditor'), zh: '模拟审计员', en: 'Simulated auditor', roles: ['auditor'] });
  const officers = new Map<string, Account[]>();
  for (const [u, unit] of units.entries()) {
    const list: Account[] = [];
    for (let i = 0; i < profile.accounts.officersPerUnit; i++) list.push(await person(api, admin, { username: name(`officer${u}x${i}`), zh: `${unit}经办人${i + 1}`, en: `Officer ${u}.${i}`, roles: ['officer'], unit }));
    officers.set(unit, list);
  }
  const emergencyUnit = '市应急管理局';
  const emergency = await person(api, admin, { username: name('emergency'), zh: '应急管理局经办人', en: 'Emergency management officer', roles: ['officer'], unit: emergencyUnit });
  const applicants: World['applicants'] = [];
  for (let i = 0; i < profile.accounts.applicants; i++) {
    const organisationName = `模拟科技${tag}第${i + 1}有限公司`;
    const organisation = await ok(api, admin, 'POST', '/api/admin/organisations', { name: organisationName, kind: 'enterprise' });
    const organisationId = organisation.id ?? organisation.organisation?.id;
    applicants.push({ ...(await person(api, admin, { username: name(`applicant${i}`), zh: `申报人${i + 1}`, en: `Applicant ${i + 1}`, roles: ['applicant'], organisationId })), organisationName });
  }
  const evaluators: World['evaluators'] = [];
  let conflictsDeclared = 0;
  const universities = new Map<string, string>();
  for (let i = 0; i < profile.accounts.evaluators; i++) {
    const organisationName = `${UNIVERSITIES[i % UNIVERSITIES.length]}（模拟${tag}）`;
    if (!universities.has(organisationName)) {
      const organisation = await ok(api, admin, 'POST', '/api/admin/organisations', { name: organisationName, kind: 'university' });
      universities.set(organisationName, organisation.id ?? organisation.organisation?.id);
    }
    const account = await person(api, admin, { username: name(`evaluator${i}`), zh: `评审专家${i + 1}`, en: `Evaluator ${i + 1}`, roles: ['evaluator'], organisationId: universities.get(organisationName) });
    await ok(api, coordinator, 'POST', '/api/evaluation/evaluators', { id: account.id, name: `评审专家${i + 1}`, organisation: organisationName, expertise: domains.map((d) => d.code), capacity: 50 });
    if (prng.chance(profile.declaredConflicts)) {
      await ok(api, account, 'POST', `/api/evaluation/evaluators/${encodeURIComponent(account.id)}/conflicts`, { kind: 'declared', party: prng.pick(units), reason: '曾为该单位提供咨询服务 consulted for this unit' });
      conflictsDeclared++;
    }
    evaluators.push({ ...account, organisationName });
  }
  return { tag, admin, coordinator, auditor, officers, emergency, emergencyUnit, applicants, evaluators, domains, taxonomyVersion: version, conflictsDeclared };
}
