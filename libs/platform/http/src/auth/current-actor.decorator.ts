import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Actor } from '@scq/contracts';
import type { Request } from 'express';

/** Where the AuthenticationGuard leaves the caller it decided. */
export interface RequestWithActor extends Request {
  actor?: Actor | null;
}

/**
 * The caller the AuthenticationGuard decided: always an Actor on a signed-in route, `Actor | null` on a
 * `@Public()` one.
 */
export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext): Actor | null => {
  return context.switchToHttp().getRequest<RequestWithActor>().actor ?? null;
});
