import { HttpStatus, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { Actor, FieldError, PersonRole } from '@scq/contracts';
import { assignmentProblems, canonicalDistrictName, COORDINATION_MECHANISM_UNIT, findDistrict, type OrganisationKind } from '@scq/identity';
import { RequestError } from '@scq/platform-http';
import { findUnit, taxonomyVersions } from '@scq/taxonomy';
import { AccountRepository, type DisplayName, type StoredAccount } from '../auth/account.repository';
import { temporaryPasswordText } from '../auth/password-hashing';
import { LiveSessions } from '../auth/live-sessions';
import { SessionRepository, type SessionEnd } from '../auth/session.repository';
import { SignInPasswords } from '../auth/sign-in-passwords';
import { DirectoryRepository, type Organisation, type UserChanges } from './directory.repository';

export interface NewUser {
  username: string;
  displayName: DisplayName;
  roles: PersonRole[];
  unit: string | null;
  district: string | null;
  organisationId: string | null;
}

export interface OrganisationInput {
  name: string;
  nameEn: string;
  kind: OrganisationKind;
  uscc: string | null;
  aliases: string[];
}

/** The directory's rules: who may be given what, spelled as the taxonomy and the directory of districts write it. */
@Injectable()
export class DirectoryAdministration {
  constructor(
    private readonly directory: DirectoryRepository,
    private readonly accounts: AccountRepository,
    private readonly passwords: SignInPasswords,
    private readonly sessions: SessionRepository,
    private readonly liveSessions: LiveSessions,
  ) {}

  async create(input: NewUser, by: Actor): Promise<{ user: StoredAccount; temporaryPassword: string }> {
    const placed = await this.placed(input);
    if (await this.directory.usernameTaken(input.username)) throw new RequestError(HttpStatus.CONFLICT, 'USERNAME_TAKEN', `用户名已被使用 The username ${input.username} is taken`);
    const temporaryPassword = temporaryPasswordText();
    const id = randomUUID();
    const inserted = await this.accounts.insertIfAbsent({ id, username: input.username, displayName: input.displayName, roles: input.roles, ...placed, passwordHash: await this.passwords.hash(temporaryPassword), passwordMustChange: true }, by.id);
    if (!inserted) throw new RequestError(HttpStatus.CONFLICT, 'USERNAME_TAKEN', `用户名已被使用 The username ${input.username} is taken`);
    return { user: await this.existing(id), temporaryPassword };
  }

  async update(id: string, changes: UserChanges, by: Actor): Promise<StoredAccount> {
    const current = await this.existing(id);
    const next = { roles: (changes.roles ?? current.roles) as PersonRole[], unit: pick(changes, 'unit', current.unit), district: pick(changes, 'district', current.district), organisationId: pick(changes, 'organisationId', current.organisationId) };
    const placed = await this.placed(next);
    if (current.roles.includes('admin') && !next.roles.includes('admin')) await this.keepAnAdministrator(id, '不能移除最后一位管理员的管理员角色 the last active administrator keeps the admin role');
    return (await this.directory.update(id, { ...changes, ...placed, roles: next.roles }, by.id)) ?? (await this.existing(id));
  }

  async disable(id: string, by: Actor): Promise<StoredAccount> {
    if (id === by.id) throw new RequestError(HttpStatus.CONFLICT, 'CANNOT_DISABLE_SELF', '不能停用自己的账号 You cannot disable your own account');
    const current = await this.existing(id);
    if (current.roles.includes('admin')) await this.keepAnAdministrator(id, '不能停用最后一位管理员 the last active administrator cannot be disabled');
    const disabled = (await this.directory.setStatus(id, 'disabled')) ?? current;
    await this.signOutEverywhere(id, 'account-disabled');
    return disabled;
  }

  async enable(id: string): Promise<StoredAccount> {
    await this.existing(id);
    return (await this.directory.setStatus(id, 'active')) ?? (await this.existing(id));
  }

  /** A new password someone else chose: shown once, to be changed at the next sign-in. */
  async resetPassword(id: string): Promise<string> {
    await this.existing(id);
    const temporaryPassword = temporaryPasswordText();
    await this.accounts.setPassword(id, await this.passwords.hash(temporaryPassword), true);
    await this.signOutEverywhere(id, 'password-reset');
    return temporaryPassword;
  }

  private async signOutEverywhere(id: string, because: SessionEnd): Promise<void> {
    await this.sessions.endAllOf(id, because);
    this.liveSessions.forget();
  }

  async createOrganisation(input: OrganisationInput): Promise<Organisation> {
    await this.refuseClash(input, null);
    return this.directory.createOrganisation({ id: randomUUID(), ...input });
  }

  async updateOrganisation(id: string, changes: Partial<OrganisationInput>): Promise<Organisation> {
    const current = await this.directory.organisation(id);
    if (!current) throw new RequestError(HttpStatus.NOT_FOUND, 'ORGANISATION_NOT_FOUND', `机构不存在 No organisation ${id}`);
    const next = { ...current, ...changes };
    await this.refuseClash(next, id);
    await this.directory.updateOrganisation(next);
    return next;
  }

  async existing(id: string): Promise<StoredAccount> {
    const user = await this.directory.user(id);
    if (!user) throw new RequestError(HttpStatus.NOT_FOUND, 'USER_NOT_FOUND', `用户不存在 No user ${id}`);
    return user;
  }

  /** The unit and district as written canonically, the organisation checked; 400 naming each field that is wrong. */
  private async placed(assignment: { roles: PersonRole[]; unit: string | null; district: string | null; organisationId: string | null }) {
    const fields: FieldError[] = assignmentProblems(assignment).map(({ path, message }) => ({ path, message }));
    const unit = assignment.unit === null ? null : knownUnit(assignment.unit);
    if (assignment.unit !== null && unit === undefined) fields.push({ path: 'unit', message: `未知单位「${assignment.unit}」，见 GET /api/taxonomy/{version}/units unknown unit: see GET /api/taxonomy/{version}/units` });
    if (assignment.district !== null && !findDistrict(assignment.district)) fields.push({ path: 'district', message: `未知区县「${assignment.district}」，见 GET /api/directory/districts unknown district: see GET /api/directory/districts` });
    if (assignment.organisationId !== null && !(await this.directory.organisation(assignment.organisationId))) {
      fields.push({ path: 'organisationId', message: `机构不存在，见 GET /api/admin/organisations no organisation ${assignment.organisationId}: see GET /api/admin/organisations` });
    }
    if (fields.length > 0) throw new RequestError(HttpStatus.BAD_REQUEST, 'VALIDATION_FAILED', `请求数据无效 Invalid request: ${fields.map((f) => `${f.path}: ${f.message}`).join('; ')}`, fields);
    return { unit: unit ?? null, district: assignment.district === null ? null : canonicalDistrictName(assignment.district), organisationId: assignment.organisationId };
  }

  private async keepAnAdministrator(id: string, message: string): Promise<void> {
    if ((await this.directory.otherActiveAdministrators(id)) === 0) throw new RequestError(HttpStatus.CONFLICT, 'LAST_ADMINISTRATOR', message);
  }

  private async refuseClash(organisation: OrganisationInput, except: string | null): Promise<void> {
    const clash = await this.directory.organisationClash([organisation.name, ...organisation.aliases], organisation.uscc, except);
    if (clash) throw new RequestError(HttpStatus.CONFLICT, 'ORGANISATION_EXISTS', `已有机构使用「${clash}」 Another organisation already uses ${clash}`);
  }
}

/** A unit's name as the taxonomy writes it, from its name, alias or full name in any version; undefined when unknown. */
function knownUnit(name: string): string | undefined {
  if (name.trim() === COORDINATION_MECHANISM_UNIT) return COORDINATION_MECHANISM_UNIT;
  for (const version of taxonomyVersions()) {
    const found = findUnit(version, name.trim());
    if (found) return found.zhName;
  }
  return undefined;
}

function pick<K extends 'unit' | 'district' | 'organisationId'>(changes: UserChanges, key: K, current: string | null): string | null {
  return key in changes ? (changes[key] ?? null) : current;
}
