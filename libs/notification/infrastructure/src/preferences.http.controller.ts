import { Body, Controller, Get, Headers, HttpStatus, Put, Query } from '@nestjs/common';
import { z } from 'zod';
import { PreferencesError, PreferencesService } from '@scq/notification-application';
import { preferencesUpdateSchema, type Recipient } from '@scq/notification-domain';
import { parseRequest, RequestError } from '@scq/platform-observability';
import { isPrivileged, normaliseUnit, requireCaller, type Caller, type HeaderMap } from './caller.http';

export const preferencesQuery = z
  .object({
    scope: z.enum(['user', 'unit']).default('user'),
    /** Coordinator and admins only: another unit than their own. */
    unit: z.string().trim().min(1).max(100).optional(),
  })
  .strict();

const UNIT_EDITORS = ['officer', 'coordinator', 'admin'];

/**
 * Per-recipient preferences: language, email address, webhook (URL and signing secret), daily digest, quiet hours.
 * `GET|PUT /api/notifications/preferences?scope=user` (the caller) or `?scope=unit` (the caller's unit; officers of
 * the unit change it; the coordinator and admins may name another with `&unit=`).
 */
@Controller('api/notifications/preferences')
export class PreferencesHttpController {
  constructor(private readonly preferences: PreferencesService) {}

  @Get()
  get(@Query() query: unknown, @Headers() headers: HeaderMap) {
    const q = parseRequest(preferencesQuery, query);
    return this.preferences.get(recipientOf(requireCaller(headers), q, false));
  }

  @Put()
  async put(@Query() query: unknown, @Body() body: unknown, @Headers() headers: HeaderMap) {
    const q = parseRequest(preferencesQuery, query);
    const caller = requireCaller(headers);
    const update = parseRequest(preferencesUpdateSchema, body);
    try {
      return await this.preferences.put(recipientOf(caller, q, true), update);
    } catch (error) {
      if (error instanceof PreferencesError) throw new RequestError(HttpStatus.BAD_REQUEST, 'VALIDATION_FAILED', `请求数据无效 Invalid request: ${error.field}: ${error.message}`, [{ path: error.field, message: error.message }]);
      throw error;
    }
  }
}

function recipientOf(caller: Caller, query: z.infer<typeof preferencesQuery>, write: boolean): Recipient {
  if (query.scope === 'user') {
    if (query.unit) throw new RequestError(HttpStatus.BAD_REQUEST, 'VALIDATION_FAILED', '请求数据无效 Invalid request: unit: only with scope=unit', [{ path: 'unit', message: 'only with scope=unit' }]);
    return { type: 'user', id: caller.id };
  }
  const named = query.unit ? normaliseUnit(query.unit) : null;
  if (named && named !== caller.unit && !isPrivileged(caller)) {
    throw new RequestError(HttpStatus.FORBIDDEN, 'FORBIDDEN', `只能管理本单位的通知设置 Only your own unit's preferences (${caller.unit ?? 'none'})`);
  }
  const unit = named ?? caller.unit;
  if (!unit) throw new RequestError(HttpStatus.BAD_REQUEST, 'NO_UNIT', '请求未指明单位 No unit: send x-user-unit (or, as coordinator or admin, ?unit=)');
  if (write && !caller.roles.some((role) => UNIT_EDITORS.includes(role))) {
    throw new RequestError(HttpStatus.FORBIDDEN, 'FORBIDDEN', `单位通知设置须由本单位工作人员修改 A unit's preferences are changed by its officers (roles: ${UNIT_EDITORS.join(', ')})`);
  }
  return { type: 'unit', id: unit };
}
