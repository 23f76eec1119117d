import { Body, Controller, Get, HttpCode, HttpStatus, Inject, Param, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { z } from 'zod';
import type { Actor } from '@scq/contracts';
import { CurrentActor, Idempotent, parseRequest, Public, RequestError, UuidPipe } from '@scq/platform-http';
import { LifecycleError, type LifecycleRunner } from '@scq/platform-lifecycle';
import { SERVICE_DATABASE } from '@scq/platform-messaging';
import type { Database } from '@scq/platform-persistence';
import { humanEventSchemas, SYSTEM_EVENTS, WorkflowCommands, type WorkflowSubject } from '@scq/workflow-application';
import { canonicalUnitName } from '@scq/taxonomy';
import { APPLICATION_LIFECYCLE, SCENARIO_LIFECYCLE } from '@scq/workflow-domain';
import { LIFECYCLE_RUNNER } from './workflow.tokens';
import { auditView, instanceView, statechartView } from './workflow.queries';

const MACHINES = [SCENARIO_LIFECYCLE.id, APPLICATION_LIFECYCLE.id] as const;

export const workflowEventBody = z
  .object({
    type: z.string().min(1, '请给出事件类型 type is required'),
    reason: z.string().trim().max(2000).optional(),
    expectedVersion: z.number().int().positive().optional(),
  })
  .passthrough();

export const workflowInstanceListQuery = z.object({
  machine: z.enum(MACHINES).default(SCENARIO_LIFECYCLE.id),
  stage: z.string().regex(/^[a-zA-Z.]+$/).optional(),
  domain: z.string().regex(/^[a-z0-9-]+$/).optional(),
  unit: z.string().min(1).max(100).optional(),
  district: z.string().min(1).max(50).optional(),
  /** Applications of this applicant (the caller's user id). */
  applicant: z.string().min(1).max(100).optional(),
  /** Applications to this scenario. */
  scenario: z.uuid().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  after: z.string().optional(),
});

export const statechartQuery = z.object({
  format: z.enum(['json', 'mermaid']).default('json'),
  version: z.coerce.number().int().positive().optional(),
  instance: z.string().uuid().optional(),
});

export const applicationBody = z.object({ scenarioId: z.string().uuid('scenarioId 应为 UUID must be a UUID') }).strict();

@Controller('api/workflow')
export class WorkflowHttpController {
  constructor(
    @Inject(SERVICE_DATABASE) private readonly db: Database,
    @Inject(LIFECYCLE_RUNNER) private readonly runner: LifecycleRunner,
    private readonly commands: WorkflowCommands,
  ) {}

  /** Instances by machine, stage, domain, responsible unit, district, applicant and scenario; keyset pagination on creation. */
  @Public()
  @Get('instances')
  async list(@Query() query: unknown, @CurrentActor() actor: Actor | null) {
    const q = parseRequest(workflowInstanceListQuery, query);
    const after = q.after ? decodeCursor(q.after) : undefined;
    const subject: Record<string, string> = {};
    if (q.domain) subject.domainCode = q.domain;
    if (q.unit) subject.responsibleUnits = canonicalUnitName(q.unit);
    if (q.district) subject.district = q.district;
    if (q.applicant) subject.applicantId = q.applicant;
    if (q.scenario) subject.scenarioId = q.scenario;
    const rows = await this.runner.store.list<WorkflowSubject>(this.db, { machineId: q.machine, stage: q.stage, subject, limit: q.limit + 1, after });
    const items = rows.slice(0, q.limit);
    const last = items[items.length - 1];
    return {
      items: items.map((instance) => ({ ...instance, allowedEvents: actor ? this.runner.allowedEvents(instance, actor) : [] })),
      nextCursor: rows.length > q.limit && last ? Buffer.from(JSON.stringify([last.createdAt.toISOString(), last.id])).toString('base64url') : null,
    };
  }

  @Public()
  @Get('instances/:id')
  async get(@Param('id', UuidPipe) id: string, @CurrentActor() actor: Actor | null) {
    return instanceView(this.db, this.runner, await this.instance(id), actor);
  }

  @Public()
  @Get('scenarios/:scenarioId')
  async getScenario(@Param('scenarioId', UuidPipe) scenarioId: string, @CurrentActor() actor: Actor | null) {
    return instanceView(this.db, this.runner, await this.bySubject(SCENARIO_LIFECYCLE.id, scenarioId), actor);
  }

  @Public()
  @Get('applications/:applicationId')
  async getApplication(@Param('applicationId', UuidPipe) applicationId: string, @CurrentActor() actor: Actor | null) {
    return instanceView(this.db, this.runner, await this.bySubject(APPLICATION_LIFECYCLE.id, applicationId), actor);
  }

  @Post('instances/:id/events')
  @HttpCode(HttpStatus.OK)
  send(@Param('id', UuidPipe) id: string, @Body() body: unknown, @CurrentActor() actor: Actor) {
    const event = parseEvent(body);
    return this.dispatch(async () => id, event, actor);
  }

  @Post('scenarios/:scenarioId/events')
  @HttpCode(HttpStatus.OK)
  sendToScenario(@Param('scenarioId', UuidPipe) scenarioId: string, @Body() body: unknown, @CurrentActor() actor: Actor) {
    const event = parseEvent(body);
    return this.dispatch(async () => (await this.bySubject(SCENARIO_LIFECYCLE.id, scenarioId)).id, event, actor);
  }

  /** An applicant applies to take an open scenario (申报/揭榜): a new application lifecycle in draft. */
  @Post('applications')
  @Idempotent()
  async apply(@Body() body: unknown, @CurrentActor() actor: Actor) {
    const { scenarioId } = parseRequest(applicationBody, body);
    const instance = await this.commands.openApplication(scenarioId, actor);
    return instanceView(this.db, this.runner, instance, actor);
  }

  /** Verifies the instance's history: hash chain (tampered, deleted rows) and replay. */
  @Public()
  @Get('instances/:id/audit')
  async audit(@Param('id', UuidPipe) id: string) {
    return auditView(this.db, this.runner, await this.instance(id));
  }

  @Public()
  @Get('machines')
  machines() {
    return MACHINES.map((id) => {
      const current = this.runner.catalog.current(id);
      return { id, version: current.version, statechart: `/api/workflow/machines/${id}/statechart` };
    });
  }

  /** The statechart generated from the machine definition (JSON or Mermaid), the instance's stage marked. */
  @Public()
  @Get('machines/:machineId/statechart')
  async statechart(@Param('machineId') machineId: string, @Query() query: unknown, @Res({ passthrough: true }) response: Response) {
    if (!(MACHINES as readonly string[]).includes(machineId)) throw new RequestError(HttpStatus.NOT_FOUND, 'NOT_FOUND', `没有此状态机 No machine ${machineId}; known: ${MACHINES.join(', ')}`);
    const q = parseRequest(statechartQuery, query);
    const instance = q.instance ? await this.instance(q.instance) : null;
    if (instance && instance.machineId !== machineId) throw new RequestError(HttpStatus.BAD_REQUEST, 'INSTANCE_MISMATCH', `实例 ${instance.id} 属于 ${instance.machineId} instance runs ${instance.machineId}`);
    const chart = statechartView(this.runner, machineId, instance?.machineVersion ?? q.version ?? null, instance?.stage ?? null, q.format);
    if (typeof chart === 'string') response.type('text/plain; charset=utf-8');
    return chart;
  }

  private async dispatch(instanceId: () => Promise<string>, { event, reason, expectedVersion }: ParsedEvent, actor: Actor) {
    const id = await instanceId();
    const instance = await this.commands.send({ instanceId: id, event, actor, reason, expectedVersion });
    return instanceView(this.db, this.runner, instance, actor);
  }

  private async instance(id: string) {
    const instance = await this.runner.store.find<WorkflowSubject>(this.db, id);
    if (!instance) throw new RequestError(HttpStatus.NOT_FOUND, 'NOT_FOUND', `生命周期实例不存在 No lifecycle instance ${id}`);
    return instance;
  }

  private async bySubject(machineId: string, subjectId: string) {
    const instance = await this.runner.store.findBySubject<WorkflowSubject>(this.db, machineId, subjectId);
    if (!instance) throw new LifecycleError('NOT_FOUND', `没有 ${subjectId} 的生命周期 No ${machineId} instance for ${subjectId}`);
    return instance;
  }
}

interface ParsedEvent {
  event: { type: string } & Record<string, unknown>;
  reason: string | null;
  expectedVersion?: number;
}

/** Validates an event and its payload before anything is looked up or stored. */
function parseEvent(body: unknown): ParsedEvent {
  const { type, reason, expectedVersion, ...payload } = parseRequest(workflowEventBody, body);
  if ((SYSTEM_EVENTS as readonly string[]).includes(type)) {
    throw new RequestError(HttpStatus.FORBIDDEN, 'SYSTEM_EVENT', `事件 ${type} 只能由平台发送 ${type} is sent by the platform itself, not over HTTP`);
  }
  const schema = Object.hasOwn(humanEventSchemas, type) ? humanEventSchemas[type] : undefined;
  if (!schema) throw new RequestError(HttpStatus.BAD_REQUEST, 'UNKNOWN_EVENT', `未知事件 unknown event ${type}; known: ${Object.keys(humanEventSchemas).join(', ')}`);
  // Events whose payload carries a reason (reject, terminate, returnForRevision, …) take the request's reason.
  const carriesReason = schema instanceof z.ZodObject && 'reason' in schema.shape;
  const event = { type, ...parseRequest(schema, carriesReason ? { ...payload, reason } : payload) };
  return { event, reason: reason ?? null, expectedVersion };
}

function decodeCursor(cursor: string): { createdAt: string; id: string } {
  try {
    const [createdAt, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString()) as [string, string];
    if (typeof createdAt === 'string' && !Number.isNaN(Date.parse(createdAt)) && /^[0-9a-f-]{36}$/.test(id)) return { createdAt, id };
  } catch {
    // fall through to the 400 below
  }
  throw new RequestError(HttpStatus.BAD_REQUEST, 'VALIDATION_FAILED', '无效的分页游标 invalid cursor', [{ path: 'after', message: 'invalid cursor' }]);
}
