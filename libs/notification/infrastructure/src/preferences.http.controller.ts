import { Controller, Get, HttpStatus, Put } from '@nestjs/common';
import { z } from 'zod';
import type { Actor, Role } from '@scq/contracts';
import { PreferencesService } from '@scq/notification-application';
import { preferencesUpdateSchema, type Recipient } from '@scq/notification-domain';
import { Access, ApiRoute, ApiTags, CurrentActor, RequestError, ZodBody, ZodQuery } from '@scq/platform-http';
import { invalid, refused } from './api-answers';
import { isPrivileged, normaliseUnit } from './caller-scope';
import { NotificationPreferencesSchema, type Answer } from './notification.http.responses';

export const preferencesQuery = z
  .object({
    scope: z.enum(['user', 'unit']).default('user'),
    /** Coordinator and admins only: another unit than their own. */
    unit: z.string().trim().min(1).max(100).optional(),
  })
  .strict();

const UNIT_EDITORS: readonly Role[] = ['officer', 'coordinator', 'admin'];

/**
 * Per-recipient preferences: language, email address, webhook (URL and signing secret), daily digest, quiet hours.
 * `GET|PUT /api/notifications/preferences?scope=user` (the caller) or `?scope=unit` (the caller's unit; officers of
 * the unit change it; the coordinator and admins may name another with `&unit=`).
 */
@ApiTags('preferences')
@Controller('api/notifications/preferences')
export class PreferencesHttpController {
  constructor(private readonly preferences: PreferencesService) {}

  @Get()
  @Access.everyRole('own')
  @ApiRoute({ summary: '通知设置 Preferences of the caller or their unit', responses: { '200': { description: 'Language, email, webhook, digest, quiet hours', schema: NotificationPreferencesSchema }, '400': invalid, ...refused } })
  get(@ZodQuery(preferencesQuery) q: z.infer<typeof preferencesQuery>, @CurrentActor() actor: Actor): Promise<Answer<typeof NotificationPreferencesSchema>> {
    return this.preferences.get(recipientOf(actor, q, false));
  }

  @Put()
  @Access.everyRole('own')
  @ApiRoute({ summary: '修改通知设置 Change preferences (a unit’s by its officers)', responses: { '200': { description: 'The preferences', schema: NotificationPreferencesSchema }, '400': invalid, ...refused } })
  put(@ZodQuery(preferencesQuery) q: z.infer<typeof preferencesQuery>, @ZodBody(preferencesUpdateSchema) update: z.infer<typeof preferencesUpdateSchema>, @CurrentActor() actor: Actor): Promise<Answer<typeof NotificationPreferencesSchema>> {
    return this.preferences.put(recipientOf(actor, q, true), update);
  }
}

function recipientOf(actor: Actor, query: z.infer<typeof preferencesQuery>, write: boolean): Recipient {
  if (query.scope === 'user') {
    if (query.unit) throw new RequestError(HttpStatus.BAD_REQUEST, 'VALIDATION_FAILED', '请求数据无效 Invalid request: unit: only with scope=unit', [{ path: 'unit', message: 'only with scope=unit' }]);
    return { type: 'user', id: actor.id };
  }
  const named = query.unit ? normaliseUnit(query.unit) : null;
  if (named && named !== actor.unit && !isPrivileged(actor)) {
    throw new RequestError(HttpStatus.FORBIDDEN, 'FORBIDDEN', `只能管理本单位的通知设置 Only your own unit's preferences (${actor.unit ?? 'none'})`);
  }
  const unit = named ?? actor.unit;
  if (!unit) throw new RequestError(HttpStatus.BAD_REQUEST, 'NO_UNIT', '请求未指明单位 No unit: your account belongs to no unit (a coordinator or admin names one with ?unit=)');
  if (write && !actor.roles.some((role) => UNIT_EDITORS.includes(role))) {
    throw new RequestError(HttpStatus.FORBIDDEN, 'FORBIDDEN', `单位通知设置须由本单位工作人员修改 A unit's preferences are changed by its officers (roles: ${UNIT_EDITORS.join(', ')})`);
  }
  return { type: 'unit', id: unit };
}
