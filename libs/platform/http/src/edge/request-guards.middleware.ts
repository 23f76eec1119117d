import { HttpStatus } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { RequestError } from '../errors/request-error';
import { findHostileInput, hostileInputMessage, type HostileInput } from '../validation/hostile-input';

const JSON_TYPE = /^application\/([\w.-]+\+)?json\s*(;|$)/i;

/** The largest JSON body any route takes (batch lists and imports carry a few thousand rows). */
export const MAX_BODY_BYTES = 2 * 1024 * 1024;

/** The largest spreadsheet an import route takes (2,000 rows of a few columns are far below it). */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

/** What an import route takes instead of JSON: an Excel workbook (browsers may send a chosen file as octet-stream). */
export const SPREADSHEET_CONTENT_TYPES = ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'application/octet-stream'] as const;

/**
 * Import routes (a POST to a path ending in `/import`, in every service and at the gateway alike) take a spreadsheet
 * body up to MAX_IMPORT_BYTES; the JSON parser leaves it unread for the route to read (`readUploadBody`).
 */
export function isImportRequest(request: Pick<Request, 'method' | 'path' | 'headers'>): boolean {
  const type = (request.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  return request.method === 'POST' && /\/import\/?$/.test(request.path) && (SPREADSHEET_CONTENT_TYPES as readonly string[]).includes(type);
}

/**
 * File uploads: a `multipart/form-data` POST to a path ending in `/attachments` (the one convention every process —
 * the gateway and the services — recognises without configuration). Its body may be a file of up to 20 MiB plus its
 * multipart framing; the route itself enforces the file's own limits.
 */
export const MAX_UPLOAD_BYTES = 21 * 1024 * 1024;
const UPLOAD_PATH = /\/attachments\/?$/;
const MULTIPART_TYPE = /^multipart\/form-data\s*;/i;

export function isUpload(request: Pick<Request, 'method' | 'path' | 'headers'>): boolean {
  return request.method === 'POST' && UPLOAD_PATH.test(request.path) && MULTIPART_TYPE.test(request.headers['content-type'] ?? '');
}

/** A body over the limit, refused before (by its announced length) or while (by the parser) it is read. */
export function payloadTooLarge(limit: number = MAX_BODY_BYTES): RequestError {
  return new RequestError(HttpStatus.PAYLOAD_TOO_LARGE, 'PAYLOAD_TOO_LARGE', `请求体过大 Request body too large (limit ${limit} bytes)`);
}

function hasBody(request: Request): boolean {
  const length = request.headers['content-length'];
  return (length !== undefined && length !== '0') || request.headers['transfer-encoding'] !== undefined;
}

/**
 * Runs before the JSON body parser: a body announced larger than MAX_BODY_BYTES is a 413 before a byte is read (the
 * gateway never streams it on) — a spreadsheet sent to an import route may have MAX_IMPORT_BYTES, a file uploaded to an
 * attachments route MAX_UPLOAD_BYTES; any other body must say it is JSON (415 otherwise, so that a missing content
 * type is not read as an empty body); and its path must decode to valid text.
 */
export function requestShapeMiddleware() {
  return (request: Request, _response: Response, next: NextFunction): void => {
    const fileLimit = isImportRequest(request) ? MAX_IMPORT_BYTES : isUpload(request) ? MAX_UPLOAD_BYTES : null;
    const upload = fileLimit !== null;
    const limit = fileLimit ?? MAX_BODY_BYTES;
    if (Number(request.headers['content-length'] ?? 0) > limit) {
      return next(payloadTooLarge(limit));
    }
    if (hasBody(request) && !upload && !JSON_TYPE.test(request.headers['content-type'] ?? '')) {
      const given = request.headers['content-type'] ?? '（无 none）';
      if (request.method === 'POST' && /\/import\/?$/.test(request.path)) {
        const expected = SPREADSHEET_CONTENT_TYPES[0];
        return next(new RequestError(HttpStatus.UNSUPPORTED_MEDIA_TYPE, 'UNSUPPORTED_MEDIA_TYPE', `请上传 Excel 工作簿（.xlsx，content-type: ${expected}），收到 ${given} Upload an Excel workbook (.xlsx, content-type: ${expected}), got ${given}`));
      }
      return next(new RequestError(HttpStatus.UNSUPPORTED_MEDIA_TYPE, 'UNSUPPORTED_MEDIA_TYPE', `请求体应为 JSON（content-type: application/json），收到 ${given} Request body must be JSON (content-type: application/json), got ${given}`));
    }
    let path: string;
    try {
      path = decodeURIComponent(request.path);
    } catch {
      return next(hostile({ kind: 'lone-surrogate', path: '(path)' }));
    }
    const found = findHostileInput(path, '(path)');
    next(found ? hostile(found) : undefined);
  };
}

/** Runs after the body parser: nothing with a NUL, a lone surrogate or absurd nesting reaches a controller. */
export function hostileInputMiddleware(forwarded: (path: string) => boolean = () => false) {
  return (request: Request, _response: Response, next: NextFunction): void => {
    if (forwarded(request.path)) return next();
    const found = findHostileInput(request.body, '') ?? findHostileInput(request.query, '');
    next(found ? hostile(found) : undefined);
  };
}

function hostile(found: HostileInput): RequestError {
  const message = hostileInputMessage(found);
  return new RequestError(HttpStatus.BAD_REQUEST, found.kind === 'too-deep' ? 'TOO_DEEP' : 'INVALID_CHARACTERS', message, [{ path: found.path, message }]);
}
