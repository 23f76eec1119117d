import { Controller, Get, HttpStatus, Inject } from '@nestjs/common';
import { z } from 'zod';
import type { Actor } from '@scq/contracts';
import { DELIVERY_REPOSITORY, type DeliveryEvent, type DeliveryRecord, type DeliveryRepository } from '@scq/notification-application';
import { CHANNELS, DELIVERY_STATUSES } from '@scq/notification-domain';
import { SERVICE_DATABASE } from '@scq/platform-messaging';
import { Access, ApiRoute, ApiTags, CurrentActor, RequestError, timeIdPageQuery, ZodQuery } from '@scq/platform-http';
import type { Database } from '@scq/platform-persistence';
import { invalid, refused } from './api-answers';
import { isPrivileged, normaliseUnit } from './caller-scope';
import { DeliveryPageSchema, type Answer } from './notification.http.responses';

export const deliveriesQuery = z
  .object({
    /** A unit (code, alias or Chinese name) or a user id. */
    recipient: z.string().trim().min(1).max(200).optional(),
    /** A scenario or application id, a lifecycle instance id or a deadline id. */
    subject: z.string().trim().min(1).max(200).optional(),
    channel: z.enum(CHANNELS).optional(),
    status: z.enum(DELIVERY_STATUSES).optional(),
    ...timeIdPageQuery,
  })
  .strict();

/**
 * The delivery log: every message to every channel with its states (queued, sent, delivered, temporary failure,
 * permanent failure) and attempts. `GET /api/notifications/deliveries?recipient=&subject=&channel=&status=`.
 * The coordinator and admins see all; everybody else their own and their unit's.
 */
@ApiTags('deliveries')
@Controller('api/notifications/deliveries')
export class DeliveriesHttpController {
  constructor(
    @Inject(SERVICE_DATABASE) private readonly db: Database,
    @Inject(DELIVERY_REPOSITORY) private readonly deliveries: DeliveryRepository,
  ) {}

  @Get()
  @Access({ applicant: 'own', officer: 'own-unit', evaluator: 'own', leadership: 'own', auditor: 'own', coordinator: 'everything', admin: 'everything' })
  @ApiRoute({ summary: '投递记录 The delivery log (own and unit’s; all for coordinator and admins)', responses: { '200': { description: 'A page of deliveries, newest first (`items`, `nextCursor`), with their states and attempts', schema: DeliveryPageSchema }, '400': invalid, ...refused } })
  async list(@ZodQuery(deliveriesQuery) q: z.infer<typeof deliveriesQuery>, @CurrentActor() actor: Actor): Promise<Answer<typeof DeliveryPageSchema>> {
    const recipient = q.recipient ? (normaliseUnit(q.recipient) ?? q.recipient) : undefined;
    const own = [...(actor.unit ? [{ type: 'unit' as const, id: actor.unit }] : []), { type: 'user' as const, id: actor.id }];
    if (recipient && !isPrivileged(actor) && !own.some((r) => r.id === recipient)) {
      throw new RequestError(HttpStatus.FORBIDDEN, 'FORBIDDEN', `只能查看本人或本单位的投递记录 Only your own or your unit's deliveries`);
    }
    const page = await this.deliveries.query(this.db, {
      recipient,
      subject: q.subject,
      channel: q.channel,
      status: q.status,
      visibleTo: isPrivileged(actor) ? undefined : own,
      limit: q.limit,
      after: q.after ?? null,
    });
    return { items: page.items.map(deliveryView), nextCursor: page.nextCursor };
  }
}

function deliveryView(delivery: DeliveryRecord & { events: DeliveryEvent[] }) {
  const { content, ...rest } = delivery;
  return { ...rest, subjectLine: content.subject };
}
