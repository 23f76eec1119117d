import type { ExecutionContext } from '@nestjs/common';
import { HTTP_CODE_METADATA } from '@nestjs/common/constants';
import type { Request } from 'express';

/** The status a route answers with unless it sets another itself: its `@HttpCode`, else Nest's default (201 for POST, 200 otherwise). */
export function declaredStatus(context: ExecutionContext): number {
  const declared = Reflect.getMetadata(HTTP_CODE_METADATA, context.getHandler()) as number | undefined;
  return declared ?? (context.switchToHttp().getRequest<Request>().method === 'POST' ? 201 : 200);
}
