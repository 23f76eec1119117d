import { Controller, Get, HttpCode, HttpStatus, Inject, Post, Req, UseFilters, UseGuards } from '@nestjs/common';
import type { Actor } from '@scq/contracts';
import { Access, apiError, ApiRoute, ApiTags, CurrentActor, RequestError, ZodBody, ZodQuery } from '@scq/platform-http';
import { AccessTokens } from './access-token';
import type { Account } from './account.repository';
import { AccountRepository } from './account.repository';
import { AccountListSchema, AccountsQuerySchema, ChangePasswordRequestSchema, LoginRequestSchema, LoginResponseSchema, RefreshRequestSchema, UserSchema } from './auth.schemas';
import type { RequestWithCaller } from './caller-identity.middleware';
import { LiveSessions } from './live-sessions';
import { loginResponse, userOf } from './login-response';
import { SessionRepository, type Rotation } from './session.repository';
import type { GatewayAuthConfig } from './gateway-auth.config';
import { GATEWAY_AUTH_CONFIG } from './gateway-auth.tokens';
import { SignInBusyFilter } from './sign-in-busy.filter';
import { SignInPasswords } from './sign-in-passwords';
import { LoginThrottlerGuard } from '../throttling/login-throttler.guard';
import type { z } from 'zod';

export { GATEWAY_AUTH_CONFIG };

const WRONG_CREDENTIALS = '用户名或密码错误 Wrong username or password';

@ApiTags('auth')
@Controller('api/auth')
export class AuthHttpController {
  constructor(
    @Inject(GATEWAY_AUTH_CONFIG) private readonly config: GatewayAuthConfig,
    private readonly accounts: AccountRepository,
    private readonly passwords: SignInPasswords,
    private readonly sessions: SessionRepository,
    private readonly liveSessions: LiveSessions,
    private readonly tokens: AccessTokens,
  ) {}

  /** Username and password → a new session: a 15-minute access token, a refresh token, and who they name. */
  @Post('login')
  @Access.public()
  @HttpCode(HttpStatus.OK)
  @UseGuards(LoginThrottlerGuard)
  @UseFilters(SignInBusyFilter)
  @ApiRoute({
    summary: '登录 Sign in with username and password',
    responses: {
      '200': { description: 'Signed in', schema: LoginResponseSchema },
      '400': apiError('Invalid body (field errors)'),
      '401': apiError('Wrong username or password'),
      '429': apiError('Too many attempts (with Retry-After): for this address and username, from this address, or for this account (temporarily locked)'),
      '503': apiError('Too many sign-ins at once in this gateway process (with Retry-After: 1)'),
    },
  })
  async login(@ZodBody(LoginRequestSchema) { username, password }: z.infer<typeof LoginRequestSchema>): Promise<z.infer<typeof LoginResponseSchema>> {
    const signedIn = await this.passwords.authenticate(() => this.accounts.byUsername(username), password);
    if (!signedIn) throw new RequestError(HttpStatus.UNAUTHORIZED, 'INVALID_CREDENTIALS', WRONG_CREDENTIALS);
    const { account, upgradedHash } = signedIn;
    if (upgradedHash) await this.accounts.replacePasswordHash(account.id, account.passwordHash, upgradedHash);
    return this.signedIn(account);
  }

  /** The signed-in caller's new password (required before anything else when someone else set the current one). */
  @Post('password')
  @Access.everyRole('own')
  @HttpCode(HttpStatus.OK)
  @UseGuards(LoginThrottlerGuard)
  @UseFilters(SignInBusyFilter)
  @ApiRoute({
    summary: '修改密码 Change your own password',
    responses: {
      '200': { description: 'Changed: a new access token without the change requirement', schema: LoginResponseSchema },
      '400': apiError('Too short, or the same as the current password or the username (field errors)'),
      '401': apiError('No token, or the current password is wrong'),
      '429': apiError('Too many attempts'),
      '503': apiError('Too many password checks at once: retry after Retry-After'),
    },
  })
  async changePassword(@CurrentActor() actor: Actor, @ZodBody(ChangePasswordRequestSchema) { currentPassword, newPassword }: z.infer<typeof ChangePasswordRequestSchema>): Promise<z.infer<typeof LoginResponseSchema>> {
    const checked = await this.passwords.authenticate(() => this.accounts.byId(actor.id), currentPassword);
    if (!checked) throw new RequestError(HttpStatus.UNAUTHORIZED, 'INVALID_CREDENTIALS', '当前密码错误 The current password is wrong');
    const { account } = checked;
    if (newPassword === currentPassword) throw weakPassword('新密码不能与当前密码相同 the new password must differ from the current one');
    if (newPassword.toLowerCase().includes(account.username.toLowerCase())) throw weakPassword('新密码不能包含用户名 the new password must not contain the username');
    await this.accounts.setPassword(account.id, await this.passwords.hash(newPassword), false);
    // Whoever knew the old password is signed out everywhere; this answer opens the one session that remains.
    await this.sessions.endAllOf(account.id, 'password-changed');
    this.liveSessions.forget();
    return this.signedIn({ ...account, passwordMustChange: false });
  }

