import { LIFECYCLE_ERROR_HTTP_STATUS, LifecycleError } from '@scq/platform-lifecycle';
import { RequestError } from '@scq/platform-observability';

/** Runs a use case; the engine's refusals become 404, 403 or 409 with the engine's reason. */
export async function asHttp<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof LifecycleError) throw new RequestError(LIFECYCLE_ERROR_HTTP_STATUS[error.code], error.code, error.message);
    throw error;
  }
}
