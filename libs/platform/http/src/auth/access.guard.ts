import { HttpStatus, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { RequestError } from '../errors/request-error';
import { ACCESS_POLICY, type AccessPolicy } from './access.decorator';
import type { RequestWithActor } from './current-actor.decorator';

/**
 * Global, after the AuthenticationGuard: a signed-in caller none of whose roles the route's `@Access` names is refused
 * with 403 `FORBIDDEN_ROLE` naming the roles that may; a route that declares no policy refuses everybody (fail
 * closed). Anonymous callers reach only `@Access.public()` routes, which the AuthenticationGuard already decided.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    if (context.getType() !== 'http') return true;
    const request = context.switchToHttp().getRequest<RequestWithActor>();
    const policy = this.reflector.get<AccessPolicy | undefined>(ACCESS_POLICY, context.getHandler());
    const route = `${request.method} ${request.route?.path ?? request.path}`;
    if (!policy) throw new RequestError(HttpStatus.FORBIDDEN, 'NO_ACCESS_POLICY', `接口未声明访问策略 ${route} declares no access policy and is refused to everybody`);
    const actor = request.actor;
    if (!actor) return policy.anonymous;
    const allowed = Object.keys(policy.roles);
    if (actor.roles.some((role) => allowed.includes(role))) return true;
    const named = actor.roles.join('、') || '无 none';
    throw new RequestError(
      HttpStatus.FORBIDDEN,
      'FORBIDDEN_ROLE',
      `角色 ${named} 不能调用此接口，可调用的角色：${allowed.join('、')} Role ${actor.roles.join(', ') || 'none'} may not call ${route}; roles that may: ${allowed.join(', ')}`,
    );
  }
}
