import { applyDecorators, UseInterceptors } from '@nestjs/common';
import { IdempotencyInterceptor } from './idempotency.interceptor';

/** A creating route that honours `Idempotency-Key` (a retry with the same key returns the first answer). */
export const Idempotent = () => applyDecorators(UseInterceptors(IdempotencyInterceptor));
