import { HttpStatus } from '@nestjs/common';
import { RequestError } from '@scq/platform-observability';
import { SearchRequestRefused, type SearchRefusal } from '@scq/registry-application';

const STATUS: Record<SearchRefusal, [HttpStatus, string]> = {
  'invalid-cursor': [HttpStatus.BAD_REQUEST, 'INVALID_CURSOR'],
  'cursor-mismatch': [HttpStatus.BAD_REQUEST, 'CURSOR_MISMATCH'],
  'same-scenario': [HttpStatus.BAD_REQUEST, 'VALIDATION_FAILED'],
  'not-found': [HttpStatus.NOT_FOUND, 'NOT_FOUND'],
  forbidden: [HttpStatus.FORBIDDEN, 'FORBIDDEN'],
};

/** Runs a use case; its refusals become the platform's error format (never a 500 for a caller's mistake). */
export async function answering<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof SearchRequestRefused) {
      const [status, code] = STATUS[error.reason];
      throw new RequestError(status, code, error.message, error.field ? [{ path: error.field, message: error.message }] : undefined);
    }
    throw error;
  }
}

/** A trusted header set by the gateway (percent-encoded when not ASCII); null when absent. */
export function headerValue(headers: Record<string, string | string[] | undefined>, name: string): string | null {
  const raw = headers[name];
  const value = (Array.isArray(raw) ? raw[0] : raw)?.trim();
  if (!value) return null;
  try {
    return decodeURIComponent(value);
  } catch {
    throw new RequestError(HttpStatus.BAD_REQUEST, 'INVALID_HEADER', `请求头 ${name} 编码无效 header ${name} is not valid percent-encoding`);
  }
}
