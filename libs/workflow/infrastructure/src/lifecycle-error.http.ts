import { HttpStatus } from '@nestjs/common';
import { LifecycleError } from '@scq/platform-lifecycle';
import { RequestError } from '@scq/platform-observability';

const STATUS: Record<LifecycleError['code'], HttpStatus> = {
  NOT_FOUND: HttpStatus.NOT_FOUND,
  FORBIDDEN: HttpStatus.FORBIDDEN,
  EVENT_NOT_ACCEPTED: HttpStatus.CONFLICT,
  CONCURRENT_TRANSITION: HttpStatus.CONFLICT,
  MIGRATION_INVALID: HttpStatus.UNPROCESSABLE_ENTITY,
};

/** Runs a use case; the engine's refusals become 404, 403 or 409 with the engine's reason. */
export async function asHttp<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof LifecycleError) throw new RequestError(STATUS[error.code], error.code, error.message);
    throw error;
  }
}
