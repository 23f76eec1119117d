import { HttpStatus } from '@nestjs/common';
import { RequestError } from '@scq/platform-observability';
import { MatchmakingRuleError } from '@scq/registry-domain';

const STATUS: Record<MatchmakingRuleError['kind'], HttpStatus> = {
  invalid: HttpStatus.BAD_REQUEST,
  'not-found': HttpStatus.NOT_FOUND,
  forbidden: HttpStatus.FORBIDDEN,
  conflict: HttpStatus.CONFLICT,
};

/** Runs a use case; the slice's refusals become 400 (with fields), 404, 403 or 409 in the service's error format. */
export async function asHttp<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof MatchmakingRuleError) throw new RequestError(STATUS[error.kind], error.code, error.message, error.fields);
    throw error;
  }
}
