import { Body, Controller, Get, HttpCode, HttpStatus, Inject, Param, Post, Res } from '@nestjs/common';
import type { Response } from 'express';
import { z } from 'zod';
import { readsByPanel, type Actor } from '@scq/contracts';
import { Access, ApiRoute, ApiTags, CurrentActor, Idempotent, OVERSEERS, parseRequest, RequestError, UuidPipe, ZodBody, ZodQuery } from '@scq/platform-http';
import { LifecycleError, LifecycleRunner, type LifecycleInstance } from '@scq/platform-lifecycle';
import { SERVICE_DATABASE } from '@scq/platform-messaging';
import { encodeTimeIdCursor, pageOf, type Database } from '@scq/platform-persistence';
import { assertReadsInstance, humanEventSchemas, instanceReach, SYSTEM_EVENTS, WorkflowCommands, type WorkflowSubject } from '@scq/workflow-application';
import { canonicalUnitName } from '@scq/taxonomy';
import { APPLICATION_LIFECYCLE, SCENARIO_LIFECYCLE } from '@scq/workflow-domain';
import { conflict, eventsDescription, instanceView as view, invalid, notFound, refused } from './workflow.api-responses';
import { applicationBody, statechartQuery, WORKFLOW_MACHINES, workflowEventBody, workflowInstanceListQuery } from './workflow.http.schemas';
import { WorkflowAuditReportSchema, WorkflowInstancePageSchema, WorkflowMachineListSchema, WorkflowStatechartSchema } from './workflow.http.responses';
import { auditView, instanceView, statechartView } from './workflow.queries';
import { SqlAssessmentPanels } from './sql-assessment-panels';

/**
 * The lifecycle engine over HTTP: instances with their histories, the events a caller may send, audits and
 * statecharts. Every route needs a signed-in caller: histories and audits say who did what.
 */
@ApiTags('workflow')
@Controller('api/workflow')
export class WorkflowHttpController {
  constructor(
    @Inject(SERVICE_DATABASE) private readonly db: Database,
    private readonly runner: LifecycleRunner,
    private readonly commands: WorkflowCommands,
    private readonly panels: SqlAssessmentPanels,
  ) {}

  /** Instances by machine, stage, domain, responsible unit, district, applicant and scenario; keyset pagination on creation. */
  @Get('instances')
  @Access({ ...OVERSEERS, officer: 'own-unit', applicant: 'own', evaluator: 'assigned' })
  @ApiRoute({ summary: '生命周期实例 Instances the caller reads, by machine, stage, domain, unit, district, applicant and scenario', responses: { '200': { description: 'A page of instances with `nextCursor`', schema: WorkflowInstancePageSchema }, '400': invalid } })
  async list(@ZodQuery(workflowInstanceListQuery) q: z.infer<typeof workflowInstanceListQuery>, @CurrentActor() actor: Actor) {
    const after = q.after ? { createdAt: q.after.at, id: q.after.id } : undefined;
    const subject: Record<string, string> = {};
    if (q.domain) subject.domainCode = q.domain;
    if (q.unit) subject.responsibleUnits = canonicalUnitName(q.unit);
    if (q.district) subject.district = q.district;
    if (q.applicant) subject.applicantId = q.applicant;
    if (q.scenario) subject.scenarioId = q.scenario;
    const assessed = readsByPanel(actor) && q.machine === SCENARIO_LIFECYCLE.id ? await this.panels.assessedBy(this.db, actor.id) : [];
    const rows = await this.runner.store.list<WorkflowSubject>(this.db, { machineId: q.machine, stage: q.stage, subject, anyOf: instanceReach(actor, q.machine, assessed), limit: q.limit + 1, after });
    const page = pageOf(rows, q.limit, (last) => encodeTimeIdCursor(last.createdAt, last.id));
    return { ...page, items: page.items.map((instance) => ({ ...instance, allowedEvents: this.runner.allowedEvents(instance, actor) })) };
  }

