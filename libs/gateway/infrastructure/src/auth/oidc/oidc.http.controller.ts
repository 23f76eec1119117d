import { Controller, Get, HttpCode, HttpStatus, Inject, Post, Req, Res } from '@nestjs/common';
import { Access, apiError, ApiRoute, ApiTags, RequestError, ZodBody, ZodQuery } from '@scq/platform-http';
import type { Request, Response } from 'express';
import type { z } from 'zod';
import { AccessTokens } from '../access-token';
import { AccountRepository } from '../account.repository';
import type { GatewayAuthConfig } from '../gateway-auth.config';
import { GATEWAY_AUTH_CONFIG } from '../gateway-auth.tokens';
import { loginResponse } from '../login-response';
import { SessionRepository } from '../session.repository';
import { LOGIN_STATE_SECONDS } from './oidc.store';
import { OidcCallbackQuerySchema, OidcHandoffRequestSchema, OidcHandoffResponseSchema, OidcLoginQuerySchema, OidcStatusSchema } from './oidc.schemas';
import { SingleSignOn, type SsoErrorCode } from './single-sign-on';

/** The browser cookie a sign-in's state is bound to: a callback from another browser (a forged sign-in) is refused. */
const BINDING_COOKIE = 'scq_sso';
const COOKIE_PATH = '/api/auth/oidc';

/** Single sign-on through an OpenID provider (authorisation code with PKCE); every route answers 404 SSO_DISABLED when it is off. */
@ApiTags('auth')
@Controller('api/auth/oidc')
export class OidcHttpController {
  constructor(
    @Inject(SingleSignOn) private readonly sso: SingleSignOn | null,
    @Inject(GATEWAY_AUTH_CONFIG) private readonly config: GatewayAuthConfig,
    private readonly accounts: AccountRepository,
    private readonly sessions: SessionRepository,
    private readonly tokens: AccessTokens,
  ) {}

  @Access.public()
  @Get()
  @ApiRoute({ summary: '单点登录状态 Whether single sign-on is on, and the provider’s name for the button', responses: { '200': { description: 'On or off', schema: OidcStatusSchema } } })
  status(): z.infer<typeof OidcStatusSchema> {
    return { enabled: this.sso !== null, providerName: this.sso?.config.providerName ?? null };
  }

  @Access.public()
  @Get('login')
  @ApiRoute({
    summary: '单点登录：前往身份提供方 Single sign-on: off to the OpenID provider (authorisation code with PKCE)',
    responses: {
      '302': { description: 'To the provider’s authorisation endpoint (with state, nonce and an S256 code challenge); to `/?sso_error=SSO_PROVIDER_UNAVAILABLE` when the provider cannot be reached' },
      '400': apiError('Invalid query'),
      '404': apiError('Single sign-on is off (SSO_DISABLED)'),
    },
  })
  async login(@ZodQuery(OidcLoginQuerySchema) { returnTo }: z.infer<typeof OidcLoginQuerySchema>, @Res() response: Response): Promise<void> {
    const sso = this.enabled();
    const begun = await sso.begin(returnTo);
    if (!begun) return toSignInPage(response, 'SSO_PROVIDER_UNAVAILABLE');
    response.cookie(BINDING_COOKIE, begun.browser, { httpOnly: true, sameSite: 'lax', secure: secureCookie(sso), path: COOKIE_PATH, maxAge: LOGIN_STATE_SECONDS * 1000 });
    response.setHeader('cache-control', 'no-store');
    response.redirect(HttpStatus.FOUND, begun.url);
  }

  @Access.public()
  @Get('callback')
  @ApiRoute({
    summary: '单点登录回调 Single sign-on: the provider’s answer',
    responses: {
      '302': {
        description:
          'Signed in: to `/sso#handoff=<one-time code>` (the console exchanges it at `POST /api/auth/oidc/handoff`); refused: to `/?sso_error=<code>` (SSO_STATE_INVALID, SSO_PROVIDER_REFUSED, SSO_PROVIDER_ERROR, SSO_NO_ROLE, SSO_ASSIGNMENT_INCOMPLETE, SSO_ACCOUNT_DISABLED)',
      },
      '400': apiError('Invalid query'),
      '404': apiError('Single sign-on is off (SSO_DISABLED)'),
    },
  })
  async callback(@ZodQuery(OidcCallbackQuerySchema) query: z.infer<typeof OidcCallbackQuerySchema>, @Req() request: Request, @Res() response: Response): Promise<void> {
    const sso = this.enabled();
    const callbackQuery = request.originalUrl.includes('?') ? request.originalUrl.slice(request.originalUrl.indexOf('?')) : '';
    const outcome = await sso.complete(query, callbackQuery, cookieOf(request, BINDING_COOKIE));
    response.clearCookie(BINDING_COOKIE, { path: COOKIE_PATH, httpOnly: true, sameSite: 'lax', secure: secureCookie(sso) });
    if (!outcome.ok) return toSignInPage(response, outcome.code);
    response.setHeader('cache-control', 'no-store');
    response.redirect(HttpStatus.FOUND, `/sso#handoff=${encodeURIComponent(outcome.handoff)}`);
  }

  @Access.public()
  @Post('handoff')
  @HttpCode(HttpStatus.OK)
  @ApiRoute({
    summary: '单点登录交接 Single sign-on: the one-time code → a new session',
    responses: {
      '200': { description: 'Signed in: the same answer as a password sign-in, and the path to return to', schema: OidcHandoffResponseSchema },
      '400': apiError('No code'),
      '401': apiError('Unknown, used or expired code (SSO_HANDOFF_INVALID), or the account was disabled meanwhile'),
      '404': apiError('Single sign-on is off (SSO_DISABLED)'),
    },
  })
  async handoff(@ZodBody(OidcHandoffRequestSchema) { code }: z.infer<typeof OidcHandoffRequestSchema>): Promise<z.infer<typeof OidcHandoffResponseSchema>> {
    const handed = await this.enabled().collect(code);
    if (!handed) throw new RequestError(HttpStatus.UNAUTHORIZED, 'SSO_HANDOFF_INVALID', '单点登录交接码无效、已使用或已过期，请重新登录 The single sign-on code is unknown, used or expired: sign in again');
    const account = await this.accounts.byId(handed.userId);
    if (!account) throw new RequestError(HttpStatus.UNAUTHORIZED, 'ACCOUNT_UNAVAILABLE', '账号不存在或已停用 The account no longer exists or is disabled');
    const { sessionId, refreshToken } = await this.sessions.open(account.id);
    return { ...(await loginResponse(this.config, this.tokens, account, sessionId, refreshToken)), returnTo: handed.returnTo };
  }

  private enabled(): SingleSignOn {
    if (!this.sso) throw new RequestError(HttpStatus.NOT_FOUND, 'SSO_DISABLED', '未启用单点登录 Single sign-on is not configured on this platform');
    return this.sso;
  }
}

/** `Secure` whenever the gateway is reached over https (a plain-http cookie would never come back from the provider's redirect). */
function secureCookie(sso: SingleSignOn): boolean {
  return new URL(sso.config.redirectUri).protocol === 'https:';
}

function toSignInPage(response: Response, code: SsoErrorCode): void {
  response.setHeader('cache-control', 'no-store');
  response.redirect(HttpStatus.FOUND, `/?sso_error=${code}`);
}

function cookieOf(request: Request, name: string): string | null {
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return decodeURIComponent(value.join('='));
  }
  return null;
}
