import { HttpStatus } from '@nestjs/common';
import type { z } from 'zod';
import { RequestError } from './http-exception.filter';

/** Validates request input; a 400 with one entry per invalid field otherwise. Nothing is stored before this passes. */
export function parseRequest<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const fields = result.error.issues.map((issue) => ({ path: issue.path.join('.') || '(body)', message: issue.message }));
  throw new RequestError(HttpStatus.BAD_REQUEST, 'VALIDATION_FAILED', `请求数据无效 Invalid request: ${fields.map((f) => `${f.path}: ${f.message}`).join('; ')}`, fields);
}
