import { Inject, Injectable, type NestMiddleware } from '@nestjs/common';
import { InjectThrottlerStorage, type ThrottlerStorage } from '@nestjs/throttler';
import { sendError } from '@scq/platform-http';
import type { NextFunction, Response } from 'express';
import type { RequestWithCaller } from '../auth/caller-identity.middleware';
import type { GatewayAuthConfig } from '../auth/gateway-auth.config';
import { GATEWAY_AUTH_CONFIG } from '../auth/gateway-auth.tokens';

const MINUTE_MS = 60_000;

/**
 * Requests per minute per caller (the signed-in user, else the client address) on `/api/*`, counted in the
 * @nestjs/throttler storage (Redis when configured, so the limit holds across replicas). Over the limit: a 429 with
 * Retry-After in the one error format. Runs after CallerIdentityMiddleware, which names the caller it decided.
 */
@Injectable()
export class ApiRateLimitMiddleware implements NestMiddleware {
  constructor(
    @InjectThrottlerStorage() private readonly storage: ThrottlerStorage,
    @Inject(GATEWAY_AUTH_CONFIG) private readonly config: GatewayAuthConfig,
  ) {}

  async use(request: RequestWithCaller, response: Response, next: NextFunction): Promise<void> {
    const limit = this.config.apiRequestsPerMinute;
    if (limit <= 0) return next();
    const caller = request.callerId;
    const key = caller ? `user:${caller}` : `ip:${request.ip ?? '?'}`;
    const { isBlocked, timeToBlockExpire } = await this.storage.increment(key, MINUTE_MS, limit, MINUTE_MS, 'api');
    if (!isBlocked) return next();
    const retryAfter = Math.max(1, timeToBlockExpire); // seconds, from either storage
    response.setHeader('retry-after', String(retryAfter));
    sendError(response, 429, { code: 'TOO_MANY_REQUESTS', message: `请求过于频繁 Too many requests: at most ${limit} a minute per user; try again in ${retryAfter} s` });
  }
}
