/** The roles a person can hold. */
export const PERSON_ROLES = ['applicant', 'officer', 'coordinator', 'evaluator', 'admin'] as const;

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
}

export function isPersonRole(role: string): role is PersonRole {
  return (PERSON_ROLES as readonly string[]).includes(role);
}