  /** A refresh token → a new access token and the next refresh token (each refresh token works once). */
  @Post('refresh')
  @Access.public()
  @HttpCode(HttpStatus.OK)
  @ApiRoute({
    summary: '刷新访问令牌 A new access token for a refresh token, and the next refresh token',
    responses: {
      '200': { description: 'Refreshed: the user as the directory has them now', schema: LoginResponseSchema },
      '400': apiError('No refresh token'),
      '401': apiError('Unknown, expired or ended (REFRESH_TOKEN_INVALID); used before: the session is ended (REFRESH_TOKEN_REUSED); the account is disabled'),
      '409': apiError('Used a moment ago by another request (REFRESH_TOKEN_JUST_USED): use the newer one'),
    },
  })
  async refresh(@ZodBody(RefreshRequestSchema) { refreshToken }: z.infer<typeof RefreshRequestSchema>): Promise<z.infer<typeof LoginResponseSchema>> {
    const rotation = await this.sessions.rotate(refreshToken);
    if (!rotation.ok) throw refusedRefresh(rotation.reason);
    const account = await this.accounts.byId(rotation.userId);
    if (!account) {
      await this.sessions.end(rotation.sessionId, 'account-disabled');
      throw new RequestError(HttpStatus.UNAUTHORIZED, 'ACCOUNT_UNAVAILABLE', '账号不存在或已停用 The account no longer exists or is disabled');
    }
    return this.tokensFor(account, rotation.sessionId, rotation.refreshToken);
  }

  /** Ends the caller's session: its access and refresh tokens stop working. */
  @Post('logout')
  @Access.everyRole('own')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiRoute({ summary: '退出登录 Sign out: end this session', responses: { '204': { description: 'Signed out' }, '401': apiError('No token, or the session had already ended') } })
  async logout(@Req() request: RequestWithCaller): Promise<void> {
    if (!request.sessionId) throw new RequestError(HttpStatus.UNAUTHORIZED, 'UNAUTHENTICATED', '未登录 Not signed in');
    await this.sessions.end(request.sessionId, 'signed-out');
    this.liveSessions.forget(request.sessionId);
  }

  private async signedIn(account: Account): Promise<z.infer<typeof LoginResponseSchema>> {
    const { sessionId, refreshToken } = await this.sessions.open(account.id);
    return this.tokensFor(account, sessionId, refreshToken);
  }

  private tokensFor(account: Account, sessionId: string, refreshToken: string): Promise<z.infer<typeof LoginResponseSchema>> {
    return loginResponse(this.config, this.tokens, account, sessionId, refreshToken);
  }

  /** The accounts holding a role (e.g. evaluators, for the coordinator to put in the pool). */
  @Get('accounts')
  @Access({ coordinator: 'everything', admin: 'everything' })
  @ApiRoute({
    summary: '按角色列出账号 Accounts holding a role (coordinator, admin)',
    responses: { '200': { description: 'The accounts, by name', schema: AccountListSchema }, '400': apiError('Unknown role'), '401': apiError('No token'), '403': apiError('Neither coordinator nor admin') },
  })
  async accountsWithRole(@CurrentActor() actor: Actor, @ZodQuery(AccountsQuerySchema) { role }: z.infer<typeof AccountsQuerySchema>): Promise<z.infer<typeof AccountListSchema>> {
    if (!actor.roles.some((r) => ACCOUNT_READERS.includes(r))) throw new RequestError(HttpStatus.FORBIDDEN, 'FORBIDDEN', '只有统筹协调单位或管理员可以查看账号 Only the coordinator or an admin reads accounts');
    return { items: (await this.accounts.withRole(role)).map(userOf) };
  }

  /** Who the Bearer token names (the account as stored now). */
  @Get('me')
  @Access.everyRole('own')
  @ApiRoute({ summary: '当前用户 Who the access token names', responses: { '200': { description: 'The signed-in user', schema: UserSchema }, '401': apiError('No, expired or invalid token') } })
  async me(@CurrentActor() actor: Actor): Promise<z.infer<typeof UserSchema>> {
    const account = await this.accounts.byId(actor.id);
    if (!account) throw new RequestError(HttpStatus.UNAUTHORIZED, 'ACCOUNT_UNAVAILABLE', '账号不存在或已停用 The account no longer exists or is disabled');
    return userOf(account);
  }
}

/** Who may read the accounts of a role: those who choose people for others (the coordinator for evaluator panels) and administrators. */
const ACCOUNT_READERS: readonly string[] = ['coordinator', 'admin'];

function refusedRefresh(reason: Exclude<Rotation, { ok: true }>['reason']): RequestError {
  if (reason === 'just-used') return new RequestError(HttpStatus.CONFLICT, 'REFRESH_TOKEN_JUST_USED', '刷新令牌刚被另一个请求使用，请使用新的令牌 The refresh token was used a moment ago by another request: use the newer one');
  if (reason === 'reused') return new RequestError(HttpStatus.UNAUTHORIZED, 'REFRESH_TOKEN_REUSED', '刷新令牌被重复使用，会话已结束，请重新登录 The refresh token was used before, so it may have been copied: the session is ended, sign in again');
  return new RequestError(HttpStatus.UNAUTHORIZED, 'REFRESH_TOKEN_INVALID', '刷新令牌无效、已过期或会话已结束，请重新登录 The refresh token is unknown, expired, or its session has ended: sign in again');
}

function weakPassword(message: string): RequestError {
  return new RequestError(HttpStatus.BAD_REQUEST, 'VALIDATION_FAILED', `请求数据无效 Invalid request: newPassword: ${message}`, [{ path: 'newPassword', message }]);
}

