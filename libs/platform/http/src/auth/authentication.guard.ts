import { HttpStatus, Inject, Injectable, Optional, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { RequestError } from '../errors/request-error';
import type { RequestWithActor } from './current-actor.decorator';
import { IS_PUBLIC } from './public.decorator';
import type { ServiceTokenVerifier } from './service-token';
import { CANONICAL_UNIT_NAME, type CanonicalUnitName } from './unit-names';

export const SERVICE_TOKEN_VERIFIER = Symbol('SERVICE_TOKEN_VERIFIER');

/**
 * Global: decides the caller of every request from the service token the gateway signed (`Authorization: Bearer`),
 * verified here, in every process; refuses a bad token (401) and, on a route that is not `@Public()`, a request
 * without one. Identity headers mean nothing (docs/architecture.md, "The HTTP edge").
 */
@Injectable()
export class AuthenticationGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Inject(SERVICE_TOKEN_VERIFIER) private readonly tokens: ServiceTokenVerifier,
    @Optional() @Inject(CANONICAL_UNIT_NAME) private readonly canonicalUnit?: CanonicalUnitName,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const request = context.switchToHttp().getRequest<RequestWithActor>();
    const token = bearerToken(request.headers.authorization);
    if (token === null) throw new RequestError(HttpStatus.UNAUTHORIZED, 'TOKEN_INVALID', '令牌无效 Authorization must be `Bearer <token>`');
    const actor = token ? await this.tokens.actorOf(token) : null;
    request.actor = actor && actor.unit && this.canonicalUnit ? { ...actor, unit: this.canonicalUnit(actor.unit) } : actor;
    if (actor) return true;
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()])) return true;
    throw new RequestError(HttpStatus.UNAUTHORIZED, 'UNAUTHENTICATED', '需要登录 Sign-in required: the request carries no token from the gateway');
  }
}

/** `Authorization: Bearer <token>` → the token; undefined without an Authorization header; null when it is not a Bearer token. */
export function bearerToken(authorization: string | string[] | undefined): string | null | undefined {
  const value = (Array.isArray(authorization) ? authorization[0] : authorization)?.trim();
  if (!value) return undefined;
  const match = /^Bearer\s+(\S+)$/i.exec(value);
  return match ? match[1] : null;
}
