import { HttpStatus } from '@nestjs/common';
import type { Request, Response } from 'express';
import { RequestError } from '@scq/platform-http';
import { ATTACHMENT_LIMITS } from '@scq/workflow-domain';

/** The part of multer (the multipart parser @nestjs/platform-express brings) used here; it ships no types. */
interface MulterFile {
  originalname: string;
  buffer: Buffer;
}
type Middleware = (request: Request, response: Response, done: (error?: unknown) => void) => void;
interface Multer {
  (options: { storage: unknown; limits: Record<string, number>; defParamCharset: string }): { single(field: string): Middleware };
  memoryStorage(): unknown;
}
const multer = require('multer') as Multer;

export const UPLOAD_FIELD = 'file';
const MIB = 1024 * 1024;

const parse = multer({
  storage: multer.memoryStorage(),
  // One file, nothing else; a file over the limit stops the parse as it streams (multer drains the rest).
  limits: { fileSize: ATTACHMENT_LIMITS.maxBytes, files: 1, fields: 0, parts: 1 },
  // File names in the part header are UTF-8 (browsers send 申报书.pdf as is), not latin1.
  defParamCharset: 'utf8',
}).single(UPLOAD_FIELD);

/** Reads the one file of a `multipart/form-data` upload into memory, refusing in our words what multer refuses. */
export function readUpload(request: Request, response: Response): Promise<{ name: string; bytes: Uint8Array }> {
  return new Promise((resolve, reject) => {
    parse(request, response, (error?: unknown) => {
      if (error) return reject(uploadRefusal(error as { code?: string; message?: string }));
      const file = (request as Request & { file?: MulterFile }).file;
      if (!file) return reject(new RequestError(HttpStatus.BAD_REQUEST, 'FILE_REQUIRED', `请以 multipart/form-data 上传一个文件，字段名 ${UPLOAD_FIELD} Upload one file as multipart/form-data in the field \`${UPLOAD_FIELD}\``));
      resolve({ name: file.originalname, bytes: new Uint8Array(file.buffer.buffer, file.buffer.byteOffset, file.buffer.byteLength) });
    });
  });
}

function uploadRefusal(error: { code?: string; message?: string }): RequestError {
  switch (error.code) {
    case 'LIMIT_FILE_SIZE':
      return new RequestError(HttpStatus.PAYLOAD_TOO_LARGE, 'ATTACHMENT_TOO_LARGE', `单个附件不超过 ${ATTACHMENT_LIMITS.maxBytes / MIB} MiB Each attachment is at most ${ATTACHMENT_LIMITS.maxBytes / MIB} MiB`);
    case 'LIMIT_FILE_COUNT':
    case 'LIMIT_PART_COUNT':
    case 'LIMIT_FIELD_COUNT':
    case 'LIMIT_UNEXPECTED_FILE':
      return new RequestError(HttpStatus.BAD_REQUEST, 'ONE_FILE_PER_UPLOAD', `每次上传一个文件，字段名 ${UPLOAD_FIELD}，不含其他字段 One file per upload, in the field \`${UPLOAD_FIELD}\`, and nothing else`);
    default:
      return new RequestError(HttpStatus.BAD_REQUEST, 'MALFORMED_UPLOAD', `上传内容无法解析 The multipart body could not be read${error.message ? `: ${error.message}` : ''}`);
  }
}
