import type { Actor } from '@scq/contracts';
import type { InstanceQuery } from '@scq/platform-lifecycle';
import type { AuthorizationSubject, Permission } from '@scq/workflow-domain';

/** What the task list needs of a lifecycle definition: its machine (to find where events are accepted) and permissions. */
export interface TaskDefinition {
  machine: { root: unknown };
  permissions: Record<string, Permission>;
}

/**
 * Events that may be sent at almost any time but that nothing waits for: offering them does not make a stage a task
 * (an officer is not "to do" every operating scenario because an incident could be reported on it).
 */
export const STANDING_EVENTS: ReadonlySet<string> = new Set(['withdraw', 'reportIncident', 'terminate', 'reportSandboxIndicator', 'raiseObjection']);

/**
 * The other outcome of a decision (rejecting): a task beside the step it refuses, never one on its own (a scenario
 * being assessed, or recognised and awaiting a batch list, may still be rejected, but waits on somebody else).
 */
export const OTHER_OUTCOMES: ReadonlySet<string> = new Set(['reject']);

interface NodeLike {
  config: { on?: Record<string, unknown> };
  states: Record<string, NodeLike>;
}

function acceptsSomewhere(node: NodeLike, accepts: (event: string) => boolean): boolean {
  if (Object.keys(node.config.on ?? {}).some(accepts)) return true;
  return Object.values(node.states).some((child) => acceptsSomewhere(child, accepts));
}

/** The top-level stages in which the machine accepts (in the stage or a nested one) an event `accepts` picks. */
export function topStagesAccepting(definition: TaskDefinition, accepts: (event: string) => boolean): string[] {
  const root = definition.machine.root as NodeLike;
  return Object.entries(root.states)
    .filter(([, node]) => acceptsSomewhere(node, accepts))
    .map(([key]) => key);
}

const isHuman = (permission: Permission | undefined) => permission !== undefined && !permission.roles.includes('system');

/** An event a person is expected to send at some point (not the platform's, not a standing one). */
function isDuty(definition: TaskDefinition, event: string): boolean {
  return !STANDING_EVENTS.has(event) && isHuman(Object.hasOwn(definition.permissions, event) ? definition.permissions[event] : undefined);
}

/** Whether the permission names this actor in its own right, whatever the subject (`any`, `named-units`). */
function namesActor(permission: Permission, actor: Actor): boolean {
  const roles = actor.roles.filter((role) => permission.roles.includes(role));
  if (permission.scope === 'any') return roles.length > 0;
  if (permission.scope === 'named-units') return roles.includes('coordinator') || (roles.includes('officer') && actor.unit !== null && (permission.units ?? []).includes(actor.unit));
  return false;
}

/**
 * Where the caller's workflow tasks can be, as list alternatives the store turns into SQL (so only candidates are
 * loaded): the instances of their unit (responsible or owner) and, for applicants, their own applications, in a stage
 * where somebody has a duty; and the stages where an event names the caller whatever the subject (the coordinator's
 * exemption decisions, the resumption approvals of the coordinator and 市应急管理局).
 */
export function taskReach(actor: Actor, definition: TaskDefinition): NonNullable<InstanceQuery['anyOf']> {
  const active = topStagesAccepting(definition, (event) => isDuty(definition, event));
  const alternatives: NonNullable<InstanceQuery['anyOf']> = [];
  if (actor.unit && actor.roles.some((role) => role === 'officer' || role === 'coordinator')) {
    alternatives.push({ subject: { responsibleUnits: actor.unit }, stages: active }, { subject: { ownerUnit: actor.unit }, stages: active });
  }
  if (actor.roles.includes('applicant')) alternatives.push({ subject: { applicantId: actor.id }, stages: active });
  const named = Object.entries(definition.permissions)
    .filter(([event, permission]) => isDuty(definition, event) && namesActor(permission, actor))
    .map(([event]) => event);
  if (named.length > 0) alternatives.push({ stages: topStagesAccepting(definition, (event) => named.includes(event)) });
  return alternatives;
}

/**
 * Of the events the caller may send now, those that are theirs to do: not standing ones, and a responsible unit's
 * event only for an actual responsible unit (the coordinator may act for any unit, but is not waited on by all).
 */
export function dutiesOf(definition: TaskDefinition, allowedEvents: readonly string[], actor: Actor, subject: AuthorizationSubject): string[] {
  const duties = allowedEvents.filter((event) => {
    if (!isDuty(definition, event)) return false;
    const permission = definition.permissions[event];
    if (permission.scope === 'responsible-unit') return actor.unit !== null && subject.responsibleUnits.includes(actor.unit);
    return true;
  });
  return duties.every((event) => OTHER_OUTCOMES.has(event)) ? [] : duties;
}