  @Get('instances/:id')
  @Access({ ...OVERSEERS, officer: 'own-unit', applicant: 'own', evaluator: 'assigned' })
  @ApiRoute({ summary: '实例详情 One lifecycle instance', responses: { '200': view, '400': invalid, ...refused, '404': notFound } })
  async get(@Param('id', UuidPipe) id: string, @CurrentActor() actor: Actor) {
    return instanceView(this.db, this.runner, await this.readable(actor, await this.instance(id)), actor);
  }

  @Get('scenarios/:scenarioId')
  @Access({ ...OVERSEERS, officer: 'own-unit', applicant: 'own', evaluator: 'assigned' })
  @ApiRoute({ summary: '场景生命周期 The lifecycle of a scenario', responses: { '200': view, '400': invalid, ...refused, '404': notFound } })
  async getScenario(@Param('scenarioId', UuidPipe) scenarioId: string, @CurrentActor() actor: Actor) {
    return instanceView(this.db, this.runner, await this.readable(actor, await this.bySubject(SCENARIO_LIFECYCLE.id, scenarioId)), actor);
  }

  @Get('applications/:applicationId')
  @Access({ ...OVERSEERS, officer: 'own-unit', applicant: 'own', evaluator: 'assigned' })
  @ApiRoute({ summary: '申报生命周期 The lifecycle of an application', responses: { '200': view, '400': invalid, ...refused, '404': notFound } })
  async getApplication(@Param('applicationId', UuidPipe) applicationId: string, @CurrentActor() actor: Actor) {
    return instanceView(this.db, this.runner, await this.readable(actor, await this.bySubject(APPLICATION_LIFECYCLE.id, applicationId)), actor);
  }

  @Post('instances/:id/events')
  @Access({ applicant: 'own', officer: 'own-unit', coordinator: 'everything' })
  @HttpCode(HttpStatus.OK)
  @ApiRoute({
    summary: '发送事件 Send an event to an instance',
    description: eventsDescription,
    body: workflowEventBody,
    responses: { '200': view, '400': invalid, ...refused, '404': notFound, '409': conflict },
  })
  send(@Param('id', UuidPipe) id: string, @Body() body: unknown, @CurrentActor() actor: Actor) {
    const event = parseEvent(body);
    return this.dispatch(async () => id, event, actor);
  }

  @Post('scenarios/:scenarioId/events')
  @Access({ applicant: 'own', officer: 'own-unit', coordinator: 'everything' })
  @HttpCode(HttpStatus.OK)
  @ApiRoute({
    summary: '发送事件 Send an event to a scenario’s lifecycle',
    description: eventsDescription,
    body: workflowEventBody,
    responses: { '200': view, '400': invalid, ...refused, '404': notFound, '409': conflict },
  })
  sendToScenario(@Param('scenarioId', UuidPipe) scenarioId: string, @Body() body: unknown, @CurrentActor() actor: Actor) {
    const event = parseEvent(body);
    return this.dispatch(async () => (await this.bySubject(SCENARIO_LIFECYCLE.id, scenarioId)).id, event, actor);
  }

  /** An applicant applies to take an open scenario (申报/揭榜): a new application lifecycle in draft. */
  @Post('applications')
  @Access({ applicant: 'public' })
  @Idempotent()
  @ApiRoute({
    summary: '申报/揭榜 Apply to take an open scenario (a new application in draft)',
    description:
      'One live application per applicant and scenario: `409 DUPLICATE` while an earlier one is not withdrawn or rejected; `409 EVENT_NOT_ACCEPTED` when the scenario is not open. With `consortiumId` the application is made by that consortium (场景创新联合体): the caller must be an applicant of its lead organisation (403 `NOT_LEAD`; 404 `CONSORTIUM_NOT_FOUND`), every member becomes a party (conflicts of interest are checked against each) and the subject shows the consortium with its members. Honours `Idempotency-Key`.',
    responses: { '201': view, '400': invalid, ...refused, '404': notFound, '409': conflict },
  })
  async apply(@ZodBody(applicationBody) { scenarioId, consortiumId }: z.infer<typeof applicationBody>, @CurrentActor() actor: Actor) {
    const instance = await this.commands.openApplication(scenarioId, actor, { consortiumId });
    return instanceView(this.db, this.runner, instance, actor);
  }

