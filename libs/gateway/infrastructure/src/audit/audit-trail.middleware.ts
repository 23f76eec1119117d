import { Injectable, type NestMiddleware } from '@nestjs/common';
import { AUDIT_SUMMARY_HEADER, CORRELATION_HEADER, parseAuditSummary, REQUEST_ID_HEADER } from '@scq/platform-http';
import type { NextFunction, Response } from 'express';
import type { RequestWithCaller } from '../auth/caller-identity.middleware';
import { STATE_CHANGING_METHODS, type RecordedRequest } from './audit-entry';
import { AuditLog } from './audit-log';

const PASSWORD_SIGN_IN_PATH = '/api/auth/login';
/** Answers naming the account they signed in: a password sign-in, and single sign-on's handoff to the console. */
const SIGN_IN_PATHS = [PASSWORD_SIGN_IN_PATH, '/api/auth/oidc/handoff'];
/** Answers read for their error code, created id or signed-in account: small JSON ones only, never kept. */
const MAX_READ_BYTES = 16 * 1024;

/**
 * Records every state-changing `/api` request (POST, PUT, PATCH, DELETE) in the audit log once it is answered: who
 * (the caller the next middleware decides from the token), what, on which ids, with which result. It runs first in
 * the gateway's chain, so refusals of the gateway itself (a bad token, a rate limit) are recorded too. Never a body
 * of the request; of the answer only the error code, a created id, and who signed in, read from small JSON answers.
 */
@Injectable()
export class AuditTrailMiddleware implements NestMiddleware {
  constructor(private readonly log: AuditLog) {}

  use(request: RequestWithCaller, response: Response, next: NextFunction): void {
    if (!(STATE_CHANGING_METHODS as readonly string[]).includes(request.method)) return next();
    const at = new Date();
    const started = process.hrtime.bigint();
    const path = (request.originalUrl.split('?')[0] ?? '/').slice(0, 1000);
    const signIn = SIGN_IN_PATHS.includes(path);
    const answer = readSmallJsonAnswer(response, (status) => status >= 400 || status === 201 || (signIn && status === 200));
    let recorded = false;
    const record = () => {
      if (recorded) return;
      recorded = true;
      const finished = response.writableFinished;
      const status = response.headersSent ? response.statusCode : null;
      const body = finished ? answer() : undefined;
      const caller = request.caller;
      const signedIn = signIn && status === 200 ? accountOf(body) : null;
      const entry: RecordedRequest = {
        at,
        durationMs: Math.round(Number(process.hrtime.bigint() - started) / 1e6),
        actorId: signedIn?.id ?? caller?.id ?? null,
        actorUsername: path === PASSWORD_SIGN_IN_PATH ? attemptedUsername(request.body) : (caller?.username ?? null),
        actorName: signedIn?.name ?? caller?.name ?? null,
        roles: signedIn?.roles ?? caller?.roles ?? [],
        unit: signedIn?.unit ?? caller?.unit ?? null,
        organisation: signedIn?.organisation ?? caller?.organisation ?? null,
        method: request.method,
        path,
        createdId: status === 201 ? idOf(body) : null,
        status,
        errorCode: !finished ? 'CONNECTION_CLOSED' : status !== null && status >= 400 ? (errorCodeOf(body) ?? null) : null,
        requestId: headerText(response.getHeader(REQUEST_ID_HEADER)),
        correlationId: headerText(response.getHeader(CORRELATION_HEADER)),
        address: request.ip ?? null,
        userAgent: request.header('user-agent')?.slice(0, 200) ?? null,
        summary: response.headersSent ? parseAuditSummary(response.getHeader(AUDIT_SUMMARY_HEADER)) : null,
      };
      this.log.record(entry);
    };
    response.once('finish', record);
    response.once('close', record);
    next();
  }
}

/**
 * Keeps a copy of what the answer writes when, at its first write, `wanted(status)` holds and it is JSON, up to
 * MAX_READ_BYTES (a longer one is forgotten); the answer streams on unchanged. Returns the parsed copy, when there is one.
 */
function readSmallJsonAnswer(response: Response, wanted: (status: number) => boolean): () => unknown {
  let chunks: Buffer[] | null | undefined; // undefined: not decided yet; null: not read
  let size = 0;
  const keep = (chunk: unknown, encoding: unknown) => {
    if (chunks === undefined) chunks = wanted(response.statusCode) && String(response.getHeader('content-type') ?? '').includes('json') ? [] : null;
    if (chunks === null || chunk === undefined || chunk === null || typeof chunk === 'function') return;
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8') : Buffer.from(chunk as Uint8Array);
    size += buffer.length;
    if (size > MAX_READ_BYTES) chunks = null;
    else chunks.push(buffer);
  };
  const { write, end } = response;
  response.write = function (this: Response, chunk: unknown, ...rest: unknown[]) {
    keep(chunk, rest[0]);
    return (write as (...args: unknown[]) => boolean).call(this, chunk, ...rest);
  } as Response['write'];
  response.end = function (this: Response, chunk?: unknown, ...rest: unknown[]) {
    keep(chunk, rest[0]);
    return (end as (...args: unknown[]) => Response).call(this, chunk, ...rest);
  } as Response['end'];
  return () => {
    if (!chunks || chunks.length === 0) return undefined;
    try {
      return JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown;
    } catch {
      return undefined;
    }
  };
}

function field(value: unknown, name: string): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[name] : undefined;
}

function text(value: unknown, max: number): string | null {
  return typeof value === 'string' && value.length > 0 ? value.slice(0, max) : null;
}

function errorCodeOf(body: unknown): string | null {
  return text(field(field(body, 'error'), 'code'), 100);
}

/** The id a create answered: the answer's own, or that of the one record it wraps (`{ user: { id }, temporaryPassword }`). */
function idOf(body: unknown): string | null {
  return text(field(body, 'id'), 200) ?? text(field(field(body, 'user'), 'id'), 200);
}

/** The account a successful sign-in answered with (its token is never kept). */
function accountOf(body: unknown): { id: string; name: string | null; roles: string[]; unit: string | null; organisation: string | null } | null {
  const user = field(body, 'user');
  const id = text(field(user, 'id'), 200);
  if (!id) return null;
  const roles = field(user, 'roles');
  return { id, name: text(field(user, 'name'), 200), roles: Array.isArray(roles) ? roles.filter((role): role is string => typeof role === 'string') : [], unit: text(field(user, 'unit'), 200), organisation: text(field(user, 'organisation'), 200) };
}

/** The username a sign-in tried, from the parsed body: nothing else of it (never the password). */
function attemptedUsername(body: unknown): string | null {
  const username = field(body, 'username');
  return typeof username === 'string' ? username.trim().slice(0, 100) || null : null;
}

function headerText(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}
