import { PLATFORM_ADMINS_INBOX } from '@scq/notification-domain';
import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import { z } from 'zod';
import type { Actor } from '@scq/contracts';
import { InboxService, type InboxItem, type InboxOwner } from '@scq/notification-application';
import { Access, ApiRoute, ApiTags, CurrentActor, parseRequest, RequestError, timeIdPageQuery, UuidPipe, ZodQuery } from '@scq/platform-http';
import { invalid, notFound, refused } from './api-answers';
import { InboxArchiveResultSchema, InboxPageSchema, InboxReadAllResultSchema, InboxReadResultSchema, InboxUnreadCountsSchema, type Answer } from './notification.http.responses';

const scope = z.enum(['all', 'unit', 'user']).default('all');

export const inboxListQuery = z
  .object({
    scope,
    status: z.enum(['unread', 'read', 'all', 'archived']).default('all').describe('`archived`: the archived messages only; the others leave them out'),
    ...timeIdPageQuery,
  })
  .strict();

export const readAllBody = z.object({ scope }).strict();

/**
 * The in-app inbox of the caller: their unit's messages (shared by its members: one reads for all) and their own.
 * `GET /api/notifications/inbox`, `GET …/inbox/unread-count`, `POST …/inbox/:id/read`, `POST …/inbox/read-all`,
 * `POST …/inbox/:id/archive` and `…/unarchive`.
 */
@ApiTags('inbox')
@Controller('api/notifications/inbox')
export class InboxHttpController {
  constructor(private readonly inbox: InboxService) {}

  @Get()
  @Access.everyRole('own')
  @ApiRoute({ summary: '收件箱 The caller’s and their unit’s in-app messages', responses: { '200': { description: '`items`, `nextCursor` and unread counts', schema: InboxPageSchema }, '400': invalid, ...refused } })
  async list(@ZodQuery(inboxListQuery) q: z.infer<typeof inboxListQuery>, @CurrentActor() actor: Actor): Promise<Answer<typeof InboxPageSchema>> {
    const owner = ownerOf(actor);
    const page = await this.inbox.list(owner, q.scope, { status: q.status, limit: q.limit, after: q.after ?? null });
    return { items: page.items.map(itemView), nextCursor: page.nextCursor, unread: await this.inbox.unreadCounts(owner) };
  }

  @Get('unread-count')
  @Access.everyRole('own')
  @ApiRoute({ summary: '未读数 Unread counts (own, unit, total)', responses: { '200': { description: 'Unread counts', schema: InboxUnreadCountsSchema }, ...refused } })
  unreadCount(@CurrentActor() actor: Actor): Promise<Answer<typeof InboxUnreadCountsSchema>> {
    return this.inbox.unreadCounts(ownerOf(actor));
  }

  @Post('read-all')
  @Access.everyRole('own')
  @HttpCode(HttpStatus.OK)
  // The body is optional (`{}` when left out), so the route validates it itself rather than through `@ZodBody`.
  @ApiRoute({ summary: '全部已读 Mark all read (in a scope)', body: readAllBody, bodyOptional: true, responses: { '200': { description: 'How many were marked and the unread counts', schema: InboxReadAllResultSchema }, '400': invalid, ...refused } })
  async readAll(@Body() body: unknown, @CurrentActor() actor: Actor): Promise<Answer<typeof InboxReadAllResultSchema>> {
    const { scope: which } = parseRequest(readAllBody, body ?? {});
    const owner = ownerOf(actor);
    const marked = await this.inbox.markAllRead(owner, which);
    return { marked, unread: await this.inbox.unreadCounts(owner) };
  }

  @Post(':id/read')
  @Access.everyRole('own')
  @HttpCode(HttpStatus.OK)
  @ApiRoute({ summary: '标为已读 Mark one message read', responses: { '200': { description: 'The item and the unread counts', schema: InboxReadResultSchema }, '400': invalid, ...refused, '404': notFound } })
  async read(@Param('id', UuidPipe) id: string, @CurrentActor() actor: Actor): Promise<Answer<typeof InboxReadResultSchema>> {
    const owner = ownerOf(actor);
    const item = await this.inbox.markRead(owner, id);
    if (!item) throw notInInbox(id);
    return { item: itemView(item), unread: await this.inbox.unreadCounts(owner) };
  }

  @Post(':id/archive')
  @Access.everyRole('own')
  @HttpCode(HttpStatus.OK)
  @ApiRoute({ summary: '归档 Archive one message (out of the list and the unread counts)', responses: { '200': { description: 'The item and the unread counts', schema: InboxArchiveResultSchema }, '400': invalid, ...refused, '404': notFound } })
  archive(@Param('id', UuidPipe) id: string, @CurrentActor() actor: Actor): Promise<Answer<typeof InboxArchiveResultSchema>> {
    return this.setArchived(actor, id, true);
  }

  @Post(':id/unarchive')
  @Access.everyRole('own')
  @HttpCode(HttpStatus.OK)
  @ApiRoute({ summary: '取消归档 Bring an archived message back', responses: { '200': { description: 'The item and the unread counts', schema: InboxArchiveResultSchema }, '400': invalid, ...refused, '404': notFound } })
  unarchive(@Param('id', UuidPipe) id: string, @CurrentActor() actor: Actor): Promise<Answer<typeof InboxArchiveResultSchema>> {
    return this.setArchived(actor, id, false);
  }

  private async setArchived(actor: Actor, id: string, archived: boolean): Promise<Answer<typeof InboxArchiveResultSchema>> {
    const owner = ownerOf(actor);
    const item = await this.inbox.setArchived(owner, id, archived);
    if (!item) throw notInInbox(id);
    return { item: itemView(item), unread: await this.inbox.unreadCounts(owner) };
  }
}

function notInInbox(id: string): RequestError {
  return new RequestError(HttpStatus.NOT_FOUND, 'NOT_FOUND', `收件箱中没有此通知 No inbox item ${id} for this user or unit`);
}

/** The caller's inboxes; an admin without a unit reads the admins' shared inbox as theirs (notices of dead letters). */
export function ownerOf(actor: Actor): InboxOwner {
  return { userId: actor.id, unit: actor.unit ?? (actor.roles.includes('admin') ? PLATFORM_ADMINS_INBOX : null) };
}

export function itemView(item: InboxItem) {
  return { ...item, read: item.readAt !== null, archived: item.archivedAt !== null };
}
