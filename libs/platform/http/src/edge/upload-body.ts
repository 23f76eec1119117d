import type { Request } from 'express';
import { RequestError } from '../errors/request-error';
import { MAX_IMPORT_BYTES, payloadTooLarge } from './request-guards.middleware';

/**
 * The raw body of an upload (`isImportRequest`: the JSON parser left it unread), refused with a 413 as soon as it
 * passes `limit` (a chunked body announces no length), and with a 400 when it is empty.
 */
export async function readUploadBody(request: Request, limit: number = MAX_IMPORT_BYTES): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  // Stop reading past the limit without destroying the request, so that the 413 still reaches the caller.
  for await (const chunk of request.iterator({ destroyOnReturn: false }) as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw payloadTooLarge(limit);
    chunks.push(chunk);
  }
  if (size === 0) throw new RequestError(400, 'EMPTY_UPLOAD', '请上传文件：请求体为空 Upload a file: the request body is empty');
  return Buffer.concat(chunks);
}
