import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post, Query } from '@nestjs/common';
import { z } from 'zod';
import type { Actor } from '@scq/contracts';
import { InboxService, type InboxItem, type InboxOwner } from '@scq/notification-application';
import { CurrentActor, parseRequest, RequestError } from '@scq/platform-http';
import { decodeCursor } from './page-cursor';

const scope = z.enum(['all', 'unit', 'user']).default('all');

export const inboxListQuery = z
  .object({
    scope,
    status: z.enum(['unread', 'read', 'all']).default('all'),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    after: z
      .string()
      .refine((cursor) => decodeCursor(cursor) !== null, '游标无效 not a cursor of this list')
      .optional(),
  })
  .strict();

export const readAllBody = z.object({ scope }).strict();
export const itemParams = z.object({ id: z.string().uuid('通知编号应为 UUID the item id must be a UUID') });

/**
 * The in-app inbox of the caller: their unit's messages (shared by its members: one reads for all) and their own.
 * `GET /api/notifications/inbox`, `GET …/inbox/unread-count`, `POST …/inbox/:id/read`, `POST …/inbox/read-all`.
 */
@Controller('api/notifications/inbox')
export class InboxHttpController {
  constructor(private readonly inbox: InboxService) {}

  @Get()
  async list(@Query() query: unknown, @CurrentActor() actor: Actor) {
    const q = parseRequest(inboxListQuery, query);
    const owner = ownerOf(actor);
    const page = await this.inbox.list(owner, q.scope, { status: q.status, limit: q.limit, after: q.after ?? null });
    return { items: page.items.map(itemView), nextCursor: page.nextCursor, unread: await this.inbox.unreadCounts(owner) };
  }

  @Get('unread-count')
  unreadCount(@CurrentActor() actor: Actor) {
    return this.inbox.unreadCounts(ownerOf(actor));
  }

  @Post('read-all')
  @HttpCode(HttpStatus.OK)
  async readAll(@Body() body: unknown, @CurrentActor() actor: Actor) {
    const { scope: which } = parseRequest(readAllBody, body ?? {});
    const owner = ownerOf(actor);
    const marked = await this.inbox.markAllRead(owner, which);
    return { marked, unread: await this.inbox.unreadCounts(owner) };
  }

  @Post(':id/read')
  @HttpCode(HttpStatus.OK)
  async read(@Param() params: unknown, @CurrentActor() actor: Actor) {
    const { id } = parseRequest(itemParams, params);
    const owner = ownerOf(actor);
    const item = await this.inbox.markRead(owner, id);
    if (!item) throw new RequestError(HttpStatus.NOT_FOUND, 'NOT_FOUND', `收件箱中没有此通知 No inbox item ${id} for this user or unit`);
    return { item: itemView(item), unread: await this.inbox.unreadCounts(owner) };
  }
}

function ownerOf(actor: Actor): InboxOwner {
  return { userId: actor.id, unit: actor.unit };
}

export function itemView(item: InboxItem) {
  return { ...item, read: item.readAt !== null };
}
