import { canonicalUnitName } from '@scq/taxonomy';
import { MatchmakingRuleError } from './matchmaking-rule.error';

/** Who is calling, as the gateway's service token names it (id, roles, unit). */
export interface MatchmakingCaller {
  id: string;
  roles: readonly string[];
  /** The caller's unit, as its Chinese name when the taxonomy knows it; null for none. */
  unit: string | null;
}

export const CALLER_ROLES = ['applicant', 'officer', 'coordinator', 'evaluator', 'admin'] as const;

/** A unit named by code, alias or Chinese name becomes its Chinese name; other units (e.g. 两江新区) stay as written. */
export function normaliseUnit(unit: string): string {
  return canonicalUnitName(unit);
}

export function sameUnit(a: string, b: string): boolean {
  return normaliseUnit(a) === normaliseUnit(b);
}

/** The coordinator (市发展改革委 and its staff) and administrators act for every unit. */
export function actsForEveryUnit(caller: MatchmakingCaller | null): boolean {
  return caller !== null && (caller.roles.includes('coordinator') || caller.roles.includes('admin'));
}

/** An officer acts for their own unit; the coordinator and administrators for every unit. */
export function actsForUnit(caller: MatchmakingCaller | null, unit: string): boolean {
  if (actsForEveryUnit(caller)) return true;
  return caller !== null && caller.roles.includes('officer') && caller.unit !== null && sameUnit(caller.unit, unit);
}

/** Refuses (403) unless the caller acts for the unit; `action` says what was refused. */
export function requireUnitAuthority(caller: MatchmakingCaller, unit: string, action: { zh: string; en: string }): void {
  if (actsForUnit(caller, unit)) return;
  throw new MatchmakingRuleError(
    'forbidden',
    'FORBIDDEN',
    `无权${action.zh}：仅${unit}的经办人员或统筹协调单位可以操作 Not allowed to ${action.en}: only officers of ${unit} or the coordinator may`,
  );
}

/** Writing anything in this slice needs an officer, the coordinator or an administrator. */
export function requireWriterRole(caller: MatchmakingCaller): void {
  if (actsForEveryUnit(caller) || caller.roles.includes('officer')) return;
  throw new MatchmakingRuleError('forbidden', 'FORBIDDEN', '仅经办人员、统筹协调单位或管理员可以操作 Only officers, the coordinator or administrators may do this');
}
