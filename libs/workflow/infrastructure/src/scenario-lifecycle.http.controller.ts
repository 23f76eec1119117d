import { Body, Controller, Get, Headers, HttpStatus, Inject, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { z } from 'zod';
import { parseRequest, RequestError } from '@scq/platform-observability';
import { SERVICE_DATABASE, ServiceMessaging } from '@scq/platform-messaging';
import type { Database } from '@scq/platform-persistence';
import {
  ConcurrentTransitionError,
  EventNotAcceptedError,
  LIFECYCLE_INSTANCE_REPOSITORY,
  LifecycleNotFoundError,
  SendLifecycleEventHandler,
  type LifecycleInstanceRepository,
} from '@scq/workflow-application';
import { acceptedEvents, SCENARIO_LIFECYCLE } from '@scq/workflow-domain';

const sendEventBody = z.object({
  type: z.enum(['startCultivation', 'withdraw']),
  reason: z.string().max(2000).optional(),
  expectedVersion: z.number().int().positive().optional(),
});

@Controller('api/workflow/scenarios')
export class ScenarioLifecycleHttpController {
  constructor(
    @Inject(SERVICE_DATABASE) private readonly db: Database,
    @Inject(LIFECYCLE_INSTANCE_REPOSITORY) private readonly instances: LifecycleInstanceRepository,
    private readonly sendEvent: SendLifecycleEventHandler,
    private readonly messaging: ServiceMessaging,
  ) {}

  @Get(':scenarioId')
  async get(@Param('scenarioId', new ParseUUIDPipe()) scenarioId: string) {
    const instance = await this.instances.findByScenario(this.db, scenarioId);
    if (!instance) throw new RequestError(HttpStatus.NOT_FOUND, 'NOT_FOUND', new LifecycleNotFoundError(scenarioId).message);
    return { ...instance, acceptedEvents: acceptedEvents(SCENARIO_LIFECYCLE.machine, instance.snapshot), history: await this.instances.history(this.db, instance.id) };
  }

  @Post(':scenarioId/events')
  async send(@Param('scenarioId', new ParseUUIDPipe()) scenarioId: string, @Body() body: unknown, @Headers('x-user-id') actor?: string) {
    const input = parseRequest(sendEventBody, body);
    try {
      const instance = await this.sendEvent.execute({ scenarioId, event: { type: input.type }, actor: actor ?? null, reason: input.reason ?? null, expectedVersion: input.expectedVersion });
      this.messaging.relay.nudge();
      return instance;
    } catch (error) {
      if (error instanceof LifecycleNotFoundError) throw new RequestError(HttpStatus.NOT_FOUND, 'NOT_FOUND', error.message);
      if (error instanceof EventNotAcceptedError) throw new RequestError(HttpStatus.CONFLICT, 'EVENT_NOT_ACCEPTED', error.message);
      if (error instanceof ConcurrentTransitionError) throw new RequestError(HttpStatus.CONFLICT, 'CONCURRENT_TRANSITION', error.message);
      throw error;
    }
  }
}
