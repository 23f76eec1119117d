import type { NextFunction, Request, Response } from 'express';
import { sendError } from '@scq/platform-http';
import { IDENTITY_HEADERS, identityHeadersFor } from './caller-identity';

export interface CallerIdentityOptions {
  jwtSecret: string;
  trustClientIdentity: boolean;
}

/** Paths that answer whatever token the client still holds: sign-in (a stale token must not stop it) and the API document. */
const OWN_PATHS = ['/api/auth/login', '/api/docs'];
/** What a token whose password must change may still do: see who it is, change the password. */
const PASSWORD_CHANGE_PATHS = '/api/auth/';

/**
 * Decides who is calling every `/api/*` request, before it is forwarded (gateway) or handled in this process
 * (embedded mode): the client's own `x-user-*` headers are replaced by the Bearer token's claims (or dropped,
 * unless `trustClientIdentity`); an expired, tampered or malformed token is a 401 and goes no further; a token whose
 * password must change reaches nothing but `/api/auth/*` (403).
 */
export function callerIdentityMiddleware(options: CallerIdentityOptions) {
  return (request: Request, response: Response, next: NextFunction): void => {
    if (OWN_PATHS.some((path) => request.path.startsWith(path))) return next();
    const caller = identityHeadersFor(request, options.jwtSecret, options.trustClientIdentity);
    if (!caller.ok) {
      response.setHeader('www-authenticate', `Bearer error="invalid_token"`);
      return sendError(response, 401, { code: caller.code, message: caller.message });
    }
    if (caller.passwordChangeRequired && !request.path.startsWith(PASSWORD_CHANGE_PATHS)) {
      return sendError(response, 403, { code: 'PASSWORD_CHANGE_REQUIRED', message: '请先修改密码 Change your password first (POST /api/auth/password): it was set by someone else' });
    }
    for (const name of IDENTITY_HEADERS) delete request.headers[name];
    Object.assign(request.headers, caller.headers);
    delete request.headers.authorization;
    next();
  };
}
