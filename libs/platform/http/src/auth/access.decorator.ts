import { applyDecorators, SetMetadata } from '@nestjs/common';
import { PERSON_ROLES, type PersonRole } from '@scq/contracts';
import { IS_PUBLIC } from './public.decorator';

export const ACCESS_POLICY = 'scq:access-policy';

/**
 * What a role may reach through a route, in words the API document repeats (docs/architecture.md, "Who reads
 * what"). The global AccessGuard checks only the role; the scope is checked where the data is (use cases and
 * queries), and an out-of-scope record is refused with 403 `OUT_OF_SCOPE` everywhere.
 */
export const ACCESS_SCOPES = {
  everything: '全部 everything',
  'own-unit': '本单位（区县经办人员：本区县）及公开的 their unit’s (a district officer: their district’s) and what is public',
  assigned: '分配给本人的评审及公开的 their assignments and what is public',
  own: '本人的 their own',
  public: '公开的及本人参与的 what is public and what they take part in',
} as const;

export type AccessScope = keyof typeof ACCESS_SCOPES;

/** Who may call a route: anonymous callers (public routes only) and each role with its scope; a role not named is refused (403). */
export interface AccessPolicy {
  anonymous: boolean;
  roles: Partial<Record<PersonRole, AccessScope>>;
}

/** The roles that read everything (the coordinator, the leadership, auditors, administrators). */
export const OVERSEERS = { coordinator: 'everything', leadership: 'everything', auditor: 'everything', admin: 'everything' } as const satisfies AccessPolicy['roles'];

const everyRole = (scope: AccessScope): AccessPolicy['roles'] => Object.fromEntries(PERSON_ROLES.map((role) => [role, scope]));

/**
 * Every route declares who may call it: `@Access({ officer: 'own-unit', coordinator: 'everything' })`,
 * `@Access.everyRole('own')` or `@Access.public()` (also `@Public()`: no sign-in needed). A route without it is refused
 * at run time (403) and fails the authorisation matrix test.
 */
export function Access(roles: AccessPolicy['roles']): MethodDecorator {
  return SetMetadata(ACCESS_POLICY, { anonymous: false, roles } satisfies AccessPolicy);
}

/** Every signed-in role, with one scope. */
Access.everyRole = (scope: AccessScope): MethodDecorator => Access(everyRole(scope));

/** Anybody, signed in or not (sign-in, health, the API document, the public portal). */
Access.public = (): MethodDecorator => applyDecorators(SetMetadata(IS_PUBLIC, true), SetMetadata(ACCESS_POLICY, { anonymous: true, roles: everyRole('everything') } satisfies AccessPolicy));

/** The policy a handler declares; undefined when it declares none. */
export function accessPolicyOf(handler: object): AccessPolicy | undefined {
  return Reflect.getMetadata(ACCESS_POLICY, handler) as AccessPolicy | undefined;
}

/** One line for the API document: `权限 Access: officer (own-unit), coordinator (everything)`. */
export function describeAccess(policy: AccessPolicy): string {
  if (policy.anonymous) return '权限 Access: 任何人，无需登录 anyone, no sign-in needed.';
  const roles = Object.entries(policy.roles).map(([role, scope]) => `${role} (${scope})`);
  const scopes = [...new Set(Object.values(policy.roles))].map((scope) => `${scope} = ${ACCESS_SCOPES[scope]}`);
  return `权限 Access: ${roles.join(', ')}; other roles 403 \`FORBIDDEN_ROLE\`, records outside the scope 403 \`OUT_OF_SCOPE\`. Scopes: ${scopes.join('; ')}.`;
}
