import { HttpStatus, Injectable, type ExecutionContext } from '@nestjs/common';
import { ThrottlerGuard, type ThrottlerLimitDetail } from '@nestjs/throttler';
import { RequestError } from '@scq/platform-http';
import type { Request, Response } from 'express';

export const LOGIN_THROTTLER = 'login';

/** Sign-in attempts per address and username (the `login` throttler), refused with a bilingual 429 and Retry-After. */
@Injectable()
export class LoginThrottlerGuard extends ThrottlerGuard {
  protected override async getTracker(request: Record<string, unknown>): Promise<string> {
    const username = String((request.body as { username?: unknown } | undefined)?.username ?? '').toLowerCase();
    return `${(request as unknown as Request).ip ?? '?'}|${username}`;
  }

  protected override async throwThrottlingException(context: ExecutionContext, detail: ThrottlerLimitDetail): Promise<void> {
    const retryAfter = Math.max(1, Math.ceil(detail.timeToBlockExpire / 1000));
    context.switchToHttp().getResponse<Response>().setHeader('retry-after', String(retryAfter));
    throw new RequestError(HttpStatus.TOO_MANY_REQUESTS, 'TOO_MANY_LOGIN_ATTEMPTS', `登录尝试过多 Too many sign-in attempts for this user from this address: try again in ${retryAfter} s`);
  }
}
