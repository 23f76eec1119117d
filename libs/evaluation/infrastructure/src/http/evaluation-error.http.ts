import { HttpStatus } from '@nestjs/common';
import { EvaluationError } from '@scq/evaluation-application';
import { LIFECYCLE_ERROR_HTTP_STATUS, LifecycleError } from '@scq/platform-lifecycle';
import { RequestError } from '@scq/platform-observability';

const EVALUATION_STATUS: Record<EvaluationError['code'], HttpStatus> = {
  NOT_FOUND: HttpStatus.NOT_FOUND,
  FORBIDDEN: HttpStatus.FORBIDDEN,
  BLIND_SCORING: HttpStatus.FORBIDDEN,
  CONFLICT: HttpStatus.CONFLICT,
  VALIDATION_FAILED: HttpStatus.BAD_REQUEST,
};

/** Runs a use case; the engine's and the evaluation service's refusals become 400, 403, 404 or 409 with their reason. */
export async function asHttp<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof EvaluationError) throw new RequestError(EVALUATION_STATUS[error.code], error.code, error.message, error.fields);
    if (error instanceof LifecycleError) throw new RequestError(LIFECYCLE_ERROR_HTTP_STATUS[error.code], error.code, error.message);
    throw error;
  }
}
