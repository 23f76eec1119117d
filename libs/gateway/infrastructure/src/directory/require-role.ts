import { HttpStatus } from '@nestjs/common';
import type { Actor, PersonRole } from '@scq/contracts';
import { RequestError } from '@scq/platform-http';

const ROLE_NAMES: Record<string, string> = { admin: '管理员', coordinator: '统筹协调单位' };

/** 403 unless the caller holds one of the roles. */
export function requireRole(actor: Actor, roles: readonly PersonRole[]): void {
  if (actor.roles.some((role) => roles.includes(role as PersonRole))) return;
  const zh = roles.map((role) => ROLE_NAMES[role] ?? role).join('或');
  throw new RequestError(HttpStatus.FORBIDDEN, 'FORBIDDEN', `只有${zh}可以执行此操作 Only ${roles.join(' or ')} may do this`);
}
