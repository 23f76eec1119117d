import { createHash } from 'node:crypto';
import { HttpStatus, Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { SqlIdempotencyStore } from '@scq/platform-persistence';
import type { Response } from 'express';
import { catchError, from, lastValueFrom, type Observable } from 'rxjs';
import type { RequestWithActor } from '../auth/current-actor.decorator';
import { declaredStatus } from '../edge/declared-status';
import { RequestError } from '../errors/request-error';

export const IDEMPOTENCY_KEY_HEADER = 'idempotency-key';
const KEY_SHAPE = /^[\x21-\x7e]{1,200}$/;

/**
 * Honours `Idempotency-Key` on a creating route (`@Idempotent()`): the first request with a key runs and its answer is
 * kept in the service's database; a retry with the same key, caller and request gets that answer again
 * (`idempotent-replayed: true`) and creates nothing, even after a restart. The same key with another request is a
 * 422; a retry while the first is still running is a 409. Without the header the route runs as usual.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(private readonly store: SqlIdempotencyStore) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const http = context.switchToHttp();
    const request = http.getRequest<RequestWithActor>();
    const key = request.header(IDEMPOTENCY_KEY_HEADER);
    if (key === undefined) return next.handle();
    if (!KEY_SHAPE.test(key)) {
      throw new RequestError(HttpStatus.BAD_REQUEST, 'INVALID_IDEMPOTENCY_KEY', '幂等键无效 Idempotency-Key must be 1–200 visible ASCII characters', [{ path: 'Idempotency-Key', message: '格式无效 invalid format' }]);
    }
    const response = http.getResponse<Response>();
    const scope = `${request.actor?.id ?? 'anonymous'} ${request.method} ${request.path}`;
    const requestHash = createHash('sha256').update(JSON.stringify(request.body ?? null)).digest('hex');
    const status = declaredStatus(context);
    return from(this.answer(scope, key, requestHash, status, next, response));
  }

  private async answer(scope: string, key: string, requestHash: string, status: number, next: CallHandler, response: Response): Promise<unknown> {
    const reservation = await this.store.reserve(scope, key, requestHash);
    switch (reservation.outcome) {
      case 'replay':
        response.status(reservation.status).setHeader('idempotent-replayed', 'true');
        return reservation.body;
      case 'mismatch':
        throw new RequestError(HttpStatus.UNPROCESSABLE_ENTITY, 'IDEMPOTENCY_KEY_REUSED', '此幂等键已用于另一请求 This Idempotency-Key was used for a different request: use a new key for a new request');
      case 'in-progress':
        throw new RequestError(HttpStatus.CONFLICT, 'IDEMPOTENCY_KEY_IN_PROGRESS', '使用此幂等键的请求仍在处理中，请稍后重试 A request with this Idempotency-Key is still being processed: retry shortly');
      case 'abandoned':
        throw new RequestError(HttpStatus.CONFLICT, 'IDEMPOTENCY_OUTCOME_UNKNOWN', '使用此幂等键的请求未完成应答，结果未知：请先查询是否已创建 The request with this Idempotency-Key was interrupted before it answered: check whether it was created before sending a new key');
    }
    const result = await lastValueFrom(next.handle().pipe(catchError((error: unknown) => from(this.store.release(scope, key).then(() => Promise.reject(error))))), { defaultValue: undefined });
    await this.store.complete(scope, key, status, result);
    return result;
  }
}
