import { HttpStatus } from '@nestjs/common';
import type { z } from 'zod';
import { RequestError } from '../errors/request-error';
import { installBilingualZodMessages } from './zod-messages';

installBilingualZodMessages();

/** The path of an issue as the caller wrote it: `title.zh`, `scores.0.comment`, or `(body)` for the whole body. */
function pathOf(path: PropertyKey[]): string {
  return path.map(String).join('.') || '(body)';
}

/** Validates request input; a 400 with one entry per invalid field otherwise. Nothing is stored before this passes. */
export function parseRequest<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  if (input === undefined) {
    throw new RequestError(HttpStatus.BAD_REQUEST, 'BODY_REQUIRED', '缺少请求体 Request body required: send JSON with content-type application/json', [
      { path: '(body)', message: '必填 required' },
    ]);
  }
  const fields = result.error.issues.map((issue) => ({ path: pathOf(issue.path), message: issue.message }));
  throw new RequestError(HttpStatus.BAD_REQUEST, 'VALIDATION_FAILED', `请求数据无效 Invalid request: ${fields.map((f) => `${f.path}: ${f.message}`).join('; ')}`, fields);
}
