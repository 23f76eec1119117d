import { HttpStatus, Injectable, type ExecutionContext } from '@nestjs/common';
import { normalizeIp, ThrottlerGuard, type ThrottlerLimitDetail, type ThrottlerOptions } from '@nestjs/throttler';
import { RequestError } from '@scq/platform-http';
import type { Request, Response } from 'express';
import type { GatewayAuthConfig } from '../auth/gateway-auth.config';

/** Per address and username, a minute. */
export const LOGIN_THROTTLER = 'login';
/** Per address across usernames (password spraying). */
export const LOGIN_ADDRESS_THROTTLER = 'login-address';
/** Per username across addresses (a temporary account lockout). */
export const LOGIN_ACCOUNT_THROTTLER = 'login-account';

type LoginThrottler = typeof LOGIN_THROTTLER | typeof LOGIN_ADDRESS_THROTTLER | typeof LOGIN_ACCOUNT_THROTTLER;

// The address as the limits see it: an IPv6 client is counted by its /64, which one machine usually holds whole.
const addressOf = (request: Record<string, unknown>) => normalizeIp((request as unknown as Request).ip ?? '?');
/**
 * As sign-in matches it (trimmed, any case); the body is not validated yet when the guard runs. A password change names
 * no username: it counts against the signed-in caller's account (the AuthenticationGuard, global, ran first), never
 * against one bucket that every password change of every account would share.
 */
const usernameOf = (request: Record<string, unknown>) => {
  const username = (request.body as { username?: unknown } | undefined)?.username;
  if (username !== undefined && username !== null) return String(username).trim().toLowerCase();
  const actor = (request as { actor?: { id: string } | null }).actor;
  return actor ? `#${actor.id}` : '';
};

/** Each tracker starts with its throttler's name: the refusal names the limit that was hit. */
const trackers: Record<LoginThrottler, (request: Record<string, unknown>) => string> = {
  [LOGIN_THROTTLER]: (request) => `${LOGIN_THROTTLER}:${addressOf(request)}|${usernameOf(request)}`,
  [LOGIN_ADDRESS_THROTTLER]: (request) => `${LOGIN_ADDRESS_THROTTLER}:${addressOf(request)}`,
  [LOGIN_ACCOUNT_THROTTLER]: (request) => `${LOGIN_ACCOUNT_THROTTLER}:${usernameOf(request)}`,
};

/**
 * The throttlers of `POST /api/auth/login`, counted in the one @nestjs/throttler storage (Redis when configured). Every
 * attempt counts, successful or not. The guard checks the shortest window first, then in this order, and the first one
 * over its limit refuses: an address refused for spraying no longer counts against the accounts it tries.
 */
export function loginThrottlers(config: GatewayAuthConfig): ThrottlerOptions[] {
  return [
    { name: LOGIN_THROTTLER, ttl: config.loginWindowMs, limit: config.loginAttemptsPerWindow, getTracker: trackers[LOGIN_THROTTLER] },
    { name: LOGIN_ADDRESS_THROTTLER, ttl: config.loginLockoutWindowMs, limit: config.loginAttemptsPerAddress, getTracker: trackers[LOGIN_ADDRESS_THROTTLER] },
    { name: LOGIN_ACCOUNT_THROTTLER, ttl: config.loginLockoutWindowMs, limit: config.loginAttemptsPerAccount, getTracker: trackers[LOGIN_ACCOUNT_THROTTLER] },
  ];
}

/** A wait as people say it: seconds under two minutes, whole minutes (rounded up) from there. */
export function waitInWords(seconds: number): { zh: string; en: string } {
  if (seconds < 120) return { zh: `${seconds} 秒`, en: `${seconds} s` };
  const minutes = Math.ceil(seconds / 60);
  return { zh: `${minutes} 分钟`, en: `${minutes} min` };
}

const refusals: Record<LoginThrottler, { code: string; message: (limit: number, wait: { zh: string; en: string }) => string }> = {
  [LOGIN_THROTTLER]: {
    code: 'TOO_MANY_LOGIN_ATTEMPTS',
    message: (_limit, wait) => `登录尝试过多，请 ${wait.zh}后再试 Too many sign-in attempts for this user from this address: try again in ${wait.en}`,
  },
  [LOGIN_ADDRESS_THROTTLER]: {
    code: 'TOO_MANY_LOGIN_ATTEMPTS_FROM_ADDRESS',
    message: (limit, wait) => `此地址登录尝试过多，请 ${wait.zh}后再试 Too many sign-in attempts from this address (at most ${limit}, whatever the username): try again in ${wait.en}`,
  },
  [LOGIN_ACCOUNT_THROTTLER]: {
    code: 'ACCOUNT_LOCKED_TEMPORARILY',
    message: (_limit, wait) => `该账号登录尝试过多，已暂时锁定，请 ${wait.zh}后再试 Too many sign-in attempts for this account: it is locked for ${wait.en}`,
  },
};

/** The sign-in limits (`loginThrottlers`), each refused with its own bilingual 429 and Retry-After. */
@Injectable()
export class LoginThrottlerGuard extends ThrottlerGuard {
  protected override async throwThrottlingException(context: ExecutionContext, detail: ThrottlerLimitDetail): Promise<void> {
    const retryAfter = Math.max(1, detail.timeToBlockExpire); // seconds, from either storage
    context.switchToHttp().getResponse<Response>().setHeader('retry-after', String(retryAfter));
    const refusal = refusals[detail.tracker.slice(0, detail.tracker.indexOf(':')) as LoginThrottler] ?? refusals[LOGIN_THROTTLER];
    throw new RequestError(HttpStatus.TOO_MANY_REQUESTS, refusal.code, refusal.message(detail.limit, waitInWords(retryAfter)));
  }
}
