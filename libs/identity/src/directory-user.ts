import type { PersonRole } from '@scq/contracts';

/** 3–64 characters: lower-case letters, digits and `.`, `_`, `-` inside (`officer.yuzhong`, `zhang_wei-2`). */
export const USERNAME_PATTERN = /^[a-z0-9][a-z0-9._-]{1,62}[a-z0-9]$/;

/**
 * The coordination mechanism the plan sets up in (十一) 健全管理制度 ("建立推动场景培育和开放工作协调机制"): the unit of the
 * leadership that escalations reach. Not a responsible unit of the taxonomy, so named here.
 */
export const COORDINATION_MECHANISM_UNIT = '场景培育和开放工作协调机制';

export const ORGANISATION_KINDS = ['enterprise', 'state-owned-enterprise', 'university', 'research-institute', 'government', 'social-organisation', 'other'] as const;

export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

/** What a person is given: roles and where they belong. */
export interface Assignment {
  roles: readonly PersonRole[];
  unit: string | null;
  district: string | null;
  organisationId: string | null;
}

export interface FieldProblem {
  path: 'roles' | 'unit' | 'district' | 'organisationId';
  message: string;
}

/**
 * What an assignment lacks for its roles: an officer acts for a responsible unit or a district (a district officer);
 * applicants and evaluators belong to an organisation, which conflicts of interest are checked against.
 */
export function assignmentProblems(assignment: Assignment): FieldProblem[] {
  const { roles, unit, district, organisationId } = assignment;
  const problems: FieldProblem[] = [];
  if (roles.length === 0) problems.push({ path: 'roles', message: '至少指定一个角色 give at least one role' });
  if (roles.includes('officer') && !unit && !district) {
    problems.push({ path: 'unit', message: '经办人须属于一个责任单位或区县 an officer acts for a responsible unit or a district' });
  }
  if (!organisationId) {
    const needing = roles.filter((role) => role === 'applicant' || role === 'evaluator');
    if (needing.length > 0) problems.push({ path: 'organisationId', message: `${needing.join('、')} 须属于一个机构（利益冲突按机构核查） must belong to an organisation (conflicts of interest are checked against it)` });
  }
  return problems;
}
