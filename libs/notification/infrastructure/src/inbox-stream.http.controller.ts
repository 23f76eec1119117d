import type { ServerResponse } from 'node:http';
import { Controller, Get, Res } from '@nestjs/common';
import type { Actor } from '@scq/contracts';
import { Access, ApiRoute, ApiTags, CurrentActor } from '@scq/platform-http';
import { refused } from './api-answers';
import { InboxStreams } from './inbox-streams';
import { ownerOf } from './inbox.http.controller';
import { InboxUnreadCountsSchema } from './notification.http.responses';

/**
 * `GET /api/notifications/stream`: the caller's unread counts pushed as server-sent events (`event: unread`, data
 * `{ unit, user, total }`) at connect and after every change of their inbox or their unit's, a `: heartbeat` comment
 * every 25 s. Authenticated like every route, by the Authorization header: the console reads it with fetch
 * (EventSource cannot send headers), so no token ever goes into a URL.
 */
@ApiTags('inbox')
@Controller('api/notifications/stream')
export class InboxStreamHttpController {
  constructor(private readonly streams: InboxStreams) {}

  @Get()
  @Access.everyRole('own')
  @ApiRoute({
    summary: '未读数推送 Unread counts, pushed (server-sent events)',
    responses: {
      '200': { description: '`text/event-stream`: `event: unread` with the counts as `data`, at connect and after each change; `: heartbeat` comments', contentType: 'text/event-stream', schema: InboxUnreadCountsSchema },
      ...refused,
    },
  })
  async stream(@CurrentActor() actor: Actor, @Res() response: ServerResponse): Promise<void> {
    await this.streams.connect(ownerOf(actor), response);
  }
}
