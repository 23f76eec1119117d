import type { NextFunction, Request, Response } from 'express';
import { sendError } from '@scq/platform-http';
import { FixedWindowRateLimiter } from './auth/login-rate-limiter';

/**
 * Requests per minute per caller (the signed-in user, else the client address) on `/api/*`; over the limit a 429
 * with Retry-After in the one error format. Runs after callerIdentityMiddleware, so `x-user-id` is the token's.
 */
export function apiRateLimitMiddleware(requestsPerMinute: number) {
  const limiter = new FixedWindowRateLimiter(requestsPerMinute, 60_000);
  return (request: Request, response: Response, next: NextFunction): void => {
    if (requestsPerMinute <= 0) return next();
    const caller = request.header('x-user-id');
    const retryAfter = limiter.attempt(caller ? `user:${caller}` : `ip:${request.ip ?? '?'}`);
    if (retryAfter === null) return next();
    response.setHeader('retry-after', String(retryAfter));
    sendError(response, 429, { code: 'TOO_MANY_REQUESTS', message: `请求过于频繁 Too many requests: at most ${requestsPerMinute} a minute per user; try again in ${retryAfter} s` });
  };
}
