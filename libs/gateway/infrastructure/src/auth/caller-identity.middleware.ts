import type { NextFunction, Request, Response } from 'express';
import { sendError } from '@scq/platform-http';
import { IDENTITY_HEADERS, identityHeadersFor } from './caller-identity';

export interface CallerIdentityOptions {
  jwtSecret: string;
  trustClientIdentity: boolean;
}

/** Paths that answer whatever token the client still holds: sign-in (a stale token must not stop it) and the API document. */
const OWN_PATHS = ['/api/auth/login', '/api/docs'];

/**
 * Decides who is calling every `/api/*` request, before it is forwarded (gateway) or handled in this process
 * (embedded mode): the client's own `x-user-*` headers are replaced by the Bearer token's claims (or dropped,
 * unless `trustClientIdentity`); an expired, tampered or malformed token is a 401 and goes no further.
 */
export function callerIdentityMiddleware(options: CallerIdentityOptions) {
  return (request: Request, response: Response, next: NextFunction): void => {
    if (OWN_PATHS.some((path) => request.path.startsWith(path))) return next();
    const caller = identityHeadersFor(request, options.jwtSecret, options.trustClientIdentity);
    if (!caller.ok) {
      response.setHeader('www-authenticate', `Bearer error="invalid_token"`);
      return sendError(response, 401, { code: caller.code, message: caller.message });
    }
    for (const name of IDENTITY_HEADERS) delete request.headers[name];
    Object.assign(request.headers, caller.headers);
    delete request.headers.authorization;
    next();
  };
}
