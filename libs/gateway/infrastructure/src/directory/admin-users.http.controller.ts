import { Controller, Get, HttpCode, HttpStatus, Param, Patch, Post } from '@nestjs/common';
import type { Actor } from '@scq/contracts';
import { Access, apiError, ApiRoute, ApiTags, CurrentActor, RequestError, ZodBody, ZodQuery } from '@scq/platform-http';
import type { z } from 'zod';
import type { StoredAccount } from '../auth/account.repository';
import { DirectoryAdministration } from './directory-administration';
import { DirectoryRepository } from './directory.repository';
import { CreateUserRequestSchema, DirectoryUserSchema, UpdateUserRequestSchema, UserPageSchema, UsersQuerySchema, UserWithPasswordSchema } from './directory.schemas';

type DirectoryUser = z.infer<typeof DirectoryUserSchema>;

const NOT_ADMIN = apiError('Not an administrator');

/** People in the directory: administrators create, edit, disable and enable them and reset their passwords. */
@ApiTags('admin')
@Controller('api/admin/users')
export class AdminUsersHttpController {
  constructor(
    private readonly directory: DirectoryRepository,
    private readonly administration: DirectoryAdministration,
  ) {}

  @Get()
  @Access({ admin: 'everything' })
  @ApiRoute({ summary: '用户列表 People in the directory, by username (admin)', responses: { '200': { description: 'A page of people', schema: UserPageSchema }, '400': apiError('Bad filter or cursor'), '403': NOT_ADMIN } })
  async list(@ZodQuery(UsersQuerySchema) { limit, cursor, ...filter }: z.infer<typeof UsersQuerySchema>): Promise<z.infer<typeof UserPageSchema>> {
    const page = await this.directory.users(filter, limit, cursor);
    if (!page) throw new RequestError(HttpStatus.BAD_REQUEST, 'INVALID_CURSOR', '分页游标无效 The cursor is not one this list gave');
    return { items: page.items.map(directoryUser), next: page.nextCursor };
  }

  @Post()
  @Access({ admin: 'everything' })
  @ApiRoute({
    summary: '新建用户 Create a person with roles, unit, district and organisation; a temporary password is answered once (admin)',
    responses: { '201': { description: 'Created, with the temporary password', schema: UserWithPasswordSchema }, '400': apiError('Invalid fields (unknown unit, district or organisation, a role without what it needs)'), '403': NOT_ADMIN, '409': apiError('Username taken') },
  })
  async create(@CurrentActor() actor: Actor, @ZodBody(CreateUserRequestSchema) body: z.infer<typeof CreateUserRequestSchema>): Promise<z.infer<typeof UserWithPasswordSchema>> {
    const { user, temporaryPassword } = await this.administration.create(body, actor);
    return { user: directoryUser(user), temporaryPassword };
  }

  @Get(':id')
  @Access({ admin: 'everything' })
  @ApiRoute({ summary: '用户详情 One person (admin)', responses: { '200': { description: 'The person', schema: DirectoryUserSchema }, '403': NOT_ADMIN, '404': apiError('No such person') } })
  async one(@Param('id') id: string): Promise<DirectoryUser> {
    return directoryUser(await this.administration.existing(id));
  }

  @Patch(':id')
  @Access({ admin: 'everything' })
  @ApiRoute({
    summary: '修改用户 Change names, roles, unit, district or organisation (admin)',
    responses: { '200': { description: 'The person as now stored', schema: DirectoryUserSchema }, '400': apiError('Invalid fields'), '403': NOT_ADMIN, '404': apiError('No such person'), '409': apiError('The last administrator would lose the role') },
  })
  async update(@CurrentActor() actor: Actor, @Param('id') id: string, @ZodBody(UpdateUserRequestSchema) body: z.infer<typeof UpdateUserRequestSchema>): Promise<DirectoryUser> {
    return directoryUser(await this.administration.update(id, body, actor));
  }

  @Post(':id/disable')
  @Access({ admin: 'everything' })
  @HttpCode(HttpStatus.OK)
  @ApiRoute({
    summary: '停用用户 Disable a person: they can no longer sign in (admin)',
    responses: { '200': { description: 'Disabled', schema: DirectoryUserSchema }, '403': NOT_ADMIN, '404': apiError('No such person'), '409': apiError('Yourself, or the last administrator') },
  })
  async disable(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<DirectoryUser> {
    return directoryUser(await this.administration.disable(id, actor));
  }

  @Post(':id/enable')
  @Access({ admin: 'everything' })
  @HttpCode(HttpStatus.OK)
  @ApiRoute({ summary: '启用用户 Enable a disabled person again (admin)', responses: { '200': { description: 'Enabled', schema: DirectoryUserSchema }, '403': NOT_ADMIN, '404': apiError('No such person') } })
  async enable(@Param('id') id: string): Promise<DirectoryUser> {
    return directoryUser(await this.administration.enable(id));
  }

  @Post(':id/password-reset')
  @Access({ admin: 'everything' })
  @HttpCode(HttpStatus.OK)
  @ApiRoute({
    summary: '重置密码 A new temporary password, answered once; the person must change it at the next sign-in (admin)',
    responses: { '200': { description: 'Reset', schema: UserWithPasswordSchema }, '403': NOT_ADMIN, '404': apiError('No such person'), '409': apiError('The person signs in through single sign-on and has no password (SINGLE_SIGN_ON_ACCOUNT)') },
  })
  async resetPassword(@Param('id') id: string): Promise<z.infer<typeof UserWithPasswordSchema>> {
    const temporaryPassword = await this.administration.resetPassword(id);
    return { user: directoryUser(await this.administration.existing(id)), temporaryPassword };
  }
}

export function directoryUser(account: StoredAccount): DirectoryUser {
  return {
    id: account.id,
    username: account.username,
    displayName: account.displayName,
    status: account.status,
    roles: account.roles as DirectoryUser['roles'],
    unit: account.unit,
    district: account.district,
    organisation: account.organisationId && account.organisation ? { id: account.organisationId, name: account.organisation } : null,
    passwordMustChange: account.passwordMustChange,
  };
}
