import { HttpStatus, Inject, Injectable, Optional, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { RequestError } from '../errors/request-error';
import type { RequestWithActor } from './current-actor.decorator';
import { IS_PUBLIC } from './public.decorator';
import { actorFromHeaders } from './trusted-caller';
import { CANONICAL_UNIT_NAME, type CanonicalUnitName } from './unit-names';

/**
 * Global: decides the caller of every request and refuses a route that is not `@Public()` when nobody is signed in.
 * The caller comes from the gateway's `x-user-*` headers today (docs/architecture.md, "The HTTP edge").
 */
@Injectable()
export class AuthenticationGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Optional() @Inject(CANONICAL_UNIT_NAME) private readonly canonicalUnit?: CanonicalUnitName,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    if (context.getType() !== 'http') return true;
    const request = context.switchToHttp().getRequest<RequestWithActor>();
    const actor = actorFromHeaders(request.headers, this.canonicalUnit);
    request.actor = actor;
    if (actor) return true;
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()])) return true;
    throw new RequestError(HttpStatus.UNAUTHORIZED, 'UNAUTHENTICATED', '需要登录 Sign-in required: no user identity on the request');
  }
}
