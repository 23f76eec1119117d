/**
 * The roles a person can hold: applicants and the responsible units' officers, the coordinating unit, evaluators, the
 * leadership that escalations reach, auditors who read what was done, and administrators of accounts.
 */
export const PERSON_ROLES = ['applicant', 'officer', 'coordinator', 'evaluator', 'leadership', 'auditor', 'admin'] as const;

export type PersonRole = (typeof PERSON_ROLES)[number];

/** `system` is the platform itself (durable timers, events relayed from other services); never accepted from outside. */
export type Role = PersonRole | 'system';

/**
 * Who acts, the one shape for the whole platform: the HTTP edge's caller, the lifecycle engine's actor and the
 * actor that events carry as data. Units are spelled as the taxonomy writes them.
 */
export interface Actor {
  id: string;
  roles: Role[];
  unit: string | null;
  organisation: string | null;
  /**
   * A district officer's district (区县, e.g. 渝中区): an officer with a district acts and reads for that district's
   * scenarios; null for everybody else.
   */
  district: string | null;
}

export function isPersonRole(role: string): role is PersonRole {
  return (PERSON_ROLES as readonly string[]).includes(role);
}
