import type { Schema } from '../../api/client';

/** The directory's answers and requests, by their names in the API document. */
export type DirectoryUser = Schema<'DirectoryUser'>;
export type Role = DirectoryUser['roles'][number];
export type UserStatus = DirectoryUser['status'];
export type CreateUserRequest = Schema<'CreateUserRequest'>;
export type UpdateUserRequest = Schema<'UpdateUserRequest'>;
export type Organisation = Schema<'Organisation'>;
export type OrganisationKind = Organisation['kind'];
export type CreateOrganisationRequest = Schema<'CreateOrganisationRequest'>;
export type UpdateOrganisationRequest = Schema<'UpdateOrganisationRequest'>;
export type District = Schema<'DistrictDirectory'>['districts'][number];

/** The roles in the order the directory lists them (PERSON_ROLES on the server). */
export const ROLES: readonly Role[] = ['applicant', 'officer', 'coordinator', 'evaluator', 'leadership', 'auditor', 'admin'];
export const STATUSES: readonly UserStatus[] = ['active', 'disabled'];
export const ORGANISATION_KINDS: readonly OrganisationKind[] = ['enterprise', 'state-owned-enterprise', 'university', 'research-institute', 'government', 'social-organisation', 'other'];

/** A person as the form holds them: empty strings for "none". */
export interface UserForm {
  username: string;
  displayNameZh: string;
  displayNameEn: string;
  roles: Role[];
  unit: string;
  district: string;
  organisationId: string;
}

export const EMPTY_USER_FORM: UserForm = { username: '', displayNameZh: '', displayNameEn: '', roles: [], unit: '', district: '', organisationId: '' };

export function userFormOf(user: DirectoryUser): UserForm {
  return {
    username: user.username,
    displayNameZh: user.displayName.zh,
    displayNameEn: user.displayName.en,
    roles: ROLES.filter((role) => user.roles.includes(role)),
    unit: user.unit ?? '',
    district: user.district ?? '',
    organisationId: user.organisation?.id ?? '',
  };
}

const orNull = (text: string): string | null => (text.trim() === '' ? null : text.trim());

/** The new person as POST /api/admin/users takes them: roles in the directory's order, empty choices as null. */
export function createUserRequestOf(form: UserForm): CreateUserRequest {
  return {
    username: form.username.trim(),
    displayName: { zh: form.displayNameZh.trim(), en: form.displayNameEn.trim() },
    roles: ROLES.filter((role) => form.roles.includes(role)),
    unit: orNull(form.unit),
    district: orNull(form.district),
    organisationId: orNull(form.organisationId),
  };
}

/** Only what changed, for PATCH /api/admin/users/{id} (a cleared choice is null); empty when nothing did. */
export function userChangesOf(before: UserForm, after: UserForm): UpdateUserRequest {
  const changes: UpdateUserRequest = {};
  if (before.displayNameZh.trim() !== after.displayNameZh.trim() || before.displayNameEn.trim() !== after.displayNameEn.trim()) {
    changes.displayName = { zh: after.displayNameZh.trim(), en: after.displayNameEn.trim() };
  }
  const roles = ROLES.filter((role) => after.roles.includes(role));
  if (roles.join() !== ROLES.filter((role) => before.roles.includes(role)).join()) changes.roles = roles;
  for (const key of ['unit', 'district', 'organisationId'] as const) {
    if (orNull(before[key]) !== orNull(after[key])) changes[key] = orNull(after[key]);
  }
  return changes;
}

/** What the chosen roles require besides a name (the server's rule, shown before submitting). */
export interface RoleNeeds {
  /** Officers act for a responsible unit or a district. */
  unitOrDistrict: boolean;
  /** Applicants and evaluators belong to an organisation (conflicts of interest are checked against it). */
  organisation: boolean;
}

export function roleNeeds(roles: readonly Role[]): RoleNeeds {
  return { unitOrDistrict: roles.includes('officer'), organisation: roles.includes('applicant') || roles.includes('evaluator') };
}

/** The needs the form does not meet yet: shown beside the fields while the person is being filled in. */
export function unmetNeeds(form: UserForm): RoleNeeds {
  const needs = roleNeeds(form.roles);
  return { unitOrDistrict: needs.unitOrDistrict && !form.unit.trim() && !form.district.trim(), organisation: needs.organisation && !form.organisationId.trim() };
}

/** An organisation as the form holds it: aliases one per row. */
export interface OrganisationForm {
  name: string;
  nameEn: string;
  kind: OrganisationKind | '';
  uscc: string;
  aliases: string[];
}

export const EMPTY_ORGANISATION_FORM: OrganisationForm = { name: '', nameEn: '', kind: '', uscc: '', aliases: [] };

export function organisationFormOf(organisation: Organisation): OrganisationForm {
  return { name: organisation.name, nameEn: organisation.nameEn, kind: organisation.kind, uscc: organisation.uscc ?? '', aliases: [...organisation.aliases] };
}

/** The aliases given: blank rows left out. */
function aliasesOf(form: OrganisationForm): string[] {
  return form.aliases.map((alias) => alias.trim()).filter(Boolean);
}

/** POST /api/admin/organisations: an unchosen kind goes as it is, for the server to name the field. */
export function createOrganisationRequestOf(form: OrganisationForm): CreateOrganisationRequest {
  return { name: form.name.trim(), nameEn: form.nameEn.trim(), kind: form.kind as OrganisationKind, uscc: orNull(form.uscc), aliases: aliasesOf(form) };
}

/** Only what changed, for PATCH /api/admin/organisations/{id}; empty when nothing did. */
export function organisationChangesOf(before: OrganisationForm, after: OrganisationForm): UpdateOrganisationRequest {
  const changes: UpdateOrganisationRequest = {};
  if (before.name.trim() !== after.name.trim()) changes.name = after.name.trim();
  if (before.nameEn.trim() !== after.nameEn.trim()) changes.nameEn = after.nameEn.trim();
  if (before.kind !== after.kind && after.kind !== '') changes.kind = after.kind;
  if (orNull(before.uscc) !== orNull(after.uscc)) changes.uscc = orNull(after.uscc);
  if (aliasesOf(before).join('\n') !== aliasesOf(after).join('\n')) changes.aliases = aliasesOf(after);
  return changes;
}

