import { HttpStatus } from '@nestjs/common';
import type { RefusalKind } from '@scq/contracts';

/** The one table from a use case's refusal to the HTTP status it is answered with. */
export const REFUSAL_HTTP_STATUS: Record<RefusalKind, HttpStatus> = {
  invalid: HttpStatus.BAD_REQUEST,
  unauthenticated: HttpStatus.UNAUTHORIZED,
  forbidden: HttpStatus.FORBIDDEN,
  'not-found': HttpStatus.NOT_FOUND,
  conflict: HttpStatus.CONFLICT,
  'too-large': HttpStatus.PAYLOAD_TOO_LARGE,
  'unsupported-type': HttpStatus.UNSUPPORTED_MEDIA_TYPE,
  unprocessable: HttpStatus.UNPROCESSABLE_ENTITY,
};

/** What a status means, zh then en, for errors raised by the framework with no words of ours. */
export const STATUS_TEXT: Record<number, { code: string; message: string }> = {
  400: { code: 'BAD_REQUEST', message: '请求无效 Bad request' },
  401: { code: 'UNAUTHENTICATED', message: '需要登录 Sign-in required' },
  403: { code: 'FORBIDDEN', message: '无权执行此操作 Not allowed' },
  404: { code: 'NOT_FOUND', message: '未找到 Not found' },
  405: { code: 'METHOD_NOT_ALLOWED', message: '不支持此请求方法 Method not allowed' },
  406: { code: 'NOT_ACCEPTABLE', message: '无法提供所请求的格式 Not acceptable' },
  409: { code: 'CONFLICT', message: '与当前状态冲突 Conflict with the current state' },
  413: { code: 'PAYLOAD_TOO_LARGE', message: '请求体过大 Request body too large' },
  415: { code: 'UNSUPPORTED_MEDIA_TYPE', message: '不支持的内容类型 Unsupported content type' },
  422: { code: 'UNPROCESSABLE', message: '无法处理此请求 Unprocessable request' },
  429: { code: 'TOO_MANY_REQUESTS', message: '请求过于频繁 Too many requests' },
  500: { code: 'INTERNAL', message: '服务器内部错误 Internal server error' },
  502: { code: 'UPSTREAM_UNAVAILABLE', message: '服务暂不可用 Service unavailable' },
  503: { code: 'UNAVAILABLE', message: '服务暂不可用 Service unavailable' },
};

export function statusText(status: number): { code: string; message: string } {
  return STATUS_TEXT[status] ?? { code: HttpStatus[status] ?? 'ERROR', message: `请求失败 Request failed (HTTP ${status})` };
}
