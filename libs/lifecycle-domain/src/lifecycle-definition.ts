import type { AnyStateMachine, EventFromLogic } from 'xstate';
import type { Actor, Role } from '@scq/contracts';

export type { Actor, Role };

/** What an assessment (run by the evaluation service) decides: a gate of the scenario or application lifecycle. */
export type AssessmentPurpose = 'recognition' | 'effectiveness' | 'application-review';

export type PermissionScope = 'responsible-unit' | 'owner' | 'applicant' | 'assigned-evaluator' | 'named-units' | 'any';

export interface Permission {
  roles: Role[];
  scope: PermissionScope;
  /** Scope `named-units`: the units whose officers may act, whatever the subject (the coordinator acts for any unit). */
  units?: readonly string[];
}

/** Who the instance concerns, as the runner knows it from the scenario, application or assessment. */
export interface AuthorizationSubject {
  responsibleUnits: string[];
  ownerUnit: string | null;
  applicantId: string | null;
  assignedEvaluators: string[];
}

export interface Bilingual {
  zh: string;
  en: string;
}

/** `workingDays: null`: the due date comes from the instance itself (the `dueOn` of `requestDeadline`). */
export interface DeadlinePolicy {
  workingDays: number | null;
  description: Bilingual;
}

export interface LifecycleDefinition<TMachine extends AnyStateMachine = AnyStateMachine> {
  id: string;
  version: number;
  machine: TMachine;
  /** One entry per event type the machine accepts. */
  permissions: Record<EventFromLogic<TMachine>['type'], Permission>;
  deadlines?: Record<string, DeadlinePolicy>;
}

export type Authorization = { allowed: true } | { allowed: false; reason: string };

/** Allowed iff one of the actor's roles is permitted for the event and that role's scope holds for the subject. */
export function authorize(definition: Pick<LifecycleDefinition, 'permissions'>, actor: Actor, eventType: string, subject: AuthorizationSubject): Authorization {
  const permission: Permission | undefined = Object.hasOwn(definition.permissions, eventType) ? definition.permissions[eventType] : undefined;
  if (!permission) return deny(`事件 ${eventType} 未登记权限 No permission is defined for ${eventType}`);
  const roles = actor.roles.filter((role) => permission.roles.includes(role));
  const named = actor.roles.join('/') || '(none)';
  if (roles.length === 0) return deny(`角色 ${named} 不能执行 ${eventType} Role ${named} may not send ${eventType}`);
  if (roles.some((role) => scopeHolds(permission, role, actor, subject))) return { allowed: true };
  return deny(scopeRefusal(permission, actor, eventType));
}

function scopeHolds({ scope, units = [] }: Permission, role: Role, actor: Actor, subject: AuthorizationSubject): boolean {
  if (role === 'system') return true;
  switch (scope) {
    case 'any':
      return true;
    case 'responsible-unit':
      return role === 'coordinator' || role === 'admin' || (actor.unit !== null && subject.responsibleUnits.includes(actor.unit));
    case 'owner':
      return actor.unit !== null && actor.unit === subject.ownerUnit;
    case 'applicant':
      return subject.applicantId !== null && actor.id === subject.applicantId;
    case 'assigned-evaluator':
      return subject.assignedEvaluators.includes(actor.id);
    case 'named-units':
      return role === 'coordinator' || (actor.unit !== null && units.includes(actor.unit));
  }
}

function scopeRefusal({ scope, units = [] }: Permission, actor: Actor, eventType: string): string {
  switch (scope) {
    case 'responsible-unit':
      return `单位 ${actor.unit ?? '(无)'} 不是责任单位，不能执行 ${eventType} Unit ${actor.unit ?? '(none)'} is not a responsible unit and may not send ${eventType}`;
    case 'owner':
      return `只有场景所属单位可以执行 ${eventType} Only the owning unit may send ${eventType}`;
    case 'applicant':
      return `只有申报人本人可以执行 ${eventType} Only the applicant may send ${eventType}`;
    case 'assigned-evaluator':
      return `只有已分配的评审专家可以执行 ${eventType} Only an assigned evaluator may send ${eventType}`;
    case 'named-units':
      return `只有统筹协调单位或 ${units.join('、')} 可以执行 ${eventType} Only the coordinator or ${units.join(', ')} may send ${eventType}`;
    case 'any':
      return `不能执行 ${eventType} May not send ${eventType}`;
  }
}

function deny(reason: string): Authorization {
  return { allowed: false, reason };
}
