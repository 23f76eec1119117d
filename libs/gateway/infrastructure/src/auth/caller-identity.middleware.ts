import { Inject, Injectable, type NestMiddleware } from '@nestjs/common';
import type { Actor } from '@scq/contracts';
import { sendError, type ServiceTokenSigner } from '@scq/platform-http';
import type { NextFunction, Request, Response } from 'express';
import { callerOf, IDENTITY_HEADERS, type CallerResolution } from './caller-identity';
import type { GatewayAuthConfig } from './gateway-auth.config';
import { LiveSessions } from './live-sessions';
import { GATEWAY_AUTH_CONFIG, SERVICE_TOKEN_SIGNER } from './gateway-auth.tokens';

/** Paths that answer whatever token the client still holds: sign-in and refresh (a stale token must not stop them) and the API document. */
const OWN_PATHS = ['/api/auth/login', '/api/auth/refresh', '/api/docs'];
/** What a token whose password must change may still do: see who it is, change the password. */
const PASSWORD_CHANGE_PATHS = '/api/auth/';

/** The caller the gateway decided, for its own limits (`ApiRateLimitMiddleware`) and the audit log (with the token's display name). */
export interface RequestWithCaller extends Request {
  callerId?: string;
  /** The sign-in session of the caller's access token (the gateway's own routes end it at sign-out). */
  sessionId?: string;
  caller?: Actor & { name: string | null; username: string | null };
}

/**
 * Decides who is calling every `/api/*` request before it is forwarded (gateway) or handled in this process (embedded
 * mode), and says so the one way services believe: a service token signed with the gateway's key replaces the
 * client's Authorization header. Whatever identity headers the client sent are dropped. An expired, tampered or
 * malformed access token is a 401 and goes no further; a token whose password must change reaches nothing but
 * `/api/auth/*` (403).
 */
@Injectable()
export class CallerIdentityMiddleware implements NestMiddleware {
  constructor(
    @Inject(GATEWAY_AUTH_CONFIG) private readonly config: GatewayAuthConfig,
    @Inject(SERVICE_TOKEN_SIGNER) private readonly signer: ServiceTokenSigner,
    private readonly sessions: LiveSessions,
  ) {}

  async use(request: RequestWithCaller, response: Response, next: NextFunction): Promise<void> {
    const resolution: CallerResolution = OWN_PATHS.some((path) => request.path.startsWith(path)) ? { ok: true, caller: null, passwordChangeRequired: false } : callerOf(request, this.config.jwtSecret, this.config.trustClientIdentity);
    for (const name of IDENTITY_HEADERS) delete request.headers[name];
    delete request.headers.authorization;
    if (!resolution.ok) {
      if (resolution.status === 401) response.setHeader('www-authenticate', `Bearer error="invalid_token"`);
      return sendError(response, resolution.status, { code: resolution.code, message: resolution.message });
    }
    if (resolution.caller) request.caller = { ...resolution.caller, name: resolution.name || null, username: resolution.username ?? null };
    if (resolution.sessionId !== undefined && !(await this.sessions.isLive(resolution.sessionId))) {
      response.setHeader('www-authenticate', `Bearer error="invalid_token"`);
      return sendError(response, 401, { code: 'SESSION_ENDED', message: '会话已结束（已退出、账号停用或密码重置），请重新登录 The session has ended (signed out, account disabled or password reset): sign in again' });
    }
    if (resolution.passwordChangeRequired && !request.path.startsWith(PASSWORD_CHANGE_PATHS)) {
      return sendError(response, 403, { code: 'PASSWORD_CHANGE_REQUIRED', message: '请先修改密码 Change your password first (POST /api/auth/password): it was set by someone else' });
    }
    if (resolution.caller) {
      request.headers.authorization = `Bearer ${await this.signer.sign(resolution.caller)}`;
      request.callerId = resolution.caller.id;
      request.sessionId = resolution.sessionId;
    }
    next();
  }
}