  /** Verifies the instance's history: keyed links, anchored heads, authorisation of each recorded event, replay. */
  @Get('instances/:id/audit')
  @Access({ ...OVERSEERS, officer: 'own-unit', applicant: 'own', evaluator: 'assigned' })
  @ApiRoute({ summary: '审计 Verify an instance’s history (keyed links, anchors, authorisation, replay)', responses: { '200': { description: 'The verification report', schema: WorkflowAuditReportSchema }, '400': invalid, ...refused, '404': notFound } })
  async audit(@Param('id', UuidPipe) id: string, @CurrentActor() actor: Actor): Promise<z.output<typeof WorkflowAuditReportSchema>> {
    return auditView(this.db, this.runner, await this.readable(actor, await this.instance(id)));
  }

  @Get('machines')
  @Access.everyRole('everything')
  @ApiRoute({ summary: '状态机 The lifecycle machines and their current versions', responses: { '200': { description: 'Machines with links to their statecharts', schema: WorkflowMachineListSchema } } })
  machines(): z.output<typeof WorkflowMachineListSchema> {
    return WORKFLOW_MACHINES.map((id) => {
      const current = this.runner.catalog.current(id);
      return { id, version: current.version, statechart: `/api/workflow/machines/${id}/statechart` };
    });
  }

  /** The statechart generated from the machine definition (JSON or Mermaid), the instance's stage marked. */
  @Get('machines/:machineId/statechart')
  @Access.everyRole('everything')
  @ApiRoute({
    summary: '状态图 A machine’s statechart (JSON or Mermaid), an instance’s stage marked',
    responses: { '200': { description: 'The statechart: JSON, or `text/plain` Mermaid `stateDiagram-v2` source with `format=mermaid`', schema: WorkflowStatechartSchema, alternativeContentTypes: ['text/plain'] }, '400': invalid, ...refused, '404': notFound },
  })
  async statechart(@Param('machineId') machineId: string, @ZodQuery(statechartQuery) q: z.infer<typeof statechartQuery>, @Res({ passthrough: true }) response: Response, @CurrentActor() actor: Actor): Promise<z.output<typeof WorkflowStatechartSchema> | string> {
    if (!(WORKFLOW_MACHINES as readonly string[]).includes(machineId)) throw new RequestError(HttpStatus.NOT_FOUND, 'NOT_FOUND', `没有此状态机 No machine ${machineId}; known: ${WORKFLOW_MACHINES.join(', ')}`);
    const instance = q.instance ? await this.readable(actor, await this.instance(q.instance)) : null;
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

  /** The instance if the caller reads it (an evaluator's read of a scenario looks up the panels about it); 403 otherwise. */
  private async readable(actor: Actor, instance: LifecycleInstance<WorkflowSubject>) {
    const panel = readsByPanel(actor) && instance.subject.kind === 'scenario' ? await this.panels.panelOf(this.db, instance.subjectId) : [];
    return assertReadsInstance(actor, instance, panel);
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
  if (Object.hasOwn(SYSTEM_EVENTS, type)) {
    throw new RequestError(HttpStatus.FORBIDDEN, 'SYSTEM_EVENT', `事件 ${type} 只能由平台发送 ${type} is sent by the platform itself, not over HTTP: ${SYSTEM_EVENTS[type]}`);
  }
  const schema = Object.hasOwn(humanEventSchemas, type) ? humanEventSchemas[type] : undefined;
  if (!schema) throw new RequestError(HttpStatus.BAD_REQUEST, 'UNKNOWN_EVENT', `未知事件 unknown event ${type}; known: ${Object.keys(humanEventSchemas).join(', ')}`);
  // Events whose payload carries a reason (reject, terminate, returnForRevision, …) take the request's reason.
  const carriesReason = schema instanceof z.ZodObject && 'reason' in schema.shape;
  const event = { type, ...parseRequest(schema, carriesReason ? { ...payload, reason } : payload) };
  return { event, reason: reason ?? null, expectedVersion };
}
