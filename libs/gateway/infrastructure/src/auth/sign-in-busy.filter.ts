import { Catch, Inject, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import { sendError } from '@scq/platform-http';
import { LOGGER, type Logger } from '@scq/platform-observability';
import type { Response } from 'express';
import { SemaphoreQueueFullError } from '../throttling/bounded-semaphore';

const REPORT_EVERY_MS = 60_000;

/**
 * A sign-in refused because this process already checks and queues as many passwords as it may: 503 SIGN_IN_BUSY with
 * Retry-After: 1. Unlike other 5xx answers it is not logged one by one (a flood must not flood the log, nor pay for it):
 * one warning at most a minute, with how many were refused.
 */
@Catch(SemaphoreQueueFullError)
export class SignInBusyFilter implements ExceptionFilter {
  private refused = 0;
  private reportedAt = -Infinity;

  constructor(@Inject(LOGGER) private readonly logger: Logger) {}

  catch(_error: SemaphoreQueueFullError, host: ArgumentsHost): void {
    this.refused += 1;
    if (Date.now() - this.reportedAt >= REPORT_EVERY_MS) {
      this.logger.warn({ refused: this.refused }, `sign-in busy: ${this.refused} sign-in(s) refused with 503 since the last report (password checks full)`);
      [this.refused, this.reportedAt] = [0, Date.now()];
    }
    const response = host.switchToHttp().getResponse<Response>();
    response.setHeader('retry-after', '1');
    sendError(response, 503, { code: 'SIGN_IN_BUSY', message: '登录请求过多，请稍后重试 Too many sign-ins at once: try again in a second' });
  }
}
