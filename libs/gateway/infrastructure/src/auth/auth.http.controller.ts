import { Controller, Get, HttpCode, HttpStatus, Inject, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { compare } from 'bcryptjs';
import type { Actor } from '@scq/contracts';
import { apiError, ApiRoute, ApiTags, CurrentActor, Public, RequestError, ZodBody } from '@scq/platform-http';
import { issueAccessToken } from './access-token';
import type { Account } from './account.repository';
import { AccountRepository } from './account.repository';
import { LoginRequestSchema, LoginResponseSchema, UserSchema } from './auth.schemas';
import type { GatewayAuthConfig } from './gateway-auth.config';
import { LoginRateLimiter } from './login-rate-limiter';
import type { z } from 'zod';

export const GATEWAY_AUTH_CONFIG = Symbol('GATEWAY_AUTH_CONFIG');

// Compared against when the username is unknown, so both failures take the same time.
const NO_SUCH_USER_HASH = '$2b$10$d1TBE1YrP49KnrUlMYPfIOHa2S5Dp68ki9IazAbT4Gb1PwKen7crO';
const WRONG_CREDENTIALS = '用户名或密码错误 Wrong username or password';

@ApiTags('auth')
@Controller('api/auth')
export class AuthHttpController {
  constructor(
    @Inject(GATEWAY_AUTH_CONFIG) private readonly config: GatewayAuthConfig,
    private readonly accounts: AccountRepository,
    private readonly limiter: LoginRateLimiter,
  ) {}

  /** Username and password → a 1-hour access token and who it names. */
  @Public()
  @Post('login')
  @HttpCode(HttpStatus.OK)
  @ApiRoute({
    summary: '登录 Sign in with username and password',
    responses: { '200': { description: 'Signed in', schema: LoginResponseSchema }, '400': apiError('Invalid body (field errors)'), '401': apiError('Wrong username or password'), '429': apiError('Too many attempts for this IP and username (10 per minute)') },
  })
  async login(@ZodBody(LoginRequestSchema) { username, password }: z.infer<typeof LoginRequestSchema>, @Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<z.infer<typeof LoginResponseSchema>> {
    const retryAfter = this.limiter.attempt(`${request.ip ?? '?'}|${username.toLowerCase()}`);
    if (retryAfter !== null) {
      response.setHeader('retry-after', String(retryAfter));
      throw new RequestError(HttpStatus.TOO_MANY_REQUESTS, 'TOO_MANY_LOGIN_ATTEMPTS', `登录尝试过多 Too many sign-in attempts for this user from this address: try again in ${retryAfter} s`);
    }
    const account = await this.accounts.byUsername(username);
    const matches = await compare(password, account?.passwordHash ?? NO_SUCH_USER_HASH);
    if (!account || !matches) throw new RequestError(HttpStatus.UNAUTHORIZED, 'INVALID_CREDENTIALS', WRONG_CREDENTIALS);
    return { accessToken: issueAccessToken(account, this.config.jwtSecret, this.config.tokenTtlSeconds), tokenType: 'Bearer', expiresIn: this.config.tokenTtlSeconds, user: userOf(account) };
  }

  /** Who the Bearer token names (the account as stored now). */
  @Get('me')
  @ApiRoute({ summary: '当前用户 Who the access token names', responses: { '200': { description: 'The signed-in user', schema: UserSchema }, '401': apiError('No, expired or invalid token') } })
  async me(@CurrentActor() actor: Actor): Promise<z.infer<typeof UserSchema>> {
    const account = await this.accounts.byId(actor.id);
    if (!account) throw new RequestError(HttpStatus.UNAUTHORIZED, 'ACCOUNT_UNAVAILABLE', '账号不存在或已停用 The account no longer exists or is disabled');
    return userOf(account);
  }
}

function userOf(account: Account): z.infer<typeof UserSchema> {
  return { id: account.id, name: account.name, roles: account.roles as z.infer<typeof UserSchema>['roles'], unit: account.unit, organisation: account.organisation };
}
